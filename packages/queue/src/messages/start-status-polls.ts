import { randomUUID } from 'node:crypto';
import { SmsError, type DeliveryReport, type MessageReference, type SmsClient, type SmsProvider } from '@sms/core';
import { messageKeyBase, messageRedisOf, type MessageRedisHolder } from './message-redis';
import { CLAIM_STATUS_POLL, runMessageScript } from './message-scripts';
import { recordDeliveryReports } from './record-delivery-reports';
import type { SmsStatusPolls } from './status-polls-options';

export interface StatusPoller {
  /** One poll now (if no worker polled within the period): what the providers answered was recorded. */
  poll(): Promise<void>;
  stop(): Promise<void>;
}

function whole(name: string, value: number | undefined, fallback: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < 1)
    throw new SmsError(
      `createSmsWorker: \`statusPolls.${name}\` must be a whole number of at least 1, not ${String(chosen)}.`,
      {
        code: 'INVALID_INPUT',
      },
    );
  return chosen;
}

export function assertStatusPolls(options: SmsStatusPolls): Required<SmsStatusPolls> {
  if (typeof options !== 'object' || options === null)
    throw new SmsError('createSmsWorker: `statusPolls` must be an object such as { everyMs: 300000 }.', {
      code: 'INVALID_INPUT',
    });
  return {
    everyMs: whole('everyMs', options.everyMs, 300_000),
    maxAgeMs: whole('maxAgeMs', options.maxAgeMs, 2 * 24 * 60 * 60 * 1000),
    batchSize: whole('batchSize', options.batchSize, 1000),
    chunkSize: whole('chunkSize', options.chunkSize, 100),
  };
}

function canReportStatus(client: SmsClient, id: string): boolean {
  let provider: SmsProvider;
  try {
    provider = client.provider(id);
  } catch {
    // A provider this client does not have (another worker's): not this worker's to ask.
    return false;
  }
  return provider.capabilities.status && typeof provider.getStatus === 'function';
}

/**
 * Polls the providers' status APIs for the queue's `sent` messages every `everyMs`. Every worker with the
 * option runs the timer; a lock in Redis (taken for one period) lets one of them poll per period.
 */
export function startStatusPolls(
  holder: MessageRedisHolder,
  client: SmsClient,
  settings: Required<SmsStatusPolls>,
  onError: (error: Error) => void,
): StatusPoller {
  const token = randomUUID();
  let running: Promise<void> | undefined;

  const pollOnce = async (): Promise<void> => {
    const redis = await messageRedisOf(holder);
    const base = messageKeyBase(holder);
    const due = (await runMessageScript(redis, CLAIM_STATUS_POLL, [
      base,
      Date.now(),
      settings.everyMs,
      settings.maxAgeMs,
      settings.batchSize,
      token,
    ])) as string[];
    const byProvider = new Map<string, MessageReference[]>();
    for (let index = 0; index + 2 < due.length; index += 3) {
      const [provider, id, to] = [due[index]!, due[index + 1]!, due[index + 2]!];
      const references = byProvider.get(provider) ?? [];
      references.push(to === '' ? { id } : { id, to });
      byProvider.set(provider, references);
    }
    for (const [providerId, references] of byProvider) {
      if (!canReportStatus(client, providerId)) continue;
      for (let start = 0; start < references.length; start += settings.chunkSize) {
        try {
          const reports: DeliveryReport[] = await client.getStatus(
            references.slice(start, start + settings.chunkSize),
            { provider: providerId },
          );
          await recordDeliveryReports(redis, base, reports);
        } catch (error) {
          // One provider's failure leaves its messages for the next poll and the others' polled.
          onError(error instanceof Error ? error : new Error(String(error)));
        }
      }
    }
  };

  const poll = (): Promise<void> => {
    running ??= pollOnce()
      .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const timer = setInterval(() => void poll(), settings.everyMs);
  timer.unref();
  return {
    poll,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
