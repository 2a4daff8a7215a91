// A worker process of the shared rate-limit tests, bundled by bundleChildScript and run with node: a Ghasedak
// client pointed at the test's simulator, its provider wrapped with the shared limit, and a createSmsWorker.
// It writes `ready` on stdout once it takes jobs and closes gracefully on SIGTERM.
import { createSmsClient } from '@sms/core';
import { createGhasedak } from '@sms/ghasedak';
import { createSharedRateLimits } from '../rate-limit/create-shared-rate-limits';
import { createSmsWorker } from '../worker/create-sms-worker';

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`rate-limited-worker-process needs ${name}`);
  return value;
}

const connection = setting('REDIS_URL');
const limits = createSharedRateLimits({
  connection,
  prefix: setting('RATE_PREFIX'),
  limits: { ghasedak: { requestsPerSecond: Number(setting('REQUESTS_PER_SECOND')) } },
});
const client = createSmsClient({
  providers: limits.wrap(
    createGhasedak({ baseUrl: setting('GHASEDAK_BASE_URL'), apiKey: setting('GHASEDAK_API_KEY'), timeoutMs: 10_000 }),
  ),
});
const worker = createSmsWorker({
  connection,
  client,
  name: setting('QUEUE_NAME'),
  concurrency: Number(setting('CONCURRENCY')),
  attempts: 20,
  backoff: { delayMs: 100 },
});

process.once('SIGTERM', () => {
  void (async () => {
    await worker.close();
    await limits.close();
    await client.close();
    process.exit(0);
  })();
});

await worker.worker.waitUntilReady();
process.stdout.write('ready\n');
