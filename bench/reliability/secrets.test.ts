import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { createSmsClient, SmsError, type SmsProvider, type WebhookRequest } from '@sms/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect, collectedEvidence, findLeaks } from './support/collected-evidence';
import { callTimeoutFor, FAULT_KINDS } from './support/fault-expectations';
import { scheduledTime } from './support/fault-operations';
import {
  failureOf,
  PROVIDER_NAMES,
  recipientFor,
  settle,
  startReliabilityEnvironment,
  type ReliabilityEnvironment,
} from './support/reliability-environment';
import { SUITE_CREDENTIALS, SUITE_SECRETS, WRONG_API_KEYS } from './support/suite-credentials';

// Every fault but `slow`, which answers in time and so leaves no error to look into.
const FAULTS_THAT_FAIL = FAULT_KINDS.filter((kind) => kind !== 'slow');

// The credentials of the whole suite never appear in an error (String, JSON, util.inspect, stack, causes,
// partial results), a log line, a hook payload or a webhook answer. Every reliability file collects what it
// sees and support/setup-reliability.ts scans it after the file; this file provokes the paths most likely
// to leak: refused credentials, keys in query strings, JWTs, every fault on every read endpoint, hooks and
// delivery receipts.
let environment: ReliabilityEnvironment;
let receiver: { url: string; requests: WebhookRequest[]; close(): Promise<void> };

async function startWebhookReceiver(): Promise<typeof receiver> {
  const requests: WebhookRequest[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://receiver');
      requests.push({
        method: request.method ?? 'POST',
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
        query: Object.fromEntries(url.searchParams),
      });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  environment = await startReliabilityEnvironment({ deliveryDelayMs: null });
  receiver = await startWebhookReceiver();
});
beforeEach(() => environment.simulator.reset());
afterAll(async () => {
  await receiver.close();
  const { socketsLeftOpen } = await environment.close();
  expect(socketsLeftOpen).toBe(0);
});

function expectNoLeak(label: string, value: unknown): void {
  collect(label, value);
  expect(findLeaks(SUITE_SECRETS, [{ label, value }])).toEqual([]);
}

