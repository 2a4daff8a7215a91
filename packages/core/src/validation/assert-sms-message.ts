import type { SmsMessage } from '../model/sms-message';
import { assertMessageFields } from './assert-message-fields';
import { assertText } from './assert-text';
import { describeValue } from './describe-value';
import { invalidInput } from './invalid-input';
import { forProvider } from './recipient-list-of';

/** `to` is one number or a list of them; each number is checked by `prepareRecipients` or `checkRecipients`. */
export function assertRecipientField(
  to: unknown,
  provider: string | undefined,
  what: () => string = () => 'The message',
): void {
  if (typeof to === 'string' || Array.isArray(to)) return;
  throw invalidInput(
    `${what()}${forProvider(provider)} ${to === undefined ? 'has no `to`' : `has \`to\` set to ${describeValue(to)}`}: pass a phone number (a string) or a non-empty list of them.`,
    provider,
  );
}

/**
 * Refuses, with `INVALID_INPUT` and before any request, a `send` message of the wrong shape: not an object, a
 * `to` that is neither a string nor a list, a missing or blank `text`, optional fields of the wrong type.
 * What providers and the client call first; the numbers themselves are checked by `prepareRecipients`.
 */
export function assertSmsMessage(message: unknown, provider?: string): asserts message is SmsMessage {
  assertMessageFields(message, provider);
  assertRecipientField(message.to, provider);
  assertText(message.text, provider);
}
