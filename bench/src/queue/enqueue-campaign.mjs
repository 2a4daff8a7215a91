import { TEXT } from '../variants/provider-setups.mjs';

/** `count` distinct Iranian mobile numbers, made one at a time as a database cursor would hand them over. */
async function* streamedRecipients(count) {
  for (let index = 0; index < count; index += 1) yield `+98912${String(index).padStart(7, '0')}`;
}

/**
 * Enqueues a campaign of `recipients` streamed numbers in chunks of `chunkSize` with `queue.campaign(...)`,
 * timed from the call until `enqueued()` resolves (every chunk in the queue). Resolves to the handle, the
 * elapsed ms and the number of chunk jobs.
 */
export async function enqueueCampaign(sms, { recipients, chunkSize, id }) {
  const started = performance.now();
  const campaign = sms.campaign(streamedRecipients(recipients), { text: TEXT }, { id, chunkSize });
  const status = await campaign.enqueued();
  const elapsedMs = performance.now() - started;
  if (status.recipients !== recipients)
    throw new Error(`campaign ${id} enqueued ${status.recipients} recipients instead of ${recipients}`);
  return { campaign, elapsedMs, jobs: status.chunks };
}

/** Throws unless every recipient of the campaign was counted sent: a figure is only worth it for a clean run. */
export async function assertCampaignSent(campaign, recipients) {
  const counts = await campaign.counts();
  if (counts.sent !== recipients)
    throw new Error(
      `campaign ${campaign.id}: ${counts.sent} of ${recipients} recipients sent (${JSON.stringify(counts)})`,
    );
}
