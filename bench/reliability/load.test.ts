import { createSmsClient, SmsError, type SendResult } from '@sms/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collect } from './support/collected-evidence';
import {
  recipientFor,
  startReliabilityEnvironment,
  type ReliabilityEnvironment,
} from './support/reliability-environment';

// 10,000 sends started at once through a failover client (Ghasedak, then SMSAfzar) against the simulator,
// with faults on the way: every send ends in a result or an error, every result is recorded exactly once by
// the provider that returned it, rate-limited sends moved to SMSAfzar, and sends whose outcome is unknown
// never did.
const SENDS = 10_000;
const RATE_LIMITED = 200;
const SERVER_ERRORS = 50;
const ACCEPTED_THEN_DROPPED = 20;
const CONNECTIONS = 32;

let environment: ReliabilityEnvironment;

beforeAll(async () => {
  // The default balances pay for a few thousand messages; this test sends 10,000.
  environment = await startReliabilityEnvironment({
    deliveryDelayMs: null,
    balance: { ghasedak: 1_000_000_000, smsafzar: 1_000_000_000 },
  });
});

afterAll(async () => {
  const { socketsLeftOpen } = await environment.close();
  expect(socketsLeftOpen).toBe(0);
});

it('accounts for every one of 10,000 concurrent sends through a failover client', async () => {
  const { simulator } = environment;
  const ghasedak = environment.create('ghasedak');
  const smsafzar = environment.create('smsafzar');
  const client = createSmsClient({ providers: [ghasedak, smsafzar] });
  // Faults are used in the order they were added: 200 refusals, then 50 server errors, then 20 drops.
  simulator.fault({ provider: 'ghasedak', path: 'v2/sms/send/simple', kind: 'rate-limited', times: RATE_LIMITED });
  simulator.fault({ provider: 'ghasedak', path: 'v2/sms/send/simple', kind: 'server-error', times: SERVER_ERRORS });
  simulator.fault({
    provider: 'ghasedak',
    path: 'v2/sms/send/simple',
    kind: 'accept-then-drop',
    times: ACCEPTED_THEN_DROPPED,
  });

  const texts = Array.from({ length: SENDS }, (_, index) => `load message ${index}`);
  const outcomes = await Promise.allSettled(
    texts.map((text, index) => client.send({ to: recipientFor('ghasedak', index), text })),
  );
  expect(outcomes).toHaveLength(SENDS);

  const results = new Map<string, SendResult>();
  const errors = new Map<string, SmsError>();
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') results.set(texts[index]!, outcome.value);
    else {
      collect('load failure', outcome.reason);
      errors.set(texts[index]!, outcome.reason as SmsError);
    }
  });
  expect(results.size + errors.size).toBe(SENDS);

  // Every failure is a send that may have gone out through Ghasedak; none was retried elsewhere.
  const kinds = new Map<string, number>();
  for (const error of errors.values()) {
    const kind = SmsError.isInstance(error)
      ? `${error.provider} ${error.code} ${error.outcome}`
      : `not an SmsError: ${String(error)}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  expect(Object.fromEntries(kinds)).toEqual({
    'ghasedak PROVIDER_ERROR unknown': SERVER_ERRORS,
    'ghasedak NETWORK unknown': ACCEPTED_THEN_DROPPED,
  });
  expect(errors.size).toBe(SERVER_ERRORS + ACCEPTED_THEN_DROPPED);

  const recorded = {
    ghasedak: simulator.messages({ provider: 'ghasedak' }),
    smsafzar: simulator.messages({ provider: 'smsafzar' }),
  };
  const recordedTexts = [...recorded.ghasedak, ...recorded.smsafzar].map((message) => message.text);
  expect(new Set(recordedTexts).size, 'a text recorded twice').toBe(recordedTexts.length);

  const viaSmsAfzar = [...results.values()].filter((result) => result.provider === 'smsafzar');
  expect(viaSmsAfzar).toHaveLength(RATE_LIMITED);
  expect(recorded.smsafzar).toHaveLength(RATE_LIMITED);
  // Results match the records by id and text, one for one.
  const recordById = new Map(
    [...recorded.ghasedak, ...recorded.smsafzar].map((message) => [`${message.provider}|${message.id}`, message.text]),
  );
  for (const [text, result] of results) {
    expect(result.messages).toHaveLength(1);
    expect(recordById.get(`${result.provider}|${result.messages[0]!.id}`)).toBe(text);
  }
  // Ghasedak recorded every send it answered, plus the ones it accepted and then dropped (reported unknown).
  expect(recorded.ghasedak).toHaveLength(results.size - RATE_LIMITED + ACCEPTED_THEN_DROPPED);
  const unknownButRecorded = recorded.ghasedak.filter((message) => errors.has(message.text));
  expect(unknownButRecorded).toHaveLength(ACCEPTED_THEN_DROPPED);

  // The pools stayed within their `connections` bound (32 each), dropped sockets aside.
  expect(environment.proxy.peakOpen()).toBeLessThanOrEqual(2 * CONNECTIONS + ACCEPTED_THEN_DROPPED);
});
