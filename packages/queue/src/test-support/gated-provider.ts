import type { SmsProvider } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/memory';
import { deferred, type Deferred } from './deferred';

export interface GatedProvider {
  provider: SmsProvider;
  memory: MemoryProvider;
  /** Resolves when a send has reached the provider (the request is "out"). */
  entered: Promise<void>;
  /** Lets the send in flight finish. */
  gate: Deferred<void>;
}

/** A memory provider whose sends wait at a gate the test opens: a request that is out and not answered yet. */
export function createGatedProvider(): GatedProvider {
  const memory = createMemoryProvider();
  const gate = deferred();
  const entered = deferred();
  const provider: SmsProvider = {
    id: memory.id,
    capabilities: memory.capabilities,
    async send(message, options) {
      entered.resolve();
      await gate.promise;
      return memory.send(message, options);
    },
    close: () => memory.close(),
  };
  return { provider, memory, entered: entered.promise, gate };
}