describe('secrets never leak', () => {
  it.each(PROVIDER_NAMES)('%s: a refused API key is not in the AUTHENTICATION error', async (name) => {
    const provider = environment.create(name, { apiKey: WRONG_API_KEYS[name] });
    const error = await failureOf(`${name} wrong key`, () =>
      provider.send({ to: recipientFor(name, 1), text: 'wrong key' }),
    );
    expect([error.code, error.outcome]).toEqual(['AUTHENTICATION', 'not-sent']);
    expectNoLeak(`${name} wrong key error`, error);
    // Every provider here has getBalance: checked, so that losing it fails the test instead of skipping the check.
    const getBalance = provider.getBalance?.bind(provider);
    expect(getBalance).toBeTypeOf('function');
    expectNoLeak(`${name} wrong key balance`, await failureOf(`${name} wrong key balance`, () => getBalance!()));
  });

  it('SMSAfzar JWT mode: a refused password and the issued token stay out of errors', async () => {
    const wrong = environment.create('smsafzar', {
      jwt: {
        userName: SUITE_CREDENTIALS.smsafzarUserName,
        password: SUITE_CREDENTIALS.wrongSmsafzarPassword,
        domain: SUITE_CREDENTIALS.smsafzarDomain,
      },
    });
    const refused = await failureOf('smsafzar jwt wrong password', () =>
      wrong.send({ to: recipientFor('smsafzar', 1), text: 'jwt' }),
    );
    expect(refused.code).toBe('AUTHENTICATION');
    expectNoLeak('smsafzar jwt wrong password', refused);

    const provider = environment.create('smsafzar', {
      jwt: {
        userName: SUITE_CREDENTIALS.smsafzarUserName,
        password: SUITE_CREDENTIALS.smsafzarPassword,
        domain: SUITE_CREDENTIALS.smsafzarDomain,
      },
    });
    const tokenText = (await provider.native.auth.token()).token;
    collect('smsafzar token (not a suite secret itself)', { length: tokenText.length });
    const secrets = [...SUITE_SECRETS, tokenText];
    for (const kind of FAULTS_THAT_FAIL) {
      environment.simulator.fault({ provider: 'smsafzar', kind, path: 'messages/send' });
      const error = await failureOf(`smsafzar jwt ${kind}`, () =>
        provider.send({ to: recipientFor('smsafzar', 2), text: `jwt ${kind}` }, { timeoutMs: callTimeoutFor(kind) }),
      );
      expect(findLeaks(secrets, [{ label: kind, value: error }])).toEqual([]);
    }
  });

  it.each(PROVIDER_NAMES)(
    '%s: every fault on every read endpoint (balance, status, cancel) keeps the key out of the error',
    async (name) => {
      const provider = environment.create(name);
      const sent = await provider.send({ to: recipientFor(name, 3), text: 'to query' });
      const scheduled = await provider.send({ to: recipientFor(name, 4), text: 'to cancel', sendAt: scheduledTime() });
      const calls: [string, (options: { timeoutMs: number }) => Promise<unknown>][] = [
        ['balance', (options) => provider.getBalance!(options)],
        ['status', (options) => provider.getStatus!(sent, options)],
        ['cancel', (options) => provider.cancel!(scheduled, options)],
      ];
      for (const kind of FAULTS_THAT_FAIL) {
        for (const [operation, call] of calls) {
          environment.simulator.fault({ provider: name, kind });
          const outcome = await settle(`${name} ${operation} ${kind}`, () => call({ timeoutMs: callTimeoutFor(kind) }));
          // A fault the simulator applies after acting (malformed body on cancel) may still fail; either way nothing leaks.
          expect(outcome.error === undefined || SmsError.isInstance(outcome.error)).toBe(true);
          expectNoLeak(`${name} ${operation} ${kind}`, outcome.error ?? outcome.value);
        }
      }
    },
  );

  it('hook payloads of a client over all three providers hold no credential', async () => {
    const payloads: unknown[] = [];
    const hook = (name: string) => (event: unknown) => {
      payloads.push(event);
      collect(`hook ${name}`, event);
    };
    const providers: SmsProvider[] = PROVIDER_NAMES.map((name) => environment.create(name));
    const client = createSmsClient({
      providers,
      hooks: { beforeSend: hook('beforeSend'), onSent: hook('onSent'), onError: hook('onError') },
    });
    await client.send({ to: recipientFor('ghasedak', 5), text: 'hooked' });
    environment.simulator.fault({ provider: 'ghasedak', kind: 'rate-limited' });
    await client.send({ to: recipientFor('ghasedak', 6), text: 'hooked after a refusal' });
    environment.simulator.fault({ provider: 'ghasedak', kind: 'server-error' });
    await failureOf('hooked server error', () =>
      client.send({ to: recipientFor('ghasedak', 7), text: 'hooked server error' }),
    );
    await client.send({ to: recipientFor('smspartner', 8), text: 'hooked abroad' }, { provider: 'smspartner' });
    expect(payloads.length).toBeGreaterThanOrEqual(7);
    for (const payload of payloads) expectNoLeak('hook payload', payload);
  });

  it('SMS Partner delivery receipts and replies, and what parseWebhook makes of them, hold no credential', async () => {
    const provider = environment.create('smspartner', {
      urlDlr: `${receiver.url}/dlr`,
      urlResponse: `${receiver.url}/reply`,
    });
    const to = recipientFor('smspartner', 9);
    const sent = await provider.send({ to, text: 'receipt please' });
    environment.simulator.deliver(sent.messages[0]!.id!, to);
    environment.simulator.receive({ provider: 'smspartner', from: to, text: 'a reply' });
    await eventually(() => receiver.requests.length >= 2);
    for (const request of receiver.requests) {
      expectNoLeak('webhook request from the simulator', request);
      const events = await provider.parseWebhook!(request);
      expect(events.length).toBeGreaterThan(0);
      expectNoLeak('parseWebhook events', events);
    }
    expectNoLeak('simulator webhook log', environment.simulator.webhooks());
  });

  it.each(PROVIDER_NAMES)('%s: logging the provider object itself shows no credential', (name) => {
    const provider = environment.create(name);
    expectNoLeak(`${name} provider object`, inspect(provider, { depth: 6, showHidden: true }));
  });

  it('the suite collected enough to make the scan meaningful, and none of it leaks', () => {
    const evidence = collectedEvidence();
    expect(evidence.length).toBeGreaterThan(50);
    expect(findLeaks(SUITE_SECRETS, evidence)).toEqual([]);
  });
});
