/**
 * `count` distinct Iranian mobile numbers in international form (`+989121000000`, `+989121000001`…), from
 * `first`. International, as a campaign's list usually is: reconciliation asks about such numbers 100 at a time,
 * while numbers it cannot normalise are asked about one by one.
 */
export function testRecipients(count: number, first = 0): string[] {
  return Array.from({ length: count }, (_, index) => `+98912${String(1_000_000 + first + index)}`);
}

/** A number reduced to its last ten digits: `09121000000`, `+989121000000` and `989121000000` are one recipient. */
export function recipientKey(number: string): string {
  return number.replace(/\D/g, '').slice(-10);
}
