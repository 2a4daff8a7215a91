import type { BatchMessage, SmsClient } from '@sms/core';
import { inFlightOf, type InFlightRecipients } from '../jobs/in-flight-of';
import type { SmsJobData, SmsJobSettlement } from '../jobs/sms-job-data';
import type { QueuedSendResult, SmsErrorSummary } from '../status/sms-job-status';
import { candidateProviders, reconciles } from './candidate-providers';
import { lookUpReferences, type LookupVerdict } from './look-up-references';

/** How long after a request went out its job is looked up at the provider, by default. */
export const DEFAULT_RECONCILE_AFTER_MS = 60_000;

/**
 * What to do with a job found with its in-flight mark set (its worker stopped mid-request):
 * `wait` until the grace period is over; `sent` (every recipient found); `settle` as unknown or failed;
 * or `send` again the recipients provably not sent (`data` is the job to send, without its in-flight mark).
 */
export type Reconciliation =
  | { kind: 'wait'; untilMs: number }
  | { kind: 'sent'; result: QueuedSendResult }
  | { kind: 'settle'; settlement: Omit<SmsJobSettlement, 'at'> }
  | { kind: 'send'; data: SmsJobData };

type Verdict = { kind: 'sent'; provider: string; message: QueuedSendResult['messages'][number] } | LookupVerdict;

function interrupted(message: string, outcome: SmsErrorSummary['outcome']): SmsErrorSummary {
  return { code: 'INTERRUPTED', message, outcome, retryable: false };
}

function foundResult(found: { provider: string; message: QueuedSendResult['messages'][number] }[]): QueuedSendResult {
  return { provider: found[0]?.provider ?? '', messages: found.map((entry) => entry.message), raw: null };
}

/** One recipient's verdict over every provider the request may have reached. */
async function verdictsOf(client: SmsClient, data: SmsJobData, inFlight: InFlightRecipients): Promise<Verdict[]> {
  const names = inFlight.providers;
  const providers = candidateProviders(client, data).filter((provider) => names.includes(provider.id));
  const references = inFlight.references;
  const verdicts: Verdict[] = inFlight.recipients.map(() => ({ kind: 'not-found' }));
  // A provider that cannot look messages up may have any of them.
  const blind = names.filter((name) => !providers.some((provider) => provider.id === name && reconciles(provider)));
  const asked = inFlight.recipients
    .map((to, index) => ({ to, index, reference: references[index] }))
    .filter((entry): entry is { to: string; index: number; reference: string } => typeof entry.reference === 'string');
  for (const [index] of inFlight.recipients.entries()) {
    if (typeof references[index] !== 'string')
      verdicts[index] = { kind: 'unknown', reason: 'it was sent without a reference to look it up by' };
  }
  for (const provider of providers.filter(reconciles)) {
    const answers = await lookUpReferences(client, provider.id, asked);
    answers.forEach((answer, position) => {
      const index = asked[position]!.index;
      const current = verdicts[index]!;
      if (current.kind === 'sent') return;
      if (answer.kind === 'sent') verdicts[index] = { ...answer, provider: provider.id };
      else if (answer.kind === 'unknown' && current.kind === 'not-found') verdicts[index] = answer;
    });
  }
  if (blind.length > 0 || names.length === 0) {
    const reason =
      names.length === 0
        ? 'the provider it went to is not known'
        : `${blind.join(', ')} cannot look a message up by its reference`;
    verdicts.forEach((verdict, index) => {
      // Where a provider cannot look up, that is the reason, even for a recipient without a reference.
      if (verdict.kind === 'not-found' || typeof references[index] !== 'string')
        verdicts[index] = { kind: 'unknown', reason };
    });
  }
  return verdicts;
}

