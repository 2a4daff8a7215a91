import type { SmsClient } from '@sms/core';
import { referencesOf } from '../jobs/references-of';
import type { SmsJobData, SmsJobInFlight } from '../jobs/sms-job-data';
import type { QueuedSendResult } from '../status/sms-job-status';
import { candidateProviders, reconciles } from './candidate-providers';

/**
 * The in-flight mark written before a request, and the job as it is sent. Where every provider the send may
 * reach can look a message up by its reference, each recipient gets one derived from the job id (the user's
 * own reference is kept), so a worker that finds the job interrupted can ask the provider. Elsewhere the
 * message goes out as the user wrote it: a reference there would change what the provider shows and settle
 * nothing.
 */
export function markInFlight(
  client: SmsClient,
  data: SmsJobData,
  jobId: string,
): { inFlight: SmsJobInFlight; sending: SmsJobData; references: (string | null)[] } {
  const providers = candidateProviders(client, data);
  const referencesAdded = providers.length > 0 && providers.every(reconciles);
  const { message, references } = referencesOf(data, jobId, referencesAdded);
  const inFlight: SmsJobInFlight = {
    since: new Date().toISOString(),
    providers: providers.map((provider) => provider.id),
    referencesAdded,
  };
  return { inFlight, sending: message === data.message ? data : { ...data, message }, references };
}

/** A send's result with the recipients an earlier reconciliation found sent, when the job had some. */
export function withReconciled(data: SmsJobData, result: QueuedSendResult): QueuedSendResult {
  if (data.reconciled === undefined) return result;
  return { ...result, messages: [...data.reconciled.messages, ...result.messages] };
}
