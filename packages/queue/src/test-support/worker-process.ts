// The entry of a worker process in the multi-process tests (bundled by bundleChildScript, run with node).
import { createSmsClient, type BatchMessage, type SmsMessage, type TemplateMessage } from '@sms/core';
import { createGhasedak } from '@sms/ghasedak';
import { createSmsWorker } from '../worker/create-sms-worker';
import {
  WORKER_PROCESS_CONFIG_VARIABLE,
  type WorkerProcessConfig,
  type WorkerProcessEvent,
} from './worker-process-config';

function tell(event: WorkerProcessEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function firstRecipientOf(message: SmsMessage | readonly BatchMessage[] | TemplateMessage): string {
  const first = Array.isArray(message) ? (message as readonly BatchMessage[])[0]?.to : (message as SmsMessage).to;
  return String(Array.isArray(first) ? first[0] : first);
}

const config = JSON.parse(process.env[WORKER_PROCESS_CONFIG_VARIABLE] ?? '{}') as WorkerProcessConfig;
const provider = createGhasedak({ baseUrl: config.ghasedakBaseUrl, lineNumber: '30005088', timeoutMs: 30_000 });
// The hooks tell the test when a request is out, so it can kill this process in the middle of one.
const client = createSmsClient({
  providers: provider,
  hooks: {
    beforeSend: (event) => tell({ event: 'request', first: firstRecipientOf(event.message) }),
    onSent: (event) => tell({ event: 'answer', first: firstRecipientOf(event.message), sent: true }),
    onError: (event) => tell({ event: 'answer', first: firstRecipientOf(event.message), sent: false }),
  },
});
const worker = createSmsWorker({
  connection: config.redisUrl,
  name: config.queueName,
  client,
  concurrency: config.concurrency,
  lockDurationMs: config.lockDurationMs,
  stalledIntervalMs: config.stalledIntervalMs,
  reconcileAfterMs: config.reconcileAfterMs,
  onError: (error) => process.stderr.write(`worker error: ${error.message}\n`),
});

process.once('SIGTERM', () => {
  void (async () => {
    await worker.close();
    await client.close();
    tell({ event: 'closed' });
    process.exit(0);
  })();
});

await worker.worker.waitUntilReady();
tell({ event: 'ready' });