// The rest of a job to send again: a batch keeps its unsent entries (each has its own reference); a send to
// one remaining recipient keeps that recipient's reference. Several remaining recipients of one text cannot
// be sent with their references unchanged (the provider numbers them by position), so they are not resent.
function remainderOf(
  data: SmsJobData,
  inFlight: InFlightRecipients,
  notSent: readonly number[],
  references: (string | null)[],
): unknown {
  if (Array.isArray(data.message)) {
    const entries = data.message as BatchMessage[];
    return notSent.map((index) => ({ ...entries[index]!, reference: references[index] ?? undefined }));
  }
  if (notSent.length !== 1) return undefined;
  const index = notSent[0]!;
  return { ...(data.message as object), to: [inFlight.recipients[index]!], reference: references[index] };
}

/**
 * Settles a job whose worker stopped while its request may have been out. Where every provider it may have
 * reached can look a message up by the client's reference, the worker asks, after `reconcileAfterMs` from
 * the in-flight mark (a request still in the network may land until then): recipients found are sent,
 * recipients provably not found are sent again, anything else stays `unknown` for a person.
 */
export async function reconcileJob(
  client: SmsClient,
  data: SmsJobData,
  jobId: string,
  reconcileAfterMs: number,
  now = Date.now(),
): Promise<Reconciliation> {
  const inFlight = inFlightOf(data, jobId)!;
  const sinceMs = Date.parse(inFlight.since);
  const lookable = inFlight.references.some((reference) => typeof reference === 'string');
  if (lookable && Number.isFinite(sinceMs) && now < sinceMs + reconcileAfterMs)
    return { kind: 'wait', untilMs: sinceMs + reconcileAfterMs };

  const verdicts = await verdictsOf(client, data, inFlight);
  const found = verdicts.flatMap((verdict) => (verdict.kind === 'sent' && 'provider' in verdict ? [verdict] : []));
  const notSent = verdicts.flatMap((verdict, index) => (verdict.kind === 'not-found' ? [index] : []));
  const unknown = verdicts.flatMap((verdict, index) => (verdict.kind === 'unknown' ? [index] : []));
  const references = inFlight.references;
  const recipientsAt = (indexes: number[]) => indexes.map((index) => inFlight.recipients[index]!);
  const withFound = found.length === 0 ? {} : { result: foundResult(found) };

  if (unknown.length > 0) {
    const reasons = [...new Set(unknown.map((index) => (verdicts[index] as { reason: string }).reason))];
    return {
      kind: 'settle',
      settlement: {
        state: 'unknown',
        recipients: recipientsAt(unknown),
        references: unknown.map((index) => references[index] ?? null),
        providers: inFlight.providers,
        since: inFlight.since,
        error: interrupted(
          `A worker stopped while this send's request may have been out (since ${inFlight.since}), and ` +
            `${unknown.length} recipient(s) could not be settled: ${reasons.join('; ')}. They are not sent again. ` +
            `Check with the provider, then record what you find with queue.settle.` +
            (found.length === 0 ? '' : ` ${found.length} recipient(s) were found sent.`) +
            (notSent.length === 0 ? '' : ` ${notSent.length} recipient(s) were provably not sent and were not resent.`),
          'unknown',
        ),
        ...withFound,
      },
    };
  }
  if (notSent.length === 0) return { kind: 'sent', result: foundResult(found) };
  const { inFlight: _inFlight, ...rest } = data;
  if (found.length === 0) return { kind: 'send', data: rest };
  const remainder = remainderOf(data, inFlight, notSent, references);
  if (remainder === undefined)
    return {
      kind: 'settle',
      settlement: {
        state: 'failed',
        error: interrupted(
          `A worker stopped mid-request; the provider has ${found.length} recipient(s) of this send and provably not ` +
            `${notSent.length} (${recipientsAt(notSent).join(', ')}). Those were not resent because the provider numbers ` +
            'references by position; enqueue them again.',
          'not-sent',
        ),
        result: {
          ...foundResult(found),
          messages: [
            ...foundResult(found).messages,
            ...notSent.map((index) => ({
              to: inFlight.recipients[index]!,
              status: 'failed' as const,
              ...(references[index] === null ? {} : { reference: references[index]! }),
            })),
          ],
        },
      },
    };
  return { kind: 'send', data: { ...rest, message: remainder, reconciled: foundResult(found) } };
}
