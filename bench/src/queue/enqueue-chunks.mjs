import { iranianRecipients, TEXT } from '../variants/provider-setups.mjs';

/**
 * Enqueues `recipients` as jobs of `chunkSize` through `createSmsQueue().send`, `inFlight` calls at a time,
 * keys `<prefix>:<n>` (what the demo's campaign does until `queue.campaign(...)` exists). Resolves to the
 * elapsed ms and the job count.
 */
export async function enqueueChunks(sms, { recipients, chunkSize, inFlight, prefix }) {
  const all = iranianRecipients(recipients);
  const jobs = Math.ceil(recipients / chunkSize);
  const started = performance.now();
  let next = 0;
  const enqueueNext = async () => {
    for (let index = next++; index < jobs; index = next++) {
      const to = all.slice(index * chunkSize, (index + 1) * chunkSize);
      await sms.send({ to, text: TEXT }, { idempotencyKey: `${prefix}:${index}` });
    }
  };
  await Promise.all(Array.from({ length: inFlight }, enqueueNext));
  return { elapsedMs: performance.now() - started, jobs };
}
