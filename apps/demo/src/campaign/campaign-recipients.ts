/**
 * `count` distinct Iranian mobile numbers, made one at a time as a database cursor would hand them over:
 * +989120000000, +989120000001, … (never all held as a list).
 */
export async function* campaignRecipients(count: number): AsyncGenerator<string> {
  for (let index = 0; index < count; index += 1) yield `+98912${String(index).padStart(7, '0')}`;
}

/** The subscriber part of a number, however it is written (`+98912…`, `0912…`): what two records share. */
export function subscriberNumber(recipient: string): string {
  return recipient.replace(/\D/g, '').slice(-10);
}
