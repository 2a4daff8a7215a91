import { SmsError } from '@sms/core';
import type { MemoryCall, MemoryMessage, MemoryProvider } from '@sms/core/memory';

/** A message a memory provider recorded, with the id of that provider. */
export interface RecordedMessage extends MemoryMessage {
  provider: string;
}

/** A call a memory provider received, with the id of that provider. */
export interface RecordedCall extends MemoryCall {
  provider: string;
}

/**
 * What `SmsTestingModule` recorded instead of sending. Inject it as `SmsRecorder` (or with
 * `@InjectSmsRecorder(name)` for a named testing client) and assert on `messages`.
 */
export class SmsRecorder {
  constructor(
    /** The memory providers behind the client, in configured order. */
    readonly providers: readonly MemoryProvider[],
  ) {}

  /**
   * Every message sent, with its provider id: grouped by provider in configured order, each provider's
   * messages in the order they were sent.
   */
  get messages(): readonly RecordedMessage[] {
    return this.providers.flatMap((provider) =>
      provider.messages.map((message) => ({ ...message, provider: provider.id })),
    );
  }

  /** Every call the providers received (sends, balance, status…), including those that failed. */
  get calls(): readonly RecordedCall[] {
    return this.providers.flatMap((provider) => provider.calls.map((call) => ({ ...call, provider: provider.id })));
  }

  get lastMessage(): RecordedMessage | undefined {
    return this.messages.at(-1);
  }

  /** Whether the client was closed (the application shut down). */
  get closed(): boolean {
    return this.providers.every((provider) => provider.closed);
  }

  /** A memory provider by id (the first one when `id` is left out), to make it fail or change a status. */
  provider(id?: string): MemoryProvider {
    const provider = id === undefined ? this.providers[0] : this.providers.find((candidate) => candidate.id === id);
    if (provider === undefined) {
      const known = this.providers.map((candidate) => candidate.id).join(', ');
      throw new SmsError(`No memory provider "${id}" in this testing module; it has ${known}.`, {
        code: 'INVALID_INPUT',
      });
    }
    return provider;
  }

  /** Forgets every recorded message and call, e.g. in `afterEach`. */
  reset(): void {
    for (const provider of this.providers) provider.reset();
  }
}
