/**
 * What a worker process of a multi-process test is given, as JSON in the `SMS_TEST_WORKER` environment
 * variable. The Ghasedak API key comes as `GHASEDAK_API_KEY`, as in production, never on the command line.
 */
export interface WorkerProcessConfig {
  redisUrl: string;
  queueName: string;
  /** The simulator's Ghasedak base URL. */
  ghasedakBaseUrl: string;
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** The worker's `reconcileAfterMs`: how long an interrupted job waits before it is looked up at the simulator. */
  reconcileAfterMs: number;
}

/** One line a worker process writes on stdout, as JSON. */
export type WorkerProcessEvent =
  | { event: 'ready' }
  /** The client is about to call the provider for the job whose first recipient is `first`. */
  | { event: 'request'; first: string }
  /** The provider's call for that job has ended, with an answer or an error. */
  | { event: 'answer'; first: string; sent: boolean }
  | { event: 'closed' };

export const WORKER_PROCESS_CONFIG_VARIABLE = 'SMS_TEST_WORKER';
