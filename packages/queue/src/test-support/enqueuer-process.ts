// The entry of an enqueuer process in the multi-process tests (bundled by bundleChildScript, run with node):
// once ready, it waits for a `go` line on stdin, enqueues every key at once and reports what each call got.
import { createInterface } from 'node:readline';
import { createSmsQueue } from '../producer/create-sms-queue';
import {
  ENQUEUER_PROCESS_CONFIG_VARIABLE,
  idempotencyTestMessage,
  type EnqueuerProcessConfig,
  type EnqueuerProcessEvent,
} from './enqueuer-process-config';
import { testRecipients } from './test-recipients';

function tell(event: EnqueuerProcessEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

const config = JSON.parse(process.env[ENQUEUER_PROCESS_CONFIG_VARIABLE] ?? '{}') as EnqueuerProcessConfig;
const queue = createSmsQueue({ connection: config.redisUrl, name: config.queueName });
await queue.queue.waitUntilReady();
const messages = testRecipients(config.count).map((recipient, index) => idempotencyTestMessage(index, recipient));

const lines = createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) => {
  lines.on('line', (line) => {
    if (line.trim() === 'go') resolve();
  });
});
tell({ event: 'ready' });
await go;
lines.close();

const ordered = config.reverse ? [...messages].reverse() : messages;
const enqueued = await Promise.all(
  ordered.map(async ({ key, to, text }) => {
    const { jobId, created } = await queue.send({ to, text }, { idempotencyKey: key });
    return { key, jobId, created };
  }),
);
tell({ event: 'enqueued', keys: config.reverse ? enqueued.reverse() : enqueued });
await queue.close();
process.exit(0);
