import { createHash, createHmac } from 'node:crypto';

/** How a span names the recipients: not at all (default), by a hash, or masked. */
export type RecipientRecording = 'none' | 'hashed' | 'masked';

const KEPT_AT_START = 4;
const KEPT_AT_END = 2;

/**
 * A recipient as a span may show it. `masked` keeps the `+`, the first three digits and the last two
 * (`+989*******67`): enough to tell countries and operators apart, not to call anyone. `hashed` is a SHA-256 in
 * hex, keyed when `hashKey` is given; without a key a hash of a phone number can be reversed by trying every
 * number, so pass one.
 */
export function redactRecipient(
  recipient: string,
  recording: Exclude<RecipientRecording, 'none'>,
  hashKey: string | undefined,
): string {
  if (recording === 'hashed') {
    const hash = hashKey === undefined ? createHash('sha256') : createHmac('sha256', hashKey);
    return hash.update(recipient).digest('hex');
  }
  if (recipient.length <= KEPT_AT_START + KEPT_AT_END) return '*'.repeat(recipient.length);
  return (
    recipient.slice(0, KEPT_AT_START) +
    '*'.repeat(recipient.length - KEPT_AT_START - KEPT_AT_END) +
    recipient.slice(-KEPT_AT_END)
  );
}
