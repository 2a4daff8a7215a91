import { createSmsClient, SmsError, type DeliveryReport, type MessageTarget, type SmsProvider } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { describe, expect, it } from 'vitest';
import type { SmsJobData } from '../jobs/sms-job-data';
import { jobReferenceOf } from '../jobs/references-of';
import { reconcileJob } from './reconcile-job';

/** A provider that looks messages up by reference in a fixed ledger, as Ghasedak does by checkid. */
function lookingUp(id: string, ledger: Record<string, string>, fail = false): SmsProvider {
  const memory = createMemoryProvider({ id });
  return {
    id,
    capabilities: { ...memory.capabilities, statusByReference: true },
    send: (message, options) => memory.send(message, options),
    async getStatus(target: MessageTarget): Promise<DeliveryReport[]> {
      if (fail) throw new SmsError('No answer in time', { code: 'TIMEOUT', provider: id });
      const messages = (target as { messages: { to: string; reference: string }[] }).messages;
      return messages.flatMap((message) => {
        const found = ledger[message.reference];
        return found === undefined
          ? []
          : [{ provider: id, id: found, to: message.to, status: 'sent' as const, providerStatus: 8, raw: null }];
      });
    },
    close: async () => undefined,
  };
}

const since = new Date(1_000_000).toISOString();
const JOB_ID = 'job-1';
// References come from the message (the user's own, numbered `-1`, `-2`… per recipient) or, with
// `referencesAdded`, from the job id: as the worker sent them.
const job = (message: unknown, providers: string[], referencesAdded = false, operation = 'send'): SmsJobData => ({
  operation: operation as SmsJobData['operation'],
  message,
  idempotencyKey: 'key',
  enqueueId: 'enqueue',
  enqueuedAt: since,
  inFlight: { since, providers, referencesAdded },
});
const later = 1_000_000 + 10_000;

describe('reconcileJob', () => {
  it('waits out the grace period after the in-flight mark before it asks', async () => {
    const client = createSmsClient({ providers: lookingUp('a', {}) });
    const data = job({ to: '+989121111111', text: 'x', reference: 'r' }, ['a']);
    expect(await reconcileJob(client, data, JOB_ID, 60_000, later)).toEqual({
      kind: 'wait',
      untilMs: 1_000_000 + 60_000,
    });
  });

  it('settles recipients found at any provider the send may have reached, and unknown where one cannot look up', async () => {
    const client = createSmsClient({
      providers: [lookingUp('a', { 'r-1': '11' }), createMemoryProvider({ id: 'blind' })],
    });
    const data = job({ to: ['+989121111111', '+989122222222'], text: 'x', reference: 'r' }, ['a', 'blind']);
    const outcome = await reconcileJob(client, data, JOB_ID, 0, later);
    expect(outcome).toMatchObject({
      kind: 'settle',
      settlement: {
        state: 'unknown',
        recipients: ['+989122222222'],
        references: ['r-2'],
        providers: ['a', 'blind'],
        error: { code: 'INTERRUPTED', outcome: 'unknown' },
        result: { provider: 'a', messages: [{ to: '+989121111111', id: '11', reference: 'r-1', status: 'sent' }] },
      },
    });
    expect(outcome.kind === 'settle' && outcome.settlement.error.message).toContain('blind cannot look a message up');
  });

  it('keeps a recipient unknown when the lookup fails', async () => {
    const client = createSmsClient({ providers: lookingUp('a', {}, true) });
    const data = job({ to: '+989121111111', text: 'x', reference: 'r' }, ['a']);
    const outcome = await reconcileJob(client, data, JOB_ID, 0, later);
    expect(outcome).toMatchObject({ kind: 'settle', settlement: { state: 'unknown', recipients: ['+989121111111'] } });
  });

  it('sends the whole job again when nothing was found, and a lone unsent recipient with its own reference', async () => {
    const client = createSmsClient({ providers: lookingUp('a', { 'r-1': '11' }) });
    const none = job({ to: ['+989121111111', '+989122222222'], text: 'x', reference: 's' }, ['a']);
    const again = await reconcileJob(client, none, JOB_ID, 0, later);
    expect(again).toEqual({ kind: 'send', data: { ...none, inFlight: undefined } });

    const half = job({ to: ['+989121111111', '+989122222222'], text: 'x', reference: 'r' }, ['a']);
    const rest = await reconcileJob(client, half, JOB_ID, 0, later);
    expect(rest).toMatchObject({
      kind: 'send',
      data: {
        message: { to: ['+989122222222'], text: 'x', reference: 'r-2' },
        reconciled: { messages: [{ to: '+989121111111', id: '11' }] },
      },
    });
    expect(rest.kind === 'send' && rest.data.inFlight).toBeUndefined();
  });

  it('fails, without resending, several unsent recipients of one text when some were found', async () => {
    const client = createSmsClient({ providers: lookingUp('a', { 'r-1': '11' }) });
    const data = job({ to: ['+989121111111', '+989122222222', '+989123333333'], text: 'x', reference: 'r' }, ['a']);
    expect(await reconcileJob(client, data, JOB_ID, 0, later)).toMatchObject({
      kind: 'settle',
      settlement: {
        state: 'failed',
        error: { code: 'INTERRUPTED', outcome: 'not-sent' },
        result: {
          messages: [
            { to: '+989121111111', id: '11' },
            { to: '+989122222222', status: 'failed', reference: 'r-2' },
            { to: '+989123333333', status: 'failed', reference: 'r-3' },
          ],
        },
      },
    });
  });

  it('settles as sent when every recipient is found', async () => {
    const client = createSmsClient({ providers: lookingUp('a', { 'r-1': '11', 'r-2': '12' }) });
    const data = job({ to: ['+989121111111', '+989122222222'], text: 'x', reference: 'r' }, ['a']);
    expect(await reconcileJob(client, data, JOB_ID, 0, later)).toMatchObject({
      kind: 'sent',
      result: { provider: 'a', messages: [{ id: '11' }, { id: '12' }] },
    });
  });

  it('looks recipients up by the references the worker derived from the job id', async () => {
    const base = jobReferenceOf(JOB_ID);
    const client = createSmsClient({ providers: lookingUp('a', { [`${base}-1`]: '11', [`${base}-2`]: '12' }) });
    const data = job({ to: ['+989121111111', '+989122222222'], text: 'x' }, ['a'], true);
    expect(await reconcileJob(client, data, JOB_ID, 0, later)).toMatchObject({
      kind: 'sent',
      result: {
        messages: [
          { id: '11', reference: `${base}-1` },
          { id: '12', reference: `${base}-2` },
        ],
      },
    });
  });

  it('settles as unknown the recipients of a send that had no reference to look up by', async () => {
    const client = createSmsClient({ providers: lookingUp('a', {}) });
    const data = job({ to: '+989121111111', text: 'x' }, ['a']);
    expect(await reconcileJob(client, data, JOB_ID, 0, later)).toMatchObject({
      kind: 'settle',
      settlement: { state: 'unknown', recipients: ['+989121111111'], references: [null] },
    });
  });
});
