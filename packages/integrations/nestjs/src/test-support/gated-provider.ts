import type { SmsProvider } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/memory';

export interface GatedProvider {
  provider: SmsProvider;
  memory: MemoryProvider;
  /** Resolves when a send has reached the provider (the request is "out"). */
  entered: Promise<void>;
  /** Lets the send in flight finish. */
  open(): void;
  /** What happened, in order: `answered` when a send returned, `closed` when the client closed the provider. */
  events: string[];
}

/** A memory provider whose sends wait at a gate the test opens: a request that is out and not answered yet. */
export function createGatedProvider(): GatedProvider {
  const memory = createMemoryProvider();
  const events: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let entered!: () => void;
  const enteredPromise = new Promise<void>((resolve) => (entered = resolve));
  const provider: SmsProvider = {
    id: memory.id,
    capabilities: memory.capabilities,
    async send(message, options) {
      entered();
      await gate;
      const result = await memory.send(message, options);
      events.push('answered');
      return result;
    },
    async close() {
      events.push('closed');
      await memory.close();
    },
  };
  return { provider, memory, entered: enteredPromise, open, events };
}
