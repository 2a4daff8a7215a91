import { SmsError } from '../../errors/sms-error';
import { positiveWholeNumber } from './positive-whole-number';
import type { SendRequestRuleOptions, SendRequestRules } from './send-request-rules';

const DEFAULT_MAX_RECIPIENTS = 100;

/**
 * The rules of a send endpoint from its options, checked at startup so that a misconfiguration fails at boot
 * rather than on the first request. `owner` names the endpoint in the errors (`sendSmsHandler`).
 */
export function resolveSendRequestRules(
  options: SendRequestRuleOptions = {},
  owner = 'resolveSendRequestRules',
): SendRequestRules {
  const rules: SendRequestRules = {
    maxRecipients: positiveWholeNumber(options.maxRecipients, 'maxRecipients', DEFAULT_MAX_RECIPIENTS, owner),
    allowProvider: options.allowProvider ?? true,
    allowText: options.allowText ?? true,
    allowTemplates: options.allowTemplates ?? true,
    defaultCountry: options.defaultCountry,
  };
  if (!rules.allowText && !rules.allowTemplates) {
    throw new SmsError(
      `${owner}: \`allowText\` and \`allowTemplates\` are both false, so nothing could ever be sent.`,
      { code: 'INVALID_INPUT' },
    );
  }
  if (options.defaultCountry !== undefined && !/^[A-Z]{2}$/.test(String(options.defaultCountry))) {
    throw new SmsError(
      `${owner}: \`defaultCountry\` must be an ISO 3166 country code such as 'IR' or 'FR', got ${JSON.stringify(options.defaultCountry)}.`,
      {
        code: 'INVALID_INPUT',
      },
    );
  }
  return rules;
}
