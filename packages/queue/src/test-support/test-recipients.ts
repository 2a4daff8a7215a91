/** `count` distinct Iranian mobile numbers in national form (`09121000000`, `09121000001`…), from `first`. */
export function testRecipients(count: number, first = 0): string[] {
  return Array.from({ length: count }, (_, index) => `0912${String(1_000_000 + first + index)}`);
}

/** A number reduced to its last ten digits: `09121000000`, `+989121000000` and `989121000000` are one recipient. */
export function recipientKey(number: string): string {
  return number.replace(/\D/g, '').slice(-10);
}
