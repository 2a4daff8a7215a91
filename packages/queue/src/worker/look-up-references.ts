import { normalizePhoneNumber, type DeliveryReport, type SmsClient } from '@sms/core';
import type { QueuedSendResult } from '../status/sms-job-status';

export interface ReferencedRecipient {
  to: string;
  reference: string;
}

/**
 * What one provider said about one recipient: `sent` (it has the message), `not-found` (it answered and has
 * no message with that reference) or `unknown` (the answer proves nothing: an error, or a report that cannot
 * be told apart from another recipient's).
 */
export type LookupVerdict =
  | { kind: 'sent'; message: QueuedSendResult['messages'][number] }
  | { kind: 'not-found' }
  | { kind: 'unknown'; reason: string };

// Most references asked for in one getStatus call; the provider splits further to its own limit.
const ROUND_SIZE = 100;

function keyOf(to: string): string | undefined {
  try {
    return normalizePhoneNumber(to);
  } catch {
    return undefined;
  }
}

/**
 * Groups recipients so that within a group every report names one recipient: reports say `to`, not the
 * reference, so two recipients with the same number, or a number that is not in international form, are
 * asked for alone.
 */
function roundsOf(recipients: readonly ReferencedRecipient[]): number[][] {
  const counts = new Map<string, number>();
  for (const recipient of recipients) {
    const key = keyOf(recipient.to);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shared: number[] = [];
  const alone: number[][] = [];
  recipients.forEach((recipient, index) => {
    const key = keyOf(recipient.to);
    if (key !== undefined && counts.get(key) === 1) shared.push(index);
    else alone.push([index]);
  });
  const rounds: number[][] = [];
  for (let start = 0; start < shared.length; start += ROUND_SIZE) rounds.push(shared.slice(start, start + ROUND_SIZE));
  return [...rounds, ...alone];
}

function verdictOfReport(report: DeliveryReport, recipient: ReferencedRecipient): LookupVerdict {
  // An `unknown` status may be the provider's "no such id" dressed as a report: it proves nothing.
  if (report.status === 'unknown')
    return { kind: 'unknown', reason: `${report.provider} reported its status as unknown` };
  return {
    kind: 'sent',
    message: {
      to: recipient.to,
      id: report.id,
      status: report.status,
      reference: recipient.reference,
      ...(report.providerStatus === null ? {} : { providerStatus: report.providerStatus }),
      ...(report.cost === undefined ? {} : { cost: report.cost }),
    },
  };
}

/**
 * Asks `provider` (through the client) for each recipient by its reference, as the entries of a `SendResult`
 * whose ids never came back. Returns one verdict per recipient, in order.
 */
export async function lookUpReferences(
  client: SmsClient,
  provider: string,
  recipients: readonly ReferencedRecipient[],
): Promise<LookupVerdict[]> {
  const verdicts: LookupVerdict[] = recipients.map(() => ({ kind: 'not-found' }));
  for (const round of roundsOf(recipients)) {
    let reports: DeliveryReport[];
    try {
      reports = await client.getStatus(
        {
          provider,
          messages: round.map((index) => ({
            to: recipients[index]!.to,
            reference: recipients[index]!.reference,
            status: 'unknown',
          })),
          raw: null,
        },
        { provider },
      );
    } catch (error) {
      const reason = `the lookup at ${provider} failed: ${error instanceof Error ? error.message : String(error)}`;
      for (const index of round) verdicts[index] = { kind: 'unknown', reason };
      continue;
    }
    const byKey = new Map(round.map((index) => [keyOf(recipients[index]!.to), index]));
    for (const report of reports) {
      const index = round.length === 1 ? round[0] : report.to === undefined ? undefined : byKey.get(keyOf(report.to));
      if (index === undefined) {
        // A report that names no recipient of this round: nothing in the round can be trusted as not found.
        for (const each of round)
          if (verdicts[each]!.kind === 'not-found')
            verdicts[each] = { kind: 'unknown', reason: `${provider} answered with a report for another number` };
        continue;
      }
      const verdict = verdictOfReport(report, recipients[index]!);
      // A recipient found sent stays sent whatever a second report says.
      if (verdicts[index]!.kind !== 'sent') verdicts[index] = verdict;
    }
  }
  return verdicts;
}
