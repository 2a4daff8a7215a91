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
  formCall(`${simulator.baseUrls.ghasedak}/v2/sms/send/simple`, fields, { apikey: simulator.credentials.ghasedak.apiKey });

describe('startSimulator', () => {
  it('listens on 127.0.0.1 with a free port and gives base URLs and the default credentials', async () => {
    const simulator = await start();
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(simulator.baseUrls).toEqual({
      ghasedak: `${simulator.url}/ghasedak`,
      smsafzar: `${simulator.url}/smsafzar`,
      smspartner: `${simulator.url}/smspartner`,
    });
    expect(simulator.credentials).toEqual({
      ghasedak: { apiKey: 'ghasedak-test-key' },
      smsafzar: { apiKey: 'smsafzar-test-key', userName: 'smsafzar-user', password: 'smsafzar-password', domain: 'sms.smsafzar' },
      smspartner: { apiKey: 'smspartner-test-key' },
    });
    expect([simulator.balance('ghasedak'), simulator.balance('smsafzar'), simulator.balance('smspartner')]).toEqual([1_000_000, 1_000_000, 100]);
  });

  it('takes other API keys, templates and balances', async () => {
    const simulator = await start({ apiKeys: { ghasedak: ['k1', 'k2'] }, templates: { ghasedak: { code: { text: 'Code %param1% / %param2%' } } }, balance: { ghasedak: 500 } });
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
    await jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, { apiKey: 'smspartner-test-key', phoneNumbers: '0600000000', message: 'b' });
    expect(simulator.messages({ provider: 'smspartner' }).map((message) => message.text)).toEqual(['b']);
    const [first] = simulator.messages();
    if (first) first.text = 'changed';
    expect(simulator.messages()[0]?.text).toBe('a');
  });

  it('receive() validates its input and defaults `to` to the account line', async () => {
    const simulator = await start();
    expect(simulator.receive({ provider: 'ghasedak', from: '09120000000', text: 'hi' })).toMatchObject({ provider: 'ghasedak', to: '10008566', read: false });
    expect(() => simulator.receive({ provider: 'nope' as never, from: '1', text: 'x' })).toThrow(TypeError);
    expect(() => simulator.receive({ provider: 'ghasedak', from: '', text: 'x' })).toThrow(/from/);
    expect(() => simulator.receive({ provider: 'ghasedak', from: '0912', text: '' })).toThrow(/text/);
  });

  it('reset() forgets messages, inbound messages, faults and contact groups, and restores balances', async () => {
    const simulator = await start();
    await ghasedakSend(simulator, { message: 'a', receptor: '09111111111' });
    await formCall(`${simulator.baseUrls.ghasedak}/v2/contact/group/new`, { name: 'g' }, { apikey: 'ghasedak-test-key' });
    simulator.receive({ provider: 'smsafzar', from: '09120000000', text: 'hi' });
    simulator.fault({ provider: 'ghasedak', kind: 'server-error' });
    simulator.reset();
    expect(simulator.messages()).toEqual([]);
    expect(simulator.inbound()).toEqual([]);
    expect(simulator.balance('ghasedak')).toBe(1_000_000);
    const groups = await formCall(`${simulator.baseUrls.ghasedak}/v2/contact/group/list`, {}, { apikey: 'ghasedak-test-key' });
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
