/** What an enqueuer process of a multi-process test is given, as JSON in `SMS_TEST_ENQUEUER`. */
export interface EnqueuerProcessConfig {
  redisUrl: string;
  queueName: string;
  /** It enqueues the keys `idempotency:0` … `idempotency:<count - 1>`, each a message to its own recipient. */
  count: number;
  /** Enqueue from the last key to the first: two processes going opposite ways meet on every key in between. */
  reverse: boolean;
}

export interface EnqueuedKey {
  key: string;
  jobId: string;
  created: boolean;
}

/** One line an enqueuer process writes on stdout, as JSON. */
export type EnqueuerProcessEvent = { event: 'ready' } | { event: 'enqueued'; keys: EnqueuedKey[] };

export const ENQUEUER_PROCESS_CONFIG_VARIABLE = 'SMS_TEST_ENQUEUER';

/** The message of the `index`-th key, the same in every process (else the queue refuses the second as another message). */
export function idempotencyTestMessage(index: number, recipient: string): { key: string; to: string; text: string } {
  return { key: `idempotency:${index}`, to: recipient, text: `Idempotency test message ${index}` };
}
