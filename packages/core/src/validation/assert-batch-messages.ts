import type { BatchMessage } from '../model/sms-message';
import { assertMessageFields } from './assert-message-fields';
import { assertText } from './assert-text';
import { describeValue } from './describe-value';
import { invalidInput } from './invalid-input';
import { forProvider } from './recipient-list-of';

/**
 * Refuses, with `INVALID_INPUT` and before any request, a `sendBatch` list of the wrong shape: not a
 * non-empty list, or a message that is not an object with one recipient as a string in `to` and a text.
 */
export function assertBatchMessages(messages: unknown, provider?: string): asserts messages is readonly BatchMessage[] {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw invalidInput(
      `sendBatch${forProvider(provider)} needs a non-empty list of { to, text } messages, not ${describeValue(messages)}.`,
      provider,
    );
  }
  let index = 0;
  const what = (): string => `Batch message ${index + 1} of ${messages.length}`;
  for (; index < messages.length; index += 1) {
    const message: unknown = messages[index];
    assertMessageFields(message, provider, what);
    if (typeof message.to !== 'string')
      throw invalidInput(
        `${what()}${forProvider(provider)} must have one recipient as a string in \`to\`, not ${describeValue(message.to)}.`,
        provider,
      );
    assertText(message.text, provider);
  }
}
