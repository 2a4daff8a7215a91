import { createSmsClient, SmsError, type SendResult, type SmsProvider } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect } from './support/collected-evidence';
import {
  callTimeoutFor,
  FAULT_EXPECTATIONS,
  FAULT_KINDS,
  SLOW_DELAY_MS,
  type FaultKind,
} from './support/fault-expectations';
import { OPERATIONS, planOperation, type AttemptedMessage } from './support/fault-operations';
import {
  failureOf,
  PROVIDER_NAMES,
  recipientFor,
  recordedRecipient,
  settle,
  startReliabilityEnvironment,
  type ProviderName,
  type ReliabilityEnvironment,
  type SimulatedMessage,
} from './support/reliability-environment';
import { WRONG_API_KEYS } from './support/suite-credentials';

// Every simulator fault × every provider × every operation: the right SmsError code and outcome, the
// simulator's record matching what the client reports, and a provider that still works afterwards.
// Failover clients never move on after an `unknown` outcome and do move after a `not-sent` refusal.
let environment: ReliabilityEnvironment;
const providers = {} as Record<ProviderName, SmsProvider>;
let serial = 0;

beforeAll(async () => {
  environment = await startReliabilityEnvironment({ deliveryDelayMs: null });
  for (const name of PROVIDER_NAMES) providers[name] = environment.create(name);
});

beforeEach(() => {
  environment.simulator.reset();
  serial += 1;
});

afterAll(async () => {
  const { socketsLeftOpen, socketsOpened } = await environment.close();
  expect(socketsOpened, 'the suite reached the simulator through the counting proxy').toBeGreaterThan(0);
  expect(socketsLeftOpen, 'client sockets left open after every provider was closed').toBe(0);
});

function recordsOf(provider: ProviderName): SimulatedMessage[] {
  return environment.simulator.messages({ provider });
}

const keyOf = (to: string, text: string) => `${to}\u0000${text}`;

/** The records match the attempted messages one for one (no duplicate, none lost), ignoring order. */
function expectRecordsToBe(records: readonly SimulatedMessage[], attempted: readonly AttemptedMessage[]): void {
  expect(records.map((record) => keyOf(recordedRecipient(record), record.text)).sort()).toEqual(
    attempted.map((message) => keyOf(message.to, message.text)).sort(),
  );
}

/** Each message the client reports as sent is recorded once, under its id, for its recipient. */
function expectResultRecorded(result: SendResult, records: readonly SimulatedMessage[]): void {
  expect(result.messages.every((message) => message.id !== undefined)).toBe(true);
  const recorded = records.map((record) => `${record.id}|${recordedRecipient(record)}`).sort();
  expect(recorded).toEqual(result.messages.map((message) => `${message.id}|${message.to}`).sort());
}

describe.each(PROVIDER_NAMES)('%s under every simulator fault', (providerName) => {
  describe.each(OPERATIONS)('%s', (operation) => {
    it.each(FAULT_KINDS)('%s', async (kind: FaultKind) => {
      const provider = providers[providerName];
      const plan = planOperation(providerName, operation, serial);
      if (plan === undefined) {
        // SMS Partner has no provider-side templates: the capability is absent and the client refuses before any request.
        expect(provider.capabilities.templates).toBe(false);
        expect(provider.sendTemplate).toBeUndefined();
        environment.simulator.fault({ provider: providerName, kind });
        const client = createSmsClient({ providers: [provider] });
        const error = await failureOf(`${providerName} template unsupported`, () =>
          client.sendTemplate({ to: recipientFor(providerName, 1), template: 'otp', params: { code: '1' } }),
        );
        expect([error.code, error.outcome]).toEqual(['UNSUPPORTED', 'not-sent']);
        expect(recordsOf(providerName)).toEqual([]);
        return;
      }

      const prepared = await plan.prepare(provider);
      const before = recordsOf(providerName);
      const expectation = FAULT_EXPECTATIONS[kind];
      environment.simulator.fault({
        provider: providerName,
        kind,
        ...(kind === 'slow' ? { delayMs: SLOW_DELAY_MS } : {}),
      });
      const outcome = await settle(`${providerName} ${operation} ${kind}`, () =>
        plan.run(provider, prepared, { timeoutMs: callTimeoutFor(kind) }),
      );

      if (expectation.error === undefined) {
        expect(outcome.error).toBeUndefined();
      } else {
        expect(SmsError.isInstance(outcome.error), `${String(outcome.error)}`).toBe(true);
        const error = outcome.error as SmsError;
        expect(expectation.error.codes, error.message).toContain(error.code);
        expect({ outcome: error.outcome, provider: error.provider }).toEqual({
          outcome: expectation.error.outcome,
          provider: providerName,
        });
        if (kind === 'rate-limited') expect(error.retryAfterMs).toBe(2_000);
      }

      const after = recordsOf(providerName);
      const added = after.slice(before.length);
      if (plan.attempted.length > 0) {
        // A send: recorded exactly when the simulator acted on it, and never when the client says not-sent.
        expectRecordsToBe(added, expectation.processed ? plan.attempted : []);
        if (outcome.error === undefined) expectResultRecorded(outcome.value as SendResult, added);
      } else {
        expect(added).toEqual([]);
        if (operation === 'cancel') {
          const scheduled = after.find((record) => record.id === (prepared as SendResult).messages[0]!.id);
          expect(scheduled?.status).toBe(expectation.processed ? 'canceled' : 'scheduled');
        }
      }

      // The fault was used up by this one call, and the provider's pool recovered from it.
      const followUp = await provider.send({
        to: recipientFor(providerName, serial * 10 + 9),
        text: `fault case ${serial}: follow-up`,
      });
      expectResultRecorded(followUp, recordsOf(providerName).slice(after.length));
    });
  });

  it('reports a slow answer past the deadline as TIMEOUT with outcome unknown, and the simulator shows the message recorded once', async () => {
    const provider = providers[providerName];
    const to = recipientFor(providerName, serial * 10 + 1);
    environment.simulator.fault({ provider: providerName, kind: 'slow', delayMs: 1_500 });
    const error = await failureOf(`${providerName} slow past deadline`, () =>
      provider.send({ to, text: 'slow past the deadline' }, { timeoutMs: 300 }),
    );
    expect([error.code, error.outcome]).toEqual(['TIMEOUT', 'unknown']);
    expectRecordsToBe(recordsOf(providerName), [{ to, text: 'slow past the deadline' }]);
  });
});

