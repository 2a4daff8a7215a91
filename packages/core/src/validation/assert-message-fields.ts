import { describeValue } from './describe-value';
import { invalidInput, isObject } from './invalid-input';
import { forProvider } from './recipient-list-of';
import { timeOfDate } from './time-of-date';

const theMessage = (): string => 'The message';

/**
 * Checks what every kind of message shares, before any request: that it is an object, and the types of its
 * optional `from`, `sendAt`, `reference` and `providerOptions`. `INVALID_INPUT` names the field. Their values
 * (a sender line the account owns, a send time in the future) are for the provider to judge.
 */
export function assertMessageFields(
  message: unknown,
  provider: string | undefined,
  what: () => string = theMessage,
): asserts message is Record<string, unknown> {
  // The label is only built for an error: a batch of 100,000 messages is checked without making a string each.
  if (!isObject(message))
    throw invalidInput(
      `${what()}${forProvider(provider)} must be an object such as { to, text }, not ${describeValue(message)}.`,
      provider,
    );
  const { from, sendAt, reference, providerOptions } = message;
  if (from !== undefined && typeof from !== 'string')
    throw invalidInput(
      `${what()}: \`from\`${forProvider(provider)} must be a string (a sender line or name), not ${describeValue(from)}.`,
      provider,
    );
  if (sendAt !== undefined && Number.isNaN(timeOfDate(sendAt)))
    throw invalidInput(
      `${what()}: \`sendAt\`${forProvider(provider)} must be a valid Date, not ${describeValue(sendAt)}.`,
      provider,
    );
  if (reference !== undefined && typeof reference !== 'string')
    throw invalidInput(
      `${what()}: \`reference\`${forProvider(provider)} must be a string, not ${describeValue(reference)}.`,
      provider,
    );
  if (providerOptions !== undefined) {
    if (!isObject(providerOptions))
      throw invalidInput(
        `${what()}: \`providerOptions\`${forProvider(provider)} must be an object keyed by provider id, not ${describeValue(providerOptions)}.`,
        provider,
      );
    for (const [id, options] of Object.entries(providerOptions)) {
      if (options !== undefined && !isObject(options))
        throw invalidInput(
          `${what()}: \`providerOptions.${id}\` must be an object of options, not ${describeValue(options)}.`,
          provider,
        );
    }
  }
}
