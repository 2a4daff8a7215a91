import { randomUUID } from 'node:crypto';
import type { ClockController } from '../clock/create-clock';
import type { ProviderName } from '../provider-name';
import type { SimulatedInboundMessage } from '../simulated-inbound-message';
import type { ChangeCounter } from './change-counter';
import { createIdSequence } from './id-sequence';

export interface InboundStore {
  add(input: {
    provider: ProviderName;
    from: string;
    to: string;
    text: string;
    inReplyTo?: string;
  }): SimulatedInboundMessage;
  all(provider?: ProviderName): SimulatedInboundMessage[];
  /** Position among every record and inbound message (see StoredMessage.ordinal). */
  ordinal(message: SimulatedInboundMessage): number;
  reset(): void;
}

export function createInboundStore(controller: ClockController, changes: ChangeCounter): InboundStore {
  let messages: SimulatedInboundMessage[] = [];
  const ordinals = new WeakMap<SimulatedInboundMessage, number>();
  // Numeric like the Ghasedak receive example (`messageid: 1020`); SMSAfzar ids are GUIDs.
  const numericIds = createIdSequence(1020);
  return {
    add(input) {
      const message: SimulatedInboundMessage = {
        provider: input.provider,
        id: input.provider === 'smsafzar' ? randomUUID() : String(numericIds.next()),
        from: input.from,
        to: input.to,
        text: input.text,
        receivedAt: new Date(controller.nowMs()).toISOString(),
        ...(input.inReplyTo !== undefined ? { inReplyTo: input.inReplyTo } : {}),
        read: false,
      };
      messages.push(message);
      changes.bump();
      ordinals.set(message, changes.value);
      return message;
    },
    all: (provider) => (provider ? messages.filter((message) => message.provider === provider) : [...messages]),
    ordinal: (message) => ordinals.get(message) ?? 0,
    reset() {
      messages = [];
      changes.bump();
    },
  };
}
