import { createSmsClient } from '@sms/core';
import { startSimulator, type Simulator } from '@sms/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { createGhasedak } from './create-ghasedak';
import type { GhasedakProvider } from './ghasedak-provider';

// The client-side rate limit (core's HTTP client) against the simulator's provider-side one, same rate. The
// simulator's burst is the provider's tolerance for unevenness; the client keeps a smaller one, so the time a
// request spends between its turn and the provider (event loop, sockets: tens of ms on a loaded machine) is
// absorbed and never puts it past the provider's limit.
let simulator: Simulator | undefined;
let provider: GhasedakProvider | undefined;

afterEach(async () => {
  await provider?.close();
  await simulator?.close();
  provider = undefined;
  simulator = undefined;
});

async function start(
  providerLimit: { requestsPerSecond: number; burst: number },
  clientLimit: { requestsPerSecond: number; burst: number },
) {
  simulator = await startSimulator({ deliveryDelayMs: null, rateLimits: { ghasedak: providerLimit } });
  provider = createGhasedak({
    baseUrl: simulator.baseUrls.ghasedak,
    apiKey: simulator.credentials.ghasedak.apiKey,
    lineNumber: '30005088',
    timeoutMs: 30_000,
    rateLimit: clientLimit,
  });
  return { simulator, provider };
}

const mobile = (index: number): string => `0912${String(1_000_000 + index)}`;

describe('Ghasedak rateLimit setting', () => {
  it.each([{ requestsPerSecond: 0 }, { requestsPerSecond: 10, burst: 0 }, 'fast'])(
    'refuses %j at creation with INVALID_INPUT',
    (rateLimit) => {
      expect(() => createGhasedak({ apiKey: 'k', rateLimit: rateLimit as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', provider: 'ghasedak' }),
      );
      // The gateway's HTTP client takes the same setting.
      expect(() => createGhasedak({ api: 'gateway', apiKey: 'k', rateLimit: rateLimit as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', provider: 'ghasedak' }),
      );
    },
  );

  it('spaces the gateway’s requests too: 3 sends at 1 per second with no burst reach the simulator a second apart', async () => {
    simulator = await startSimulator({
      deliveryDelayMs: null,
      rateLimits: { 'ghasedak-gateway': { requestsPerSecond: 10, burst: 10 } },
    });
    const gateway = createGhasedak({
      api: 'gateway',
      apiKey: simulator.credentials.ghasedak.apiKey,
      baseUrl: simulator.baseUrls.ghasedakGateway,
      lineNumber: '30005088',
      rateLimit: { requestsPerSecond: 1 },
    });
    try {
      for (let index = 0; index < 3; index += 1) await gateway.send({ to: mobile(index), text: 'paced' });
      const log = simulator.rateLimitLog('ghasedak-gateway');
      expect(log.refused).toBe(0);
      const times = log.requests.map((request) => request.at);
      expect(times).toHaveLength(3);
      // At 1 request/s, each request leaves at least (almost) a second after the one before.
      for (let index = 1; index < times.length; index += 1)
        expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(900);
    } finally {
      await gateway.close();
    }
  });
});

describe('Ghasedak with rateLimit against the simulator’s rate limit', () => {
  it('counts each request of a chunked send: 250 recipients (3 requests) and a balance call, none refused', async () => {
    // Were the send counted once, its three requests would leave together (concurrency 8) with the balance
    // call, and the fourth would be past the provider's burst of 3.
    const { simulator, provider } = await start(
      { requestsPerSecond: 10, burst: 3 },
      { requestsPerSecond: 10, burst: 1 },
    );
    const recipients = Array.from({ length: 250 }, (_, index) => mobile(index));
    const [sent] = await Promise.all([provider.send({ to: recipients, text: 'Bulk' }), provider.getBalance()]);
    expect(sent.messages).toHaveLength(250);
    const log = simulator.rateLimitLog('ghasedak');
    expect(log).toMatchObject({ accepted: 4, refused: 0 });
  });

  it('500 concurrent sends through the client at 50 requests/s: no 429, the rate within 5 % of 50/s', async () => {
    const rate = 50;
    const { simulator, provider } = await start(
      { requestsPerSecond: rate, burst: 10 },
      { requestsPerSecond: rate, burst: 2 },
    );
    const client = createSmsClient({ providers: provider });
    const results = await Promise.allSettled(
      Array.from({ length: 500 }, (_, index) => client.send({ to: mobile(index), text: `Code ${index}` })),
    );
    const failures = results.filter((result) => result.status === 'rejected');
    expect(failures).toEqual([]);

    const log = simulator.rateLimitLog('ghasedak');
    expect(log).toMatchObject({ accepted: 500, refused: 0 });
    const times = log.requests.map((request) => request.at);
    const achieved = ((times.length - 1) / (times.at(-1)! - times[0]!)) * 1000;
    console.log(
      `rate limit ${rate}/s: 500 sends in ${((times.at(-1)! - times[0]!) / 1000).toFixed(2)} s, ` +
        `${achieved.toFixed(2)} requests/s (${((achieved / rate - 1) * 100).toFixed(2)} %), ${log.refused} answered 429`,
    );
    expect(Math.abs(achieved / rate - 1)).toBeLessThanOrEqual(0.05);
  }, 30_000);
});