describe('failover clients', () => {
  const backupOf = (primary: ProviderName): SmsProvider => {
    if (primary === 'ghasedak') return providers.smsafzar;
    if (primary === 'smsafzar') return providers.ghasedak;
    return createMemoryProvider({ id: 'memory-backup', defaultCountry: 'FR' });
  };
  const backupRecords = (backup: SmsProvider): unknown[] => {
    if (backup.id === 'memory-backup') return [...(backup as ReturnType<typeof createMemoryProvider>).messages];
    return recordsOf(backup.id as ProviderName);
  };

  describe.each(PROVIDER_NAMES)('%s first', (primaryName) => {
    it.each(FAULT_KINDS)('after %s', async (kind: FaultKind) => {
      const primary = providers[primaryName];
      const backup = backupOf(primaryName);
      const events: { name: string; willFailover?: boolean; provider: string }[] = [];
      const client = createSmsClient({
        providers: [primary, backup],
        hooks: {
          beforeSend: (event) => void collect('hook beforeSend', event),
          onSent: (event) => {
            collect('hook onSent', event);
            events.push({ name: 'sent', provider: event.provider });
          },
          onError: (event) => {
            collect('hook onError', event);
            events.push({ name: 'error', provider: event.provider, willFailover: event.willFailover });
          },
        },
      });
      const to = recipientFor(primaryName, serial * 10 + 1);
      const text = `failover case ${serial}`;
      const expectation = FAULT_EXPECTATIONS[kind];
      environment.simulator.fault({
        provider: primaryName,
        kind,
        ...(kind === 'slow' ? { delayMs: SLOW_DELAY_MS } : {}),
      });
      const outcome = await settle(`failover ${primaryName} ${kind}`, () =>
        client.send({ to, text }, { timeoutMs: callTimeoutFor(kind) }),
      );

      if (expectation.error === undefined) {
        expect((outcome.value as SendResult).provider).toBe(primaryName);
        expect(backupRecords(backup)).toEqual([]);
      } else if (expectation.error.outcome === 'not-sent') {
        // A provable refusal: the client moves on, and only the backup sent the message.
        expect(outcome.error).toBeUndefined();
        expect((outcome.value as SendResult).provider).toBe(backup.id);
        expect(events).toEqual([
          { name: 'error', provider: primaryName, willFailover: true },
          { name: 'sent', provider: backup.id },
        ]);
        expect(backupRecords(backup)).toHaveLength(1);
        expect(recordsOf(primaryName)).toEqual([]);
      } else {
        // The message may have gone out through the primary: the client must stop there.
        const error = outcome.error as SmsError;
        expect(SmsError.isInstance(error)).toBe(true);
        expect([error.outcome, error.provider]).toEqual(['unknown', primaryName]);
        expect(expectation.error.codes).toContain(error.code);
        expect(events).toEqual([{ name: 'error', provider: primaryName, willFailover: false }]);
        expect(backupRecords(backup)).toEqual([]);
        expectRecordsToBe(recordsOf(primaryName), expectation.processed ? [{ to, text }] : []);
      }
    });

    it('moves to the backup after the primary refuses its credentials (AUTHENTICATION, not-sent)', async () => {
      const primary = environment.create(primaryName, {
        apiKey: WRONG_API_KEYS[primaryName],
        id: `${primaryName}-wrong-key`,
      });
      const backup = backupOf(primaryName);
      const errors: unknown[] = [];
      const client = createSmsClient({
        providers: [primary, backup],
        hooks: { onError: (event) => void errors.push(event.error) },
      });
      const result = await client.send({ to: recipientFor(primaryName, serial * 10 + 1), text: 'after a refused key' });
      collect('failover after wrong key', errors);
      expect(result.provider).toBe(backup.id);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
      expect(recordsOf(primaryName)).toEqual([]);
      expect(backupRecords(backup)).toHaveLength(1);
    });
  });
});
