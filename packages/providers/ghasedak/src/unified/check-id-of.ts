/**
 * Ghasedak's `checkid` names one SMS: the seed calls it "a unique number chosen by the user for each message".
 * A send's `reference` is therefore given to its messages as: the reference itself when the send has one
 * recipient (what it always was), and the reference, a dash and the recipient's 1-based position in the send
 * when it has several (`order-7-1`, `order-7-2`, …), never the same checkid twice.
 */
export function checkIdOf(reference: string, recipientCount: number, position: number): string {
  return recipientCount === 1 ? reference : `${reference}-${position + 1}`;
}
