import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_STATUSES } from '../model/delivery-status';
import type { SendResult } from '../model/send-result';
import type { SmsProvider } from '../provider/sms-provider';
import { catchSmsError as caught } from './catch-sms-error';
import { expectNoSecret } from './expect-no-secret';

/** What a provider package hands the shared suite: a provider wired to a fake of its API. */
export interface ConformanceContext {
  /** A provider with valid credentials, pointed at a simulator or another fake of the provider's API. */
  provider: SmsProvider;
  /** The same provider with a wrong credential: its calls must fail with `AUTHENTICATION`. */
  providerWithWrongCredentials: SmsProvider;
  /** Credentials that must never appear in an error (the valid and the wrong ones). */
  secrets: readonly string[];
  /** At least three distinct valid recipients, in a notation the provider accepts. */
  recipients: readonly string[];
  /** A send time far enough ahead that a scheduled message can still be canceled. Default: in 2 hours. */
  scheduleAt?: () => Date;
  /** Stops whatever the context started (simulator, providers). */
  close?: () => Promise<void>;
}

export interface ProviderConformanceOptions {
  /** Shown in the suite's name. */
  name: string;
  setup: () => Promise<ConformanceContext>;
}

function expectOnePerRecipient(result: SendResult, providerId: string, count: number): void {
  expect(result.provider).toBe(providerId);
  expect(result.messages).toHaveLength(count);
  for (const message of result.messages) {
    expect(DELIVERY_STATUSES).toContain(message.status);
    expect(typeof message.id).toBe('string');
    expect(message.id).not.toBe('');
  }
}

/**
 * The shared suite every provider package runs against its fake: sends, batches, scheduling, cancel,
 * status, balance, error mapping and credential hygiene. Tests of capabilities the provider lacks are
 * reported as skipped.
 */
