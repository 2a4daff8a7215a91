import { SmsError } from '../errors/sms-error';
import type { SmsMessage, TemplateMessage } from '../model/sms-message';
import type { SmsProvider } from '../provider/sms-provider';
import { renderTemplateText } from './render-template-text';
import type { TemplateBinding, TemplateDefinition } from './sms-client-types';

/** How a template message is sent by one provider: natively, as plain text, or not at all. */
export type BoundTemplate = { kind: 'native'; message: TemplateMessage } | { kind: 'text'; message: SmsMessage };

function namedParams(message: TemplateMessage): Readonly<Record<string, string>> {
  if (Array.isArray(message.params)) {
    throw new SmsError(
      `Template "${message.template}" is in the client's registry, so pass its params by name ({ code: '1234' }), not as a list.`,
      {
        code: 'INVALID_INPUT',
      },
    );
  }
  return message.params as Readonly<Record<string, string>>;
}

function mapParams(
  binding: TemplateBinding,
  params: Readonly<Record<string, string>>,
  template: string,
): TemplateMessage['params'] {
  const need = (name: string): string => {
    // Own members only: `{toString}` is not a parameter anyone passed.
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) {
      throw new SmsError(
        `Template "${template}" needs the parameter "${name}" but it was not given. Nothing was sent.`,
        { code: 'TEMPLATE' },
      );
    }
    return value;
  };
  if (binding.params === undefined) return params;
  if (Array.isArray(binding.params)) return (binding.params as readonly string[]).map(need);
  const renamed: Record<string, string> = {};
  for (const [ours, theirs] of Object.entries(binding.params as Readonly<Record<string, string>>))
    renamed[theirs] = need(ours);
  return renamed;
}

/**
 * Resolves a registry template for one provider: its native binding when it has one and can send
 * templates, else the `text` fallback, else `undefined` (the provider cannot send it).
 */
export function bindTemplate(
  message: TemplateMessage,
  definition: TemplateDefinition,
  provider: SmsProvider,
): BoundTemplate | undefined {
  const params = namedParams(message);
  const binding = definition[provider.id];
  const { template: _name, params: _params, voice, providerOptions, ...common } = message;
  if (typeof binding === 'object' && provider.sendTemplate !== undefined && provider.capabilities.templates) {
    const id = binding.template ?? binding.templateId;
    if (id === undefined) {
      throw new SmsError(
        `The "${message.template}" template binding for ${provider.id} has neither \`template\` nor \`templateId\`.`,
        {
          code: 'TEMPLATE',
          provider: provider.id,
        },
      );
    }
    const native: TemplateMessage = { ...common, template: id, params: mapParams(binding, params, message.template) };
    if (voice !== undefined) native.voice = voice;
    if (providerOptions !== undefined) native.providerOptions = providerOptions;
    return { kind: 'native', message: native };
  }
  if (definition.text !== undefined && !voice) {
    const text: SmsMessage = { ...common, text: renderTemplateText(definition.text, params, message.template) };
    if (providerOptions !== undefined) text.providerOptions = providerOptions;
    return { kind: 'text', message: text };
  }
  return undefined;
}
