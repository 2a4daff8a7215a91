import type { SmsClient, SmsProvider } from '@sms/core';
import type { SmsJobData } from '../jobs/sms-job-data';

/**
 * The providers a job's send may reach: the one it names, else every provider of the client (its strategy
 * and failover choose among them at send time, so any of them may have the request).
 */
export function candidateProviders(client: SmsClient, data: SmsJobData): SmsProvider[] {
  const providers = client.providers ?? [];
  if (data.provider === undefined) return [...providers];
  return providers.filter((provider) => provider.id === data.provider);
}

/** Whether a provider can settle a message by its reference alone (see `SmsCapabilities.statusByReference`). */
export function reconciles(provider: SmsProvider): boolean {
  return provider.capabilities.statusByReference === true && typeof provider.getStatus === 'function';
}
