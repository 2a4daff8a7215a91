import { createSmsClient } from '@sms/core';
import { createGhasedak } from '@sms/ghasedak';
import { createSmsWorker, type SmsWorker } from '@sms/queue';
import type { CampaignWorkerMessage, CampaignWorkerSettings } from './campaign/campaign-worker-settings';

// One worker process of `pnpm campaign`: started by the campaign with its settings over IPC (the API key never
// on the command line), it sends the campaign's jobs to the simulator until told to stop, or until killed.
let stopping: Promise<void> | undefined;
let stopWorker: () => Promise<void> = async () => {};

const stop = (): Promise<void> => {
  stopping ??= stopWorker().finally(() => process.exit(0));
  return stopping;
};

async function start(settings: CampaignWorkerSettings): Promise<void> {
  const client = createSmsClient({ providers: createGhasedak(settings.ghasedak) });
  const worker: SmsWorker = createSmsWorker({
    connection: settings.redisUrl,
    name: settings.queueName,
    client,
    concurrency: settings.concurrency,
    lockDurationMs: settings.lockDurationMs,
    stalledIntervalMs: settings.stalledIntervalMs,
    reconcileAfterMs: settings.reconcileAfterMs,
  });
  stopWorker = async () => {
    await worker.close();
    await client.close();
  };
  await worker.worker.waitUntilReady();
  process.send?.({ type: 'ready' } satisfies CampaignWorkerMessage);
}

process.on('message', (message: CampaignWorkerMessage) => {
  if (message.type === 'start') void start(message.settings);
  else if (message.type === 'stop') void stop();
});
// The campaign is gone (ended, crashed or interrupted): nobody is left to tell this worker to stop.
process.once('disconnect', () => void stop());
process.once('SIGTERM', () => void stop());
// Ctrl-C in the terminal reaches the whole process group; the campaign itself decides what happens.
process.on('SIGINT', () => undefined);
