// The baseline of the queue benchmark's CPU figure, in a process of its own: the same recipients, in the same
// chunks, sent with `client.send` directly through the same provider to the same server, as many chunks at
// once as the worker's concurrency. Answers { cpuMicros, elapsedMs } for the measured part (after a warm-up).
import { createSmsClient } from '@sms/core';
import { iranianRecipients, PROVIDER_SETUPS, TEXT } from '../variants/provider-setups.mjs';

async function sendChunks(client, recipients, chunkSize, concurrency) {
  const all = iranianRecipients(recipients);
  const chunks = Math.ceil(recipients / chunkSize);
  let next = 0;
  const sendNext = async () => {
    for (let index = next++; index < chunks; index = next++) {
      await client.send({ to: all.slice(index * chunkSize, (index + 1) * chunkSize), text: TEXT });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, sendNext));
}

process.once('message', async (task) => {
  try {
    const provider = await PROVIDER_SETUPS.ghasedak.create(task.baseUrl);
    const client = createSmsClient({ providers: provider });
    await sendChunks(client, task.warmupRecipients, task.chunkSize, task.concurrency);
    const before = process.cpuUsage();
    const started = performance.now();
    await sendChunks(client, task.recipients, task.chunkSize, task.concurrency);
    const elapsedMs = performance.now() - started;
    const used = process.cpuUsage(before);
    await client.close();
    process.send({ ok: true, result: { cpuMicros: used.user + used.system, elapsedMs } }, () => process.exit(0));
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1));
  }
});
