import { SmsError } from '../errors/sms-error';
import { assertCountryCode } from '../phone/assert-country-code';
import type { SmsProvider } from '../provider/sms-provider';
import { describeValue } from '../validation/describe-value';
import { isObject } from '../validation/invalid-input';
import { FAILOVER_POLICIES } from './assert-send-options';
import type { SmsClientOptions } from './sms-client-types';

const OPTIONAL_METHODS = [
  'sendBatch',
  'sendTemplate',
  'cancel',
  'getStatus',
  'getBalance',
  'listInbound',
  'parseWebhook',
] as const;
const HOOKS = ['beforeSend', 'onSent', 'onError', 'aroundAttempt'] as const;

function invalid(problem: string): SmsError {
  return new SmsError(`createSmsClient: ${problem}.`, { code: 'INVALID_INPUT' });
}

function assertProvider(value: unknown, position: string): asserts value is SmsProvider {
  if (!isObject(value))
    throw invalid(
      `${position} is ${describeValue(value)}, not a provider (such as createGhasedak() or createMemoryProvider())`,
    );
  if (typeof value.id !== 'string' || value.id === '') throw invalid(`${position} has no \`id\` string`);
  if (!isObject(value.capabilities) || typeof value.send !== 'function' || typeof value.close !== 'function') {
    throw invalid(
      `${position} (${describeValue(value.id)}) lacks \`capabilities\`, \`send\` or \`close\`: it is not a provider`,
    );
  }
  for (const method of OPTIONAL_METHODS) {
    if (value[method] !== undefined && typeof value[method] !== 'function')
      throw invalid(`${position} (${describeValue(value.id)}) has \`${method}\` that is not a function`);
  }
}

function assertTemplates(templates: unknown): void {
  if (!isObject(templates))
    throw invalid(`\`templates\` must be an object of template definitions, not ${describeValue(templates)}`);
  for (const [name, definition] of Object.entries(templates)) {
    if (!isObject(definition))
      throw invalid(
        `template ${describeValue(name)} must be an object such as { text: 'Code {code}', ghasedak: { template: 'otp' } }, not ${describeValue(definition)}`,
      );
    for (const [key, binding] of Object.entries(definition)) {
      if (binding === undefined) continue;
      if (key === 'text') {
        if (typeof binding !== 'string')
          throw invalid(
            `template ${describeValue(name)} has \`text\` set to ${describeValue(binding)}; it must be a string with {name} placeholders`,
          );
        continue;
      }
      const params: unknown = isObject(binding) ? binding.params : undefined;
      const paramsOk =
        params === undefined ||
        (Array.isArray(params) && params.every((param) => typeof param === 'string')) ||
        (isObject(params) && Object.values(params).every((param) => typeof param === 'string'));
      if (
        !isObject(binding) ||
        (binding.template !== undefined && typeof binding.template !== 'string') ||
        (binding.templateId !== undefined && typeof binding.templateId !== 'string') ||
        !paramsOk
      ) {
        throw invalid(
          `template ${describeValue(name)} has a binding for ${describeValue(key)} that is not { template?: string, templateId?: string, params?: string[] | { [ours]: theirs } }`,
        );
      }
    }
  }
}

/**
 * Refuses client options of the wrong type when the client is created, with `INVALID_INPUT`, rather than on
 * the first send: no provider, something that is not a provider, an unknown strategy or failover policy, hooks
 * that are not functions, a template registry of the wrong shape, a `defaultCountry` that is no country.
 */
export function assertClientOptions(options: unknown): asserts options is SmsClientOptions {
  if (!isObject(options))
    throw invalid(`options must be an object such as { providers: [createGhasedak()] }, not ${describeValue(options)}`);
  const { providers, strategy, failover, templates, hooks, defaultCountry } = options;
  if (Array.isArray(providers)) {
    if (providers.length === 0) throw invalid('`providers` is empty; pass at least one provider');
    // A loop rather than forEach, which skips the holes of a sparse list.
    for (let index = 0; index < providers.length; index += 1) assertProvider(providers[index], `providers[${index}]`);
  } else assertProvider(providers, '`providers`');
  if (
    strategy !== undefined &&
    strategy !== 'failover' &&
    strategy !== 'round-robin' &&
    typeof strategy !== 'function'
  ) {
    throw invalid(`unknown strategy ${describeValue(strategy)}: use 'failover', 'round-robin' or a function`);
  }
  if (failover !== undefined && !FAILOVER_POLICIES.includes(failover))
    throw invalid(`unknown failover policy ${describeValue(failover)}: use 'not-sent', 'always' or 'never'`);
  if (templates !== undefined) assertTemplates(templates);
  if (hooks !== undefined) {
    if (!isObject(hooks))
      throw invalid(`\`hooks\` must be an object such as { onSent() {} }, not ${describeValue(hooks)}`);
    for (const hook of HOOKS) {
      if (hooks[hook] !== undefined && typeof hooks[hook] !== 'function')
        throw invalid(`hook \`${hook}\` must be a function, not ${describeValue(hooks[hook])}`);
    }
  }
  if (defaultCountry !== undefined) assertCountryCode(defaultCountry, 'createSmsClient');
}
