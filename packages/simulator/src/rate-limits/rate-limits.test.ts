import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator';
import { startSimulator } from '../start-simulator';
import { formCall, getCall, jsonCall } from '../test-support/http-call';

let simulator: Simulator | undefined;
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

const ghasedakSend = (running: Simulator) =>
  formCall(
    `${running.baseUrls.ghasedak}/v2/sms/send/simple`,
    { message: 'test', receptor: '09111111111' },
    { apikey: 'ghasedak-test-key' },
  );
const smsafzarSend = (running: Simulator) =>
  jsonCall(
    `${running.baseUrls.smsafzar}/messages/send`,
    { senderNumber: '10001000', recipientNumber: '09100000000', content: 'x' },
    { 'x-api-key': 'smsafzar-test-key' },
  );
const smspartnerSend = (running: Simulator) =>
  jsonCall(`${running.baseUrls.smspartner}/v1/send`, {
    apiKey: 'smspartner-test-key',
    phoneNumbers: '0600000000',
    message: 'x',
  });

// A manual clock makes every decision exact: requests "arrive" at the instant the test sets.
describe('rateLimits', () => {
  it('accepts `burst` requests at once, refuses the next with Ghasedak 429 and Retry-After, and records nothing for it', async () => {
    simulator = await startSimulator({
      clock: 'manual',
      deliveryDelayMs: null,
      rateLimits: { ghasedak: { requestsPerSecond: 2, burst: 2 } },
    });
    expect((await ghasedakSend(simulator)).status).toBe(200);
    expect((await ghasedakSend(simulator)).status).toBe(200);
    const refused = await ghasedakSend(simulator);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.json).toEqual({ result: { code: 429, message: 'too many requests' }, items: null });
    expect(simulator.messages()).toHaveLength(2);

    // One interval (500 ms) frees one place, not two.
    simulator.clock.advance(500);
    expect((await ghasedakSend(simulator)).status).toBe(200);
    expect((await ghasedakSend(simulator)).status).toBe(429);

    const start = simulator.clock.now().getTime() - 500;
    const log = simulator.rateLimitLog('ghasedak');
    expect(log).toMatchObject({ accepted: 3, refused: 2 });
    expect(log.requests).toEqual([
      { at: start, path: 'v2/sms/send/simple', accepted: true },
      { at: start, path: 'v2/sms/send/simple', accepted: true },
      { at: start, path: 'v2/sms/send/simple', accepted: false },
      { at: start + 500, path: 'v2/sms/send/simple', accepted: true },
      { at: start + 500, path: 'v2/sms/send/simple', accepted: false },
    ]);
  });

  it('spaces requests at 1/R with the default burst of 1, over every endpoint of the provider', async () => {
    simulator = await startSimulator({ clock: 'manual', rateLimits: { smspartner: { requestsPerSecond: 10 } } });
    const accepted: number[] = [];
    for (let step = 0; step < 20; step += 1) {
      const answer =
        step % 2 === 0
          ? await smspartnerSend(simulator)
          : await getCall(`${simulator.baseUrls.smspartner}/v1/me?apiKey=smspartner-test-key`);
      if (answer.status === 200) accepted.push(step);
      simulator.clock.advance(50);
    }
    // 20 requests 50 ms apart against 10/s: every other one goes through.
    expect(accepted).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(simulator.rateLimitLog('smspartner')).toMatchObject({ accepted: 10, refused: 10 });
  });

  it("answers each provider's own 429 shape, with the configured Retry-After", async () => {
    simulator = await startSimulator({
      clock: 'manual',
      rateLimits: {
        smsafzar: { requestsPerSecond: 1, retryAfterSeconds: 7 },
        smspartner: { requestsPerSecond: 1, retryAfterSeconds: 3 },
      },
    });
    await smsafzarSend(simulator);
    const afzar = await smsafzarSend(simulator);
    expect(afzar.status).toBe(429);
    expect(afzar.headers.get('retry-after')).toBe('7');
    expect(afzar.json.errorCode).toBe(429);
    await smspartnerSend(simulator);
    const partner = await smspartnerSend(simulator);
    expect(partner.status).toBe(429);
    expect(partner.headers.get('retry-after')).toBe('3');
    expect(partner.json).toMatchObject({ success: false, code: 429 });
    // Ghasedak has no limit here: no log, no refusal.
    expect((await ghasedakSend(simulator)).status).toBe(200);
    expect(simulator.rateLimitLog('ghasedak')).toEqual({ accepted: 0, refused: 0, requests: [] });
  });

  it('reset() forgets the log and frees the limit', async () => {
    simulator = await startSimulator({ clock: 'manual', rateLimits: { ghasedak: { requestsPerSecond: 1 } } });
    await ghasedakSend(simulator);
    expect((await ghasedakSend(simulator)).status).toBe(429);
    simulator.reset();
    expect(simulator.rateLimitLog('ghasedak')).toEqual({ accepted: 0, refused: 0, requests: [] });
    expect((await ghasedakSend(simulator)).status).toBe(200);
  });

  it('refuses settings it cannot apply', async () => {
    await expect(startSimulator({ rateLimits: { ghasedak: { requestsPerSecond: 0 } } })).rejects.toThrow(
      /requestsPerSecond must be a number above 0/,
    );
    await expect(startSimulator({ rateLimits: { ghasedak: { requestsPerSecond: 5, burst: 0.5 } } })).rejects.toThrow(
      RangeError,
    );
    await expect(startSimulator({ rateLimits: { kavenegar: { requestsPerSecond: 5 } } as never })).rejects.toThrow(
      /rateLimits takes ghasedak, smsafzar, smspartner/,
    );
  });
});