export function describeProviderConformance(options: ProviderConformanceOptions): void {
  describe(`${options.name} provider conformance`, () => {
    let context: ConformanceContext;
    const scheduleAt = (): Date => context.scheduleAt?.() ?? new Date(Date.now() + 2 * 60 * 60 * 1000);

    beforeAll(async () => {
      context = await options.setup();
      expect(context.recipients.length).toBeGreaterThanOrEqual(3);
    });
    afterAll(async () => {
      await context?.close?.();
    });

    it('declares an id and consistent capabilities', () => {
      const { provider } = context;
      expect(provider.id).toMatch(/^[a-z0-9-]+$/);
      expect(provider.capabilities.maxRecipientsPerRequest).toBeGreaterThan(0);
      expect(provider.capabilities.batch).toBe(typeof provider.sendBatch === 'function');
      expect(provider.capabilities.templates).toBe(typeof provider.sendTemplate === 'function');
      expect(provider.capabilities.cancel).toBe(typeof provider.cancel === 'function');
      expect(provider.capabilities.status).toBe(typeof provider.getStatus === 'function');
      expect(provider.capabilities.balance).toBe(typeof provider.getBalance === 'function');
      expect(provider.capabilities.inbound).toBe(typeof provider.listInbound === 'function');
      expect(provider.capabilities.webhooks).toBe(typeof provider.parseWebhook === 'function');
    });

    it('sends one message and returns one entry with a string id', async () => {
      const result = await context.provider.send({ to: context.recipients[0]!, text: 'Conformance: one recipient' });
      expectOnePerRecipient(result, context.provider.id, 1);
    });

    it('sends one text to many recipients, one entry per recipient in input order', async () => {
      const recipients = context.recipients.slice(0, 3);
      const result = await context.provider.send({ to: recipients, text: 'Conformance: many recipients' });
      expectOnePerRecipient(result, context.provider.id, 3);
      const again = await context.provider.send({ to: [...recipients].reverse(), text: 'Conformance: reversed' });
      expect(again.messages.map((message) => message.to)).toEqual(
        result.messages.map((message) => message.to).reverse(),
      );
    });

    it('sends Persian text', async () => {
      const result = await context.provider.send({ to: context.recipients[0]!, text: 'سلام، این یک پیام آزمایشی است' });
      expectOnePerRecipient(result, context.provider.id, 1);
    });

    it('refuses an invalid recipient and an empty text before any request', async () => {
      const recipient = await caught(() => context.provider.send({ to: 'not a number', text: 'x' }));
      expect(recipient.code).toBe('INVALID_RECIPIENT');
      expect(recipient.outcome).toBe('not-sent');
      const empty = await caught(() => context.provider.send({ to: context.recipients[0]!, text: '' }));
      expect(empty.code).toBe('INVALID_INPUT');
      expect(empty.outcome).toBe('not-sent');
    });

    it('refuses input of the wrong type from plain JavaScript with INVALID_INPUT, never a TypeError', async () => {
      const { provider, recipients } = context;
      const to = recipients[0]!;
      const calls: [string, () => Promise<unknown>][] = [
        ['send(null)', () => provider.send(null as never)],
        ['send(undefined)', () => provider.send(undefined as never)],
        ["send('text')", () => provider.send('text' as never)],
        ['send({ to: 42 })', () => provider.send({ to: 42, text: 'x' } as never)],
        ['send({ to: [null] })', () => provider.send({ to: [null], text: 'x' } as never)],
        ['send({ text: 42 })', () => provider.send({ to, text: 42 } as never)],
        ["send({ sendAt: 'tomorrow' })", () => provider.send({ to, text: 'x', sendAt: 'tomorrow' } as never)],
        ['send({ from: 42 })', () => provider.send({ to, text: 'x', from: 42 } as never)],
        ["send(…, { signal: 'stop' })", () => provider.send({ to, text: 'x' }, { signal: 'stop' } as never)],
        ['send(…, { timeoutMs: -1 })', () => provider.send({ to, text: 'x' }, { timeoutMs: -1 })],
        ['send(…, null)', () => provider.send({ to, text: 'x' }, null as never)],
      ];
      if (provider.sendBatch !== undefined) {
        calls.push(
          ['sendBatch(null)', () => provider.sendBatch!(null as never)],
          ['sendBatch([null])', () => provider.sendBatch!([null] as never)],
        );
      }
      if (provider.sendTemplate !== undefined) {
        calls.push(
          ['sendTemplate(null)', () => provider.sendTemplate!(null as never)],
          [
            'sendTemplate({ params: null })',
            () => provider.sendTemplate!({ to, template: 'x', params: null } as never),
          ],
        );
      }
      if (provider.cancel !== undefined)
        calls.push(
          ['cancel(42)', () => provider.cancel!(42 as never)],
          ['cancel(null)', () => provider.cancel!(null as never)],
        );
      if (provider.getStatus !== undefined)
        calls.push(
          ['getStatus(42)', () => provider.getStatus!(42 as never)],
          ['getStatus([null])', () => provider.getStatus!([null] as never)],
        );
      if (provider.getBalance !== undefined)
        calls.push(["getBalance({ signal: 'stop' })", () => provider.getBalance!({ signal: 'stop' } as never)]);
      if (provider.listInbound !== undefined) calls.push(['listInbound(42)', () => provider.listInbound!(42 as never)]);
      for (const [name, call] of calls) {
        const error = await caught(call);
        expect({ name, code: error.code, outcome: error.outcome }).toEqual({
          name,
          code: 'INVALID_INPUT',
          outcome: 'not-sent',
        });
      }
    });

    // The suite runs against every provider, ours and third parties'. A provider without a capability skips
    // that test with the reason in the report: passing it silently would claim a feature that is not there.
    it('sends a personalised batch, one entry per message in input order', async (test) => {
      if (context.provider.sendBatch === undefined) return test.skip(`${context.provider.id} has no sendBatch method`);
      const batch = context.recipients.slice(0, 3).map((to, index) => ({ to, text: `Conformance batch ${index + 1}` }));
      const result = await context.provider.sendBatch(batch);
      expectOnePerRecipient(result, context.provider.id, 3);
    });

    it('schedules a message and refuses a past send time', async (test) => {
      if (!context.provider.capabilities.scheduling)
        return test.skip(`${context.provider.id} cannot schedule (capabilities.scheduling is false)`);
      const result = await context.provider.send({
        to: context.recipients[0]!,
        text: 'Conformance: scheduled',
        sendAt: scheduleAt(),
      });
      expectOnePerRecipient(result, context.provider.id, 1);
      expect(result.messages[0]!.status).toBe('scheduled');
      const past = await caught(() =>
        context.provider.send({ to: context.recipients[0]!, text: 'x', sendAt: new Date(Date.now() - 60_000) }),
      );
      expect(past.code).toBe('INVALID_INPUT');
    });

    it('cancels a scheduled message from what send returned', async (test) => {
      if (context.provider.cancel === undefined) return test.skip(`${context.provider.id} has no cancel method`);
      const sent = await context.provider.send({
        to: context.recipients[1]!,
        text: 'Conformance: to cancel',
        sendAt: scheduleAt(),
      });
      const canceled = await context.provider.cancel(sent);
      expect(canceled.provider).toBe(context.provider.id);
      expect(canceled.canceled.length).toBeGreaterThan(0);
    });

    it('reports delivery status for what send returned', async (test) => {
      if (context.provider.getStatus === undefined) return test.skip(`${context.provider.id} has no getStatus method`);
      const sent = await context.provider.send({ to: context.recipients.slice(0, 2), text: 'Conformance: status' });
      const reports = await context.provider.getStatus(sent);
      expect(reports.length).toBeGreaterThanOrEqual(1);
      for (const report of reports) {
        expect(report.provider).toBe(context.provider.id);
        expect(DELIVERY_STATUSES).toContain(report.status);
        expect(sent.messages.map((message) => message.id)).toContain(report.id);
      }
    });

    it('reads the balance as a number', async (test) => {
      if (context.provider.getBalance === undefined)
        return test.skip(`${context.provider.id} has no getBalance method`);
      const balance = await context.provider.getBalance();
      expect(balance.provider).toBe(context.provider.id);
      expect(Number.isFinite(balance.amount)).toBe(true);
    });

    it('maps refused credentials to AUTHENTICATION, not-sent, without leaking them', async () => {
      const error = await caught(() =>
        context.providerWithWrongCredentials.send({ to: context.recipients[0]!, text: 'Conformance: wrong key' }),
      );
      expect(error.code).toBe('AUTHENTICATION');
      expect(error.outcome).toBe('not-sent');
      expect(error.provider).toBe(context.providerWithWrongCredentials.id);
      expectNoSecret(error, context.secrets);
      if (context.providerWithWrongCredentials.getBalance !== undefined) {
        const balanceError = await caught(() => context.providerWithWrongCredentials.getBalance!());
        expect(balanceError.code).toBe('AUTHENTICATION');
        expectNoSecret(balanceError, context.secrets);
      }
    });

    it('honours an abort signal: an aborted call sends nothing', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await caught(() =>
        context.provider.send(
          { to: context.recipients[0]!, text: 'Conformance: aborted' },
          { signal: controller.signal },
        ),
      );
      expect(error.code).toBe('ABORTED');
      expect(error.outcome).toBe('not-sent');
    });
  });
}
