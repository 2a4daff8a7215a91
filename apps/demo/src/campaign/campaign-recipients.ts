/** `count` distinct Iranian mobile numbers, made one at a time: +989120000000, +989120000001, … */
export function* campaignRecipients(count: number): Generator<string> {
  for (let index = 0; index < count; index += 1) yield `+98912${String(index).padStart(7, '0')}`;
}

/** The subscriber part of a number, however it is written (`+98912…`, `0912…`): what two records share. */
export function subscriberNumber(recipient: string): string {
  return recipient.replace(/\D/g, '').slice(-10);
}
