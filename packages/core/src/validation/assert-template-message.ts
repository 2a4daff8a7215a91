import type { TemplateMessage } from '../model/sms-message';
import { assertMessageFields } from './assert-message-fields';
import { assertRecipientField } from './assert-sms-message';
import { describeValue } from './describe-value';
import { invalidInput, isObject } from './invalid-input';
import { forProvider } from './recipient-list-of';

const theTemplateMessage = (): string => 'The template message';

/**
 * Refuses, with `INVALID_INPUT` and before any request, a template message of the wrong shape: not an object,
 * a bad `to`, a `template` that is not a non-empty string, `params` that are neither a list of strings nor
 * an object of strings, a `voice` that is not a boolean, optional fields of the wrong type.
 */
export function assertTemplateMessage(message: unknown, provider?: string): asserts message is TemplateMessage {
  assertMessageFields(message, provider, theTemplateMessage);
  assertRecipientField(message.to, provider, theTemplateMessage);
  const { template, params, voice } = message;
  if (typeof template !== 'string' || template.trim() === '') {
    throw invalidInput(
      `\`template\`${forProvider(provider)} must be the template's name or id as a non-empty string, not ${describeValue(template)}.`,
      provider,
    );
  }
  const values = Array.isArray(params) ? params : isObject(params) ? Object.values(params) : undefined;
  if (values === undefined) {
    throw invalidInput(
      `\`params\` of template "${template}"${forProvider(provider)} must be an object of strings ({ code: '1234' }) or a list of strings, not ${describeValue(params)}.`,
      provider,
    );
  }
  // findIndex, unlike find, also stops at the holes of a sparse list.
  const wrong = values.findIndex((value) => typeof value !== 'string');
  if (wrong !== -1) {
    throw invalidInput(
      `Every parameter of template ${describeValue(template)}${forProvider(provider)} must be a string; got ${describeValue(values[wrong])}.`,
      provider,
    );
  }
  if (voice !== undefined && typeof voice !== 'boolean')
    throw invalidInput(
      `\`voice\`${forProvider(provider)} must be true or false, not ${describeValue(voice)}.`,
      provider,
    );
}
