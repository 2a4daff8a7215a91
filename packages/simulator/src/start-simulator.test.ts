import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from './simulator';
import { startSimulator } from './start-simulator';
import { formCall, jsonCall } from './test-support/http-call';

const started: Simulator[] = [];
async function start(options: Parameters<typeof startSimulator>[0] = {}): Promise<Simulator> {
  const simulator = await startSimulator(options);
  started.push(simulator);
  return simulator;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((simulator) => simulator.close()));
});

const ghasedakSend = (simulator: Simulator, fields: Record<string, string>) =>
  formCall(`${simulator.baseUrls.ghasedak}/v2/sms/send/simple`, fields, {
    apikey: simulator.credentials.ghasedak.apiKey,
  });

describe('startSimulator', () => {
  it('listens on 127.0.0.1 with a free port and gives base URLs and the default credentials', async () => {
    const simulator = await start();
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(simulator.baseUrls).toEqual({
      ghasedak: `${simulator.url}/ghasedak`,
      ghasedakGateway: `${simulator.url}/ghasedak-gateway/rest/api/v1/WebService/`,
      smsafzar: `${simulator.url}/smsafzar`,
      smspartner: `${simulator.url}/smspartner`,
    });
    expect(simulator.credentials).toEqual({
      ghasedak: { apiKey: 'ghasedak-test-key' },
      smsafzar: {
        apiKey: 'smsafzar-test-key',
        userName: 'smsafzar-user',
        password: 'smsafzar-password',
        domain: 'sms.smsafzar',
      },
      smspartner: { apiKey: 'smspartner-test-key' },
    });
    expect([simulator.balance('ghasedak'), simulator.balance('smsafzar'), simulator.balance('smspartner')]).toEqual([
      1_000_000, 1_000_000, 100,
    ]);
  });

  it('takes other API keys, templates and balances', async () => {
    const simulator = await start({
      apiKeys: { ghasedak: ['k1', 'k2'] },
      templates: { ghasedak: { code: { text: 'Code %param1% / %param2%' } } },
      balance: { ghasedak: 500 },
    });
    expect(simulator.credentials.ghasedak.apiKey).toBe('k1');
    const answer = await formCall(
      `${simulator.baseUrls.ghasedak}/v2/verification/send/simple`,
      { receptor: '09111111111', type: '1', template: 'code', param1: 'A', param2: 'B' },
      { apikey: 'k2' },
    );
    expect(answer.json.result.code).toBe(200);
    expect(simulator.messages()[0]?.text).toBe('Code A / B');
    expect(simulator.balance('ghasedak')).toBe(345);
  });

  it('takes one API key given as a string whole, and never accepts a part of it', async () => {
    const simulator = await start({
      apiKeys: { ghasedak: 'sim-gh-key', smsafzar: 'sim-afzar-key', smspartner: 'sim-sp-key' },
    });
    expect(simulator.credentials.ghasedak.apiKey).toBe('sim-gh-key');
    expect(simulator.credentials.smsafzar.apiKey).toBe('sim-afzar-key');
    expect(simulator.credentials.smspartner.apiKey).toBe('sim-sp-key');
    const ghasedak = (apikey: string) => formCall(`${simulator.baseUrls.ghasedak}/v2/account/info`, {}, { apikey });
    const smsafzar = (key: string) =>
      fetch(`${simulator.baseUrls.smsafzar}/account/balance`, { headers: { 'x-api-key': key } });
    const smspartner = (apiKey: string) =>
      fetch(`${simulator.baseUrls.smspartner}/v1/me?apiKey=${apiKey}`).then(async (answer) => answer.json());

    expect((await ghasedak('gh')).status).toBe(401);
    expect((await ghasedak('sim-gh-key')).status).toBe(200);
    expect((await smsafzar('afzar')).status).toBe(401);
    expect((await smsafzar('sim-afzar-key')).status).toBe(200);
    expect(await smspartner('sp')).toMatchObject({ success: false, code: 10 });
    expect(await smspartner('sim-sp-key')).toMatchObject({ success: true });
  });

  it('refuses list options that are neither a string nor a list of non-empty strings', async () => {
    await expect(startSimulator({ apiKeys: { ghasedak: 42 as unknown as string } })).rejects.toThrow(
      /apiKeys\.ghasedak must be a string or a list of strings; got number/,
    );
    await expect(startSimulator({ apiKeys: { smspartner: [''] } })).rejects.toThrow(
      /every entry of apiKeys\.smspartner must be a non-empty string/,
    );
    await expect(startSimulator({ apiKeys: { smsafzar: '' } })).rejects.toThrow(TypeError);
    await expect(startSimulator({ smsafzarAccess: { deniedMethods: {} as unknown as string[] } })).rejects.toThrow(
      /smsafzarAccess\.deniedMethods/,
    );
  });

  it('reads the other list options given as one string as one entry', async () => {
    const simulator = await start({ smsafzarAccess: { deniedMethods: 'messages/send/bulk' } });
    const key = { 'x-api-key': simulator.credentials.smsafzar.apiKey };
    const bulk = await jsonCall(
      `${simulator.baseUrls.smsafzar}/messages/send/bulk`,
      { senderNumbers: ['10001000'], recipientNumbers: ['09100000000'], contents: ['x'] },
      key,
    );
    // 'messages/send' is a part of the denied method's name, not the denied method.
    const single = await jsonCall(
      `${simulator.baseUrls.smsafzar}/messages/send`,
      { senderNumber: '10001000', recipientNumber: '09100000000', content: 'x' },
      key,
    );
    expect(bulk.status).toBe(403);
    expect(single.status).toBe(200);
  });

  it('real clock: a sent message is delivered after deliveryDelayMs', async () => {
    const simulator = await start({ deliveryDelayMs: 20 });
    await ghasedakSend(simulator, { message: 'x', receptor: '09111111111' });
    await expect.poll(() => simulator.messages()[0]?.status, { timeout: 5000 }).toBe('delivered');
    expect(() => simulator.clock.advance(1)).toThrow(/clock: 'manual'/);
  });

  it('deliveryDelayMs null: a message stays sent until deliver(id) or fail(id)', async () => {
    const simulator = await start({ clock: 'manual', deliveryDelayMs: null });
    await ghasedakSend(simulator, { message: 'a', receptor: '09111111111' });
    await ghasedakSend(simulator, { message: 'b', receptor: '09111111112' });
    simulator.clock.advance(3_600_000);
    expect(simulator.messages().map((message) => message.status)).toEqual(['sent', 'sent']);
    expect(simulator.deliver('2578793735').map((message) => message.status)).toEqual(['delivered']);
    expect(simulator.fail('2578793736').map((message) => message.status)).toEqual(['failed']);
    expect(simulator.deliver('2578793735')).toHaveLength(1);
    expect(() => simulator.deliver('2578793736')).toThrow(/is failed; only a sent message can be marked delivered/);
    expect(() => simulator.deliver('1')).toThrow(/No simulated message has id 1/);
  });

  it('refuses to deliver a scheduled message before its time', async () => {
    const simulator = await start({ clock: 'manual' });
    const at = Math.floor(simulator.clock.now().getTime() / 1000) + 600;
    await ghasedakSend(simulator, { message: 'a', receptor: '09111111111', senddate: String(at) });
    expect(() => simulator.deliver('2578793735')).toThrow(/is scheduled.*move the clock/);
  });

  it('messages() filters by provider and returns copies', async () => {
    const simulator = await start();
    await ghasedakSend(simulator, { message: 'a', receptor: '09111111111' });
    await jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, {
      apiKey: 'smspartner-test-key',
      phoneNumbers: '0600000000',
      message: 'b',
    });
    expect(simulator.messages({ provider: 'smspartner' }).map((message) => message.text)).toEqual(['b']);
    const [first] = simulator.messages();
    if (first) first.text = 'changed';
    expect(simulator.messages()[0]?.text).toBe('a');
  });

  it('receive() validates its input and defaults `to` to the account line', async () => {
    const simulator = await start();
    expect(simulator.receive({ provider: 'ghasedak', from: '09120000000', text: 'hi' })).toMatchObject({
      provider: 'ghasedak',
      to: '10008566',
      read: false,
    });
    expect(() => simulator.receive({ provider: 'nope' as never, from: '1', text: 'x' })).toThrow(TypeError);
    expect(() => simulator.receive({ provider: 'ghasedak', from: '', text: 'x' })).toThrow(/from/);
    expect(() => simulator.receive({ provider: 'ghasedak', from: '0912', text: '' })).toThrow(/text/);
  });

  it('reset() forgets messages, inbound messages, faults and contact groups, and restores balances', async () => {
    const simulator = await start();
    await ghasedakSend(simulator, { message: 'a', receptor: '09111111111' });
    await formCall(
      `${simulator.baseUrls.ghasedak}/v2/contact/group/new`,
      { name: 'g' },
      { apikey: 'ghasedak-test-key' },
    );
    simulator.receive({ provider: 'smsafzar', from: '09120000000', text: 'hi' });
    simulator.fault({ provider: 'ghasedak', kind: 'server-error' });
    simulator.reset();
    expect(simulator.messages()).toEqual([]);
    expect(simulator.inbound()).toEqual([]);
    expect(simulator.balance('ghasedak')).toBe(1_000_000);
    const groups = await formCall(
      `${simulator.baseUrls.ghasedak}/v2/contact/group/list`,
      {},
      { apikey: 'ghasedak-test-key' },
    );
    expect(groups.json.items).toEqual([]);
    expect((await ghasedakSend(simulator, { message: 'a', receptor: '09111111111' })).status).toBe(200);
  });

  it('refuses bad options before listening, and close() can be called twice', async () => {
    await expect(startSimulator({ port: -1 })).rejects.toThrow(RangeError);
    await expect(startSimulator({ clock: 'fast' as never })).rejects.toThrow(/clock must be/);
    const simulator = await startSimulator();
    await simulator.close();
    await simulator.close();
    await expect(fetch(simulator.url)).rejects.toThrow();
  });

  it('rejects when the port is taken', async () => {
    const first = await start();
    const port = Number(new URL(first.url).port);
    await expect(startSimulator({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});
