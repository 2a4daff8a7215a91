/** What the campaign sends a worker process over IPC when it starts it (never on its command line). */
export interface CampaignWorkerSettings {
  redisUrl: string;
  queueName: string;
  ghasedak: { baseUrl: string; apiKey: string; lineNumber: string };
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** How long after a killed worker's request went out its chunk is looked up at the simulator. */
  reconcileAfterMs: number;
}

/** Messages between the campaign and a worker process. */
export type CampaignWorkerMessage =
  { type: 'start'; settings: CampaignWorkerSettings } | { type: 'ready' } | { type: 'stop' };
