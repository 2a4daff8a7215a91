import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator';
import { startSimulator } from '../start-simulator';
import { formCall, getCall, jsonCall } from '../test-support/http-call';

let simulator: Simulator;

beforeEach(async () => {
  simulator = await startSimulator({ deliveryDelayMs: null });
});

afterEach(async () => {
  await simulator.close();
});

const ghasedakSend = (signal?: AbortSignal) =>
  fetch(`${simulator.baseUrls.ghasedak}/v2/sms/send/simple`, {
    method: 'POST',
    headers: { apikey: 'ghasedak-test-key', 'content-type': 'application/x-www-form-urlencoded' },
    body: 'message=test&receptor=09111111111',
    ...(signal ? { signal } : {}),
  });
const smsafzarSend = () =>
  jsonCall(
    `${simulator.baseUrls.smsafzar}/messages/send`,
    { senderNumber: '10001000', recipientNumber: '09100000000', content: 'x' },
    { 'x-api-key': 'smsafzar-test-key' },
  );
const smspartnerSend = () =>
  jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, {
    apiKey: 'smspartner-test-key',
    phoneNumbers: '0600000000',
    message: 'x',
  });

describe('faults', () => {
  it("server-error: HTTP 500 with each provider's envelope, nothing recorded, `times` requests long", async () => {
    simulator.fault({ provider: 'ghasedak', kind: 'server-error', times: 2 });
    simulator.fault({ provider: 'smspartner', kind: 'server-error' });
    const first = await ghasedakSend();
    expect(first.status).toBe(500);
    expect(await first.json()).toEqual({ result: { code: 500, message: 'error! Exception' }, items: [10] });
    expect((await ghasedakSend()).status).toBe(500);
    expect((await ghasedakSend()).status).toBe(200);
    const partner = await smspartnerSend();
    expect(partner.status).toBe(500);
    expect(partner.json).toEqual({ success: false, code: 500, message: "Problème lors de la mise en file d'attente" });
    expect(simulator.messages().map((message) => message.provider)).toEqual(['ghasedak']);
  });

  it('bad-gateway-html: HTTP 502 with an HTML page', async () => {
    simulator.fault({ provider: 'smsafzar', kind: 'bad-gateway-html' });
    const answer = await smsafzarSend();
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('<title>502 Bad Gateway</title>');
    expect(simulator.messages()).toHaveLength(0);
  });

  it('rate-limited: HTTP 429 with Retry-After: 2', async () => {
    simulator.fault({ provider: 'smsafzar', kind: 'rate-limited' });
    simulator.fault({ provider: 'ghasedak', kind: 'rate-limited' });
    const afzar = await smsafzarSend();
    expect(afzar.status).toBe(429);
    expect(afzar.headers.get('retry-after')).toBe('2');
    expect(afzar.json.errorCode).toBe(429);
    const ghasedak = await ghasedakSend();
    expect(ghasedak.status).toBe(429);
    expect(ghasedak.headers.get('retry-after')).toBe('2');
    expect(simulator.messages()).toHaveLength(0);
  });

  it('no-answer: the request hangs until the client gives up; nothing is recorded', async () => {
    simulator.fault({ provider: 'ghasedak', kind: 'no-answer' });
    await expect(ghasedakSend(AbortSignal.timeout(300))).rejects.toThrow();
    expect(simulator.messages()).toHaveLength(0);
    expect((await ghasedakSend()).status).toBe(200);
  });

  it('drop-connection: the socket closes before the request is read; nothing is recorded', async () => {
    simulator.fault({ provider: 'smspartner', path: '/v1/send/', kind: 'drop-connection' });
    await expect(smspartnerSend()).rejects.toThrow();
    expect(simulator.messages()).toHaveLength(0);
    expect((await smspartnerSend()).status).toBe(200);
  });

  it('accept-then-drop: the message is recorded, then the socket closes before any answer', async () => {
    simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'accept-then-drop' });
    await expect(smsafzarSend()).rejects.toThrow();
    expect(simulator.messages()).toHaveLength(1);
    expect(simulator.messages()[0]).toMatchObject({ provider: 'smsafzar', recipient: '09100000000', status: 'sent' });
  });

  it('malformed-body: HTTP 200 whose body is not JSON; the message is recorded', async () => {
    simulator.fault({ provider: 'ghasedak', path: 'v2/sms/send/simple', kind: 'malformed-body' });
    const answer = await ghasedakSend();
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(simulator.messages()).toHaveLength(1);
  });

  it('slow: the normal answer comes after delayMs; a client that gives up first still had its message recorded', async () => {
    simulator.fault({ provider: 'ghasedak', kind: 'slow', delayMs: 1500 });
    await expect(ghasedakSend(AbortSignal.timeout(100))).rejects.toThrow();
    expect(simulator.messages()).toHaveLength(1);
    simulator.fault({ provider: 'ghasedak', kind: 'slow', delayMs: 50 });
    const answer = await ghasedakSend();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ result: { code: 200, message: 'success' }, items: [2578793736] });
  });

  it('a path limits the fault to one endpoint; clearFaults removes every fault', async () => {
    simulator.fault({ provider: 'smspartner', path: 'v1/send', kind: 'server-error', times: 5 });
    expect((await getCall(`${simulator.baseUrls.smspartner}/v1/me?apiKey=smspartner-test-key`)).status).toBe(200);
    expect((await smspartnerSend()).status).toBe(500);
    simulator.clearFaults();
    expect((await smspartnerSend()).status).toBe(200);
  });

  it('matches the SMSAfzar cancel endpoint whatever the batch id', async () => {
    simulator.fault({ provider: 'smsafzar', path: 'messages/send/scheduled', kind: 'rate-limited' });
    const answer = await getCall(
      `${simulator.baseUrls.smsafzar}/messages/send/scheduled/abc`,
      { 'x-api-key': 'smsafzar-test-key' },
      'DELETE',
    );
    expect(answer.status).toBe(429);
  });

  it('refuses an unknown kind, provider or count', () => {
    expect(() => simulator.fault({ provider: 'ghasedak', kind: 'explode' as never })).toThrow(
      /kind must be one of server-error/,
    );
    expect(() => simulator.fault({ provider: 'nope' as never, kind: 'slow' })).toThrow(TypeError);
    expect(() => simulator.fault({ provider: 'ghasedak', kind: 'slow', times: 0 })).toThrow(RangeError);
  });

  it('keeps serving after a dropped connection from a raw client', async () => {
    simulator.fault({ provider: 'ghasedak', kind: 'drop-connection' });
    const error = await new Promise<Error>((resolve) => {
      const outgoing = request(`${simulator.baseUrls.ghasedak}/v2/account/info`, {
        headers: { apikey: 'ghasedak-test-key' },
      });
      outgoing.on('error', resolve);
      outgoing.end();
    });
    expect(error.message).toMatch(/socket hang up|ECONNRESET/);
    expect(
      (await formCall(`${simulator.baseUrls.ghasedak}/v2/account/info`, {}, { apikey: 'ghasedak-test-key' })).status,
    ).toBe(200);
  });
});
