import type { SimulatedMessage } from '@sms/simulator';
import { subscriberNumber } from './campaign-recipients';

/** Recipients the provider's record holds more than once: each is a message someone paid for twice. */
export function countLedgerDuplicates(messages: readonly SimulatedMessage[]): number {
  const seen = new Map<string, number>();
  for (const message of messages) {
    const number = subscriberNumber(message.recipient);
    seen.set(number, (seen.get(number) ?? 0) + 1);
  }
  let duplicates = 0;
  for (const count of seen.values()) if (count > 1) duplicates += 1;
  return duplicates;
}
