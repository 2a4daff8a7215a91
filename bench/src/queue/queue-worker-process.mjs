// One worker process of the queue benchmark: an `@sms/queue` worker sending through `@sms/ghasedak` to the
// minimal server. Control over IPC:
//   { type: 'start', redisUrl, queueName, baseUrl, concurrency, messageStatus?, bare?, rateLimit? } → { type: 'ready' }
//     bare: a plain BullMQ worker that sends each job's message with client.send, without anything of
//     @sms/queue (no in-flight mark, references, records or campaign counts): what BullMQ itself costs
//     rateLimit: { requestsPerSecond, prefix }: the provider wrapped by `createSharedRateLimits`, the limit kept
//     in Redis under `prefix` for every worker process given the same
//   { type: 'cpu' } → { type: 'cpu', micros } (process.cpuUsage, user + system)
//   { type: 'stop' } → closes the worker and the client, then exits
import { createSmsClient } from '@sms/core';
import { createSharedRateLimits, createSmsWorker } from '@sms/queue';
import { PROVIDER_SETUPS } from '../variants/provider-setups.mjs';

let close = async () => {};

process.on('message', async (message) => {
  if (message.type === 'start') {
    const provider = await PROVIDER_SETUPS.ghasedak.create(message.baseUrl);
    const limits =
      message.rateLimit === undefined
        ? undefined
        : createSharedRateLimits({
            connection: message.redisUrl,
            prefix: message.rateLimit.prefix,
            limits: { [provider.id]: { requestsPerSecond: message.rateLimit.requestsPerSecond } },
          });
    const client = createSmsClient({ providers: limits === undefined ? provider : limits.wrap(provider) });
    if (message.bare === true) {
      const { Worker } = await import('bullmq');
      const { hostname, port } = new URL(message.redisUrl);
      const bare = new Worker(message.queueName, (job) => client.send(job.data.message), {
        connection: { host: hostname, port: Number(port) },
        concurrency: message.concurrency,
      });
      close = async () => {
        await bare.close();
        await client.close();
      };
      await bare.waitUntilReady();
      process.send({ type: 'ready' });
      return;
    }
    const worker = createSmsWorker({
      connection: message.redisUrl,
      name: message.queueName,
      client,
      concurrency: message.concurrency,
      ...(message.messageStatus === false ? { messageStatus: false } : {}),
    });
    close = async () => {
      await worker.close();
      await limits?.close();
      await client.close();
    };
    await worker.worker.waitUntilReady();
    process.send({ type: 'ready' });
  } else if (message.type === 'cpu') {
    const usage = process.cpuUsage();
    process.send({ type: 'cpu', micros: usage.user + usage.system });
  } else if (message.type === 'stop') {
    await close();
    process.exit(0);
  }
});
process.once('disconnect', () => process.exit(0));
