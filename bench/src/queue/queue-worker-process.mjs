// One worker process of the queue benchmark: an `@sms/queue` worker sending through `@sms/ghasedak` to the
// minimal server. Control over IPC:
//   { type: 'start', redisUrl, queueName, baseUrl, concurrency } → { type: 'ready' }
//   { type: 'cpu' } → { type: 'cpu', micros } (process.cpuUsage, user + system)
//   { type: 'stop' } → closes the worker and the client, then exits
import { createSmsClient } from '@sms/core';
import { createSmsWorker } from '@sms/queue';
import { PROVIDER_SETUPS } from '../variants/provider-setups.mjs';

let close = async () => {};

process.on('message', async (message) => {
  if (message.type === 'start') {
    const provider = await PROVIDER_SETUPS.ghasedak.create(message.baseUrl);
    const client = createSmsClient({ providers: provider });
    const worker = createSmsWorker({
      connection: message.redisUrl,
      name: message.queueName,
      client,
      concurrency: message.concurrency,
    });
    close = async () => {
      await worker.close();
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
