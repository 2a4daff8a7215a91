import { normalizePhoneNumber } from '@sms/core';
import type { SmsAfzarSentMessage } from '../native/messages-api-types';

function sameNumber(echoed: string | undefined, wire: string): boolean {
  if (echoed === undefined) return false;
  if (echoed === wire) return true;
  try {
    return (
      normalizePhoneNumber(echoed, { defaultCountry: 'IR' }) === normalizePhoneNumber(wire, { defaultCountry: 'IR' })
    );
  } catch {
    return false;
  }
}

/**
 * Pairs each recipient of a bulk request with its entry of the answer. The answer lists messages in request
 * order; when its length or echoed numbers say otherwise, entries are matched by recipient number instead,
 * and a recipient without an entry gets `undefined`.
 */
export function matchBulkAnswer(
  wireRecipients: readonly string[],
  answers: readonly SmsAfzarSentMessage[],
): (SmsAfzarSentMessage | undefined)[] {
  const inOrder =
    answers.length === wireRecipients.length &&
    answers.every(
      (answer, index) =>
        answer.recipientNumber === undefined || sameNumber(answer.recipientNumber, wireRecipients[index]!),
    );
  if (inOrder) return [...answers];
  const used = new Set<number>();
  return wireRecipients.map((recipient) => {
    const index = answers.findIndex(
      (answer, position) => !used.has(position) && sameNumber(answer.recipientNumber, recipient),
    );
    if (index < 0) return undefined;
    used.add(index);
    return answers[index];
  });
}
