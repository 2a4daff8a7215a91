import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator';
import { startSimulator } from '../../start-simulator';
import { formCall, getCall, jsonCall } from '../../test-support/http-call';

const KEY = { apikey: 'ghasedak-test-key' };
const START = new Date('2030-01-01T08:00:00Z');
const unix = (date: Date): string => String(Math.floor(date.getTime() / 1000));

let simulator: Simulator;
let base: string;

beforeEach(async () => {
  simulator = await startSimulator({ clock: 'manual', blacklist: { ghasedak: ['09350000027'] } });
  simulator.clock.set(START);
  base = `${simulator.baseUrls.ghasedak}/v2`;
});

afterEach(async () => {
  await simulator.close();
});

const send = (fields: Record<string, string>) => formCall(`${base}/sms/send/simple`, fields, KEY);

describe('Ghasedak sms/send/simple', () => {
  it('answers the seed request with the seed envelope and records the message', async () => {
    const answer = await send({ message: 'test', receptor: '09111111111', linenumber: '10008566' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ result: { code: 200, message: 'success' }, items: [2578793735] });
    const [message] = simulator.messages();
    expect(message).toMatchObject({
      provider: 'ghasedak',
      id: '2578793735',
      sender: '10008566',
      recipient: '09111111111',
      text: 'test',
      encoding: 'GSM-7',
      segments: 1,
      status: 'sent',
      createdAt: START.toISOString(),
    });
    expect(message?.statusHistory.map((entry) => entry.status)).toEqual(['queued', 'sent']);
  });

  it('uses the first line when linenumber is omitted, takes a comma list and a checkid per receptor', async () => {
    const answer = await send({ message: 'hello', receptor: '09111111111, 09122222222', checkid: '2020,2021' });
    expect(answer.json.items).toHaveLength(2);
    expect(simulator.messages().map((message) => [message.sender, message.recipient, message.reference])).toEqual([
      ['10008566', '09111111111', '2020'],
      ['10008566', '09122222222', '2021'],
    ]);
  });

  it('takes the balance down by 155 Rials per part (Persian text over 70 characters is 2 parts)', async () => {
    await send({ message: 'س'.repeat(71), receptor: '09111111111', linenumber: '10008566' });
    expect(simulator.messages()[0]).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    const account = await getCall(`${base}/account/info`, KEY);
    expect(account.json).toEqual({
      result: { code: 200, message: 'success' },
      items: { balance: 1_000_000 - 310, expire: '2524608000' },
    });
  });

  it('schedules with senddate (Unix seconds), then sends at that time and delivers after the delay', async () => {
    const at = new Date(START.getTime() + 60_000);
    await send({ message: 'later', receptor: '09111111111', senddate: unix(at) });
    expect(simulator.messages()[0]).toMatchObject({ status: 'scheduled', sendAt: at.toISOString() });
    simulator.clock.advance(60_000);
    expect(simulator.messages()[0]?.status).toBe('sent');
    simulator.clock.advance(1000);
    expect(simulator.messages()[0]?.statusHistory).toEqual([
      { status: 'scheduled', at: START.toISOString() },
      { status: 'sent', at: at.toISOString() },
      { status: 'delivered', at: new Date(at.getTime() + 1000).toISOString() },
    ]);
  });

  it('answers the documented errors', async () => {
    expect((await send({ message: 'x' })).json).toEqual({
      result: { code: 400, message: '["receptor is required"]' },
      items: null,
    });
    const noKey = await formCall(`${base}/sms/send/simple`, { message: 'x', receptor: '09111111111' });
    expect(noKey.status).toBe(400);
    expect(noKey.json).toEqual({ result: { code: 400, message: '["apikey is required"]' }, items: null });
    const wrongKey = await formCall(
      `${base}/sms/send/simple`,
      { message: 'x', receptor: '09111111111' },
      { apikey: 'nope' },
    );
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.json).toEqual({ result: { code: 401, message: 'apikey is invalid' }, items: null });
    const unknown = await formCall(`${base}/sms/send/nothing`, {}, KEY);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({
      result: { code: 404, message: 'the requested resource does not exist' },
      items: '',
    });
    const table = async (fields: Record<string, string>) => (await send(fields)).json;
    expect(await table({ message: 'x', receptor: ' , ' })).toEqual({
      result: { code: 419, message: 'error! Exception' },
      items: [2],
    });
    expect(
      (await table({ message: 'x', receptor: Array.from({ length: 101 }, () => '09111111111').join(',') })).items,
    ).toEqual([3]);
    expect((await table({ message: 'x', receptor: '09111111111', linenumber: '5000222' })).items).toEqual([7]);
    expect((await table({ message: 'x', receptor: '12345' })).items).toEqual([8]);
    expect(simulator.messages()).toHaveLength(0);
  });

  it('refuses a send the credit cannot pay for with error 9, sending nothing', async () => {
    const poor = await startSimulator({ balance: { ghasedak: 200 } });
    try {
      const answer = await formCall(
        `${poor.baseUrls.ghasedak}/v2/sms/send/pair`,
        { message: 'x', receptor: '09111111111,09122222222' },
        KEY,
      );
      expect(answer.status).toBe(419);
      expect(answer.json.items).toEqual([9]);
      expect(poor.messages()).toHaveLength(0);
      expect(poor.balance('ghasedak')).toBe(200);
    } finally {
      await poor.close();
    }
  });
});

describe('Ghasedak sms/send/bulk and sms/send/pair', () => {
  it('bulk: element i of each comma list makes message i (the seed sample, with its spaces)', async () => {
    const answer = await formCall(
      `${base}/sms/send/bulk`,
      {
        message: ' test1 , test2 ',
        receptor: ' 09111111111 , 09111111112 ',
        linenumber: ' 10008566 , 30005088 ',
        checkid: ' 2020 , 2021 ',
      },
      KEY,
    );
    expect(answer.json).toEqual({ result: { code: 200, message: 'success' }, items: [2578793735, 2578793736] });
    expect(
      simulator.messages().map((message) => [message.text, message.recipient, message.sender, message.reference]),
    ).toEqual([
      ['test1', '09111111111', '10008566', '2020'],
      ['test2', '09111111112', '30005088', '2021'],
    ]);
  });

  it('bulk: lists of different lengths are error 4, over 100 error 3', async () => {
    const mismatch = await formCall(
      `${base}/sms/send/bulk`,
      { message: 'a,b', receptor: '09111111111', linenumber: '10008566' },
      KEY,
    );
    expect(mismatch.json).toEqual({ result: { code: 419, message: 'error! Exception' }, items: [4] });
    const many = Array.from({ length: 101 }, () => '09111111111').join(',');
    const tooMany = await formCall(`${base}/sms/send/bulk`, { message: many, receptor: many, linenumber: many }, KEY);
    expect(tooMany.json.items).toEqual([3]);
    const missing = await formCall(`${base}/sms/send/bulk`, { message: 'a' }, KEY);
    expect(missing.json.result).toEqual({ code: 400, message: '["receptor is required","linenumber is required"]' });
  });

  it('pair: one text from one line to many receptors, scheduled with one senddate', async () => {
    const at = new Date(START.getTime() + 3_600_000);
    const answer = await formCall(
      `${base}/sms/send/pair`,
      {
        message: 'test1',
        receptor: '09111111111,09111111112',
        linenumber: '10008566',
        senddate: unix(at),
        checkid: '2020,2021',
      },
      KEY,
    );
    expect(answer.json.items).toEqual([2578793735, 2578793736]);
    expect(simulator.messages().map((message) => [message.recipient, message.status, message.sendAt])).toEqual([
      ['09111111111', 'scheduled', at.toISOString()],
      ['09111111112', 'scheduled', at.toISOString()],
    ]);
  });
});

describe('Ghasedak verification/send/simple and voice/send/simple', () => {
  it('fills the template with param1..param10 and records the template', async () => {
    const answer = await formCall(
      `${base}/verification/send/simple`,
      { receptor: '09111111111,+33456351753', type: '1', template: 'otp', param1: '1234' },
      KEY,
    );
    expect(answer.json.items).toEqual([2578793735, 2578793736]);
    expect(
      simulator.messages().map((message) => [message.recipient, message.text, message.template, message.voice]),
    ).toEqual([
      ['09111111111', 'Your verification code is 1234', { id: 'otp', params: { param1: '1234' } }, undefined],
      ['+33456351753', 'Your verification code is 1234', { id: 'otp', params: { param1: '1234' } }, undefined],
    ]);
  });

  it('type 2 sends the code by voice; an unknown template, a missing param1 or a bad type are 400', async () => {
    await formCall(
      `${base}/verification/send/simple`,
      { receptor: '09111111111', type: '2', template: 'otp', param1: '99' },
      KEY,
    );
    expect(simulator.messages()[0]?.voice).toBe(true);
    const unknown = await formCall(
      `${base}/verification/send/simple`,
      { receptor: '09111111111', type: '1', template: 'nope', param1: '1' },
      KEY,
    );
    expect(unknown.json).toEqual({ result: { code: 400, message: '["template is invalid"]' }, items: null });
    const noParameter = await formCall(
      `${base}/verification/send/simple`,
      { receptor: '09111111111', type: '1', template: 'otp' },
      KEY,
    );
    expect(noParameter.json.result.message).toBe('["param1 is required"]');
    const badType = await formCall(
      `${base}/verification/send/simple`,
      { receptor: '09111111111', type: '3', template: 'otp', param1: '1' },
      KEY,
    );
    expect(badType.json.result.message).toBe('["type is invalid"]');
  });

  it('voice answers one object per receptor, shaped like the seed', async () => {
    const answer = await formCall(`${base}/voice/send/simple`, { message: 'test', receptor: '09121111111' }, KEY);
    expect(answer.json).toEqual({
      result: { code: 200, message: 'success' },
      items: [
        {
          messageid: 2578793735,
          message: 'test',
          voice: 8,
          price: 155,
          sender: '10008566',
          receptor: '09121111111',
          senddate: unix(START),
        },
      ],
    });
    expect(simulator.messages()[0]?.voice).toBe(true);
  });
});

describe('Ghasedak sms/status and sms/cancel', () => {
  it('reports the seed status codes 8, 1, 2, 27, 0, 16 and -1', async () => {
    await send({ message: 'a', receptor: '09111111111' }); // ...735 → delivered
    await send({ message: 'b', receptor: '09111111112' }); // ...736 → failed
    await send({ message: 'c', receptor: '09350000027' }); // ...737 blacklisted
    await send({ message: 'd', receptor: '09111111113', senddate: unix(new Date(START.getTime() + 600_000)) }); // ...738 scheduled
    await send({ message: 'e', receptor: '09111111114', senddate: unix(new Date(START.getTime() + 600_000)) }); // ...739 canceled
    await send({ message: 'f', receptor: '09111111115' }); // ...740 stays sent
    simulator.deliver('2578793735');
    simulator.fail('2578793736');
    await formCall(`${base}/sms/cancel`, { messageid: '2578793739' }, KEY);
    const answer = await getCall(
      `${base}/sms/status?id=2578793735,2578793736,2578793737,2578793738,2578793739,2578793740,42&type=1`,
      KEY,
    );
    expect(answer.json.items.map((item: { status: number }) => item.status)).toEqual([1, 2, 27, 0, 16, 8, -1]);
    expect(answer.json.items[5]).toEqual({
      messageid: 2578793740,
      message: 'f',
      status: 8,
      price: 155,
      sender: '10008566',
      receptor: '09111111115',
      senddate: unix(START),
    });
    expect(answer.json.items[6]).toMatchObject({ messageid: 42, status: -1 });
  });

  it('finds messages by checkid with type=2 (POST form too), and limits ids to 100', async () => {
    await send({ message: 'a', receptor: '09111111111', checkid: 'order-7' });
    const byCheckid = await formCall(`${base}/sms/status`, { id: 'order-7', type: '2' }, KEY);
    expect(byCheckid.json.items[0]).toMatchObject({ messageid: 2578793735, status: 8 });
    const tooMany = await formCall(
      `${base}/sms/status`,
      { id: Array.from({ length: 101 }, (_, index) => String(index)).join(','), type: '1' },
      KEY,
    );
    expect(tooMany.json.items).toEqual([3]);
    expect((await formCall(`${base}/sms/status`, { type: '1' }, KEY)).json.result.message).toBe('["id is required"]');
  });

  it('cancels scheduled messages only, refunding them', async () => {
    await send({ message: 'now', receptor: '09111111111' });
    await send({ message: 'later', receptor: '09111111112', senddate: unix(new Date(START.getTime() + 600_000)) });
    expect(simulator.balance('ghasedak')).toBe(1_000_000 - 310);
    const answer = await formCall(`${base}/sms/cancel`, { messageid: '2578793735,2578793736' }, KEY);
    expect(answer.json).toEqual({ result: { code: 200, message: 'success' }, items: [2578793736] });
    expect(simulator.messages().map((message) => message.status)).toEqual(['sent', 'canceled']);
    expect(simulator.balance('ghasedak')).toBe(1_000_000 - 155);
    expect((await formCall(`${base}/sms/cancel`, {}, KEY)).json.result.message).toBe('["messageid is required"]');
  });
});

describe('Ghasedak sms/receive/last and sms/receive/paging', () => {
  it('returns unread messages of a line once, then as read (isread=1)', async () => {
    simulator.receive({ provider: 'ghasedak', from: '09122222222', to: '10008566', text: 'test' });
    const first = await formCall(`${base}/sms/receive/last`, { linenumber: '10008566', isread: '0' }, KEY);
    expect(first.json).toEqual({
      result: { code: 200, message: 'success' },
      items: [
        {
          messageid: 1020,
          message: 'test',
          sender: '09122222222',
          linenumber: '10008566',
          receivedate: '2030-01-01T11:30:00',
        },
      ],
    });
    expect(
      (await formCall(`${base}/sms/receive/last`, { linenumber: '10008566', isread: '0' }, KEY)).json.items,
    ).toEqual([]);
    expect(
      (await formCall(`${base}/sms/receive/last`, { linenumber: '10008566', isread: '1' }, KEY)).json.items,
    ).toHaveLength(1);
    expect((await formCall(`${base}/sms/receive/last`, { isread: '0' }, KEY)).json.result.message).toBe(
      '["linenumber is required"]',
    );
    expect((await formCall(`${base}/sms/receive/last`, { linenumber: '99999', isread: '0' }, KEY)).json.items).toEqual([
      7,
    ]);
  });

  it('pages 0-based between fromdate and todate, with totalcount', async () => {
    for (const text of ['one', 'two', 'three']) {
      simulator.receive({ provider: 'ghasedak', from: '09122222222', text });
      simulator.clock.advance(1000);
    }
    const page = await formCall(
      `${base}/sms/receive/paging`,
      {
        linenumber: '10008566',
        isread: '0',
        fromdate: unix(START),
        todate: unix(new Date(START.getTime() + 10_000)),
        page: '1',
        offset: '2',
      },
      KEY,
    );
    expect(page.json.totalcount).toBe(3);
    expect(page.json.items.map((item: { message: string }) => item.message)).toEqual(['three']);
    const tooBig = await formCall(
      `${base}/sms/receive/paging`,
      { linenumber: '10008566', isread: '0', fromdate: '0', todate: '1', page: '0', offset: '201' },
      KEY,
    );
    expect(tooBig.json.result.message).toBe('["offset is invalid"]');
  });
});

describe('Ghasedak contact groups', () => {
  it('creates, lists, fills, pages, renames and removes groups in memory', async () => {
    const created = await formCall(`${base}/contact/group/new`, { name: 'test' }, KEY);
    expect(created.json).toEqual({ result: { code: 200, message: 'success' }, items: { groupid: 209531 } });
    const child = await formCall(`${base}/contact/group/new`, { name: 'child', parent: '209531' }, KEY);
    expect(child.json.items).toEqual({ groupid: 209532 });
    const added = await formCall(
      `${base}/contact/group/addnumber`,
      { groupid: '209531', number: '09121111111,09122222222', firstname: 'test', lastname: 'test', email: 'test' },
      KEY,
    );
    expect(added.json).toEqual({ result: { code: 200, message: 'success' }, items: null });
    expect((await getCall(`${base}/contact/group/list`, KEY)).json.items).toEqual([
      { id: 209531, name: 'test', parent: 0 },
    ]);
    expect((await getCall(`${base}/contact/group/list?parent=209531`, KEY)).json.items).toEqual([
      { id: 209532, name: 'child', parent: 209531 },
    ]);
    const numbers = await getCall(`${base}/contact/group/listnumber?groupid=209531&offset=100&page=0`, KEY);
    expect(numbers.json.items).toEqual([
      { id: 217820318, firstName: 'test', lastName: 'test', number: '09121111111', email: 'test' },
      { id: 217820319, firstName: 'test', lastName: 'test', number: '09122222222', email: 'test' },
    ]);
    expect(
      (await getCall(`${base}/contact/group/listnumber?groupid=209531&offset=1&page=1`, KEY)).json.items,
    ).toHaveLength(1);
    await formCall(`${base}/contact/group/edit`, { groupid: '209531', name: 'renamed' }, KEY);
    await formCall(`${base}/contact/group/number/remove`, { groupid: '209531', ids: '217820318' }, KEY);
    expect(
      (await getCall(`${base}/contact/group/listnumber?groupid=209531`, KEY)).json.items.map(
        (item: { number: string }) => item.number,
      ),
    ).toEqual(['09122222222']);
    expect((await getCall(`${base}/contact/group/list`, KEY)).json.items[0].name).toBe('renamed');
    expect((await formCall(`${base}/contact/group/remove`, { groupid: '209531' }, KEY)).json.items).toBeNull();
    expect((await getCall(`${base}/contact/group/list`, KEY)).json.items).toEqual([]);
    expect((await getCall(`${base}/contact/group/list?parent=209531`, KEY)).json.items).toEqual([]);
  });

  it('answers 400 for a missing or unknown groupid and a missing name', async () => {
    for (const path of ['addnumber', 'edit', 'remove', 'number/remove']) {
      expect((await formCall(`${base}/contact/group/${path}`, {}, KEY)).json.result.message).toMatch(
        /groupid is required/,
      );
    }
    expect((await getCall(`${base}/contact/group/listnumber`, KEY)).json.result.message).toBe(
      '["groupid is required"]',
    );
    expect((await formCall(`${base}/contact/group/new`, {}, KEY)).json.result.message).toBe('["name is required"]');
    expect((await formCall(`${base}/contact/group/edit`, { groupid: '1', name: 'x' }, KEY)).json.result.message).toBe(
      '["groupid is invalid"]',
    );
  });
});

describe('Ghasedak request encoding', () => {
  it('reads only form bodies: a JSON body leaves the fields missing', async () => {
    const answer = await jsonCall(`${base}/sms/send/simple`, { message: 'x', receptor: '09111111111' }, KEY);
    expect(answer.json).toEqual({
      result: { code: 400, message: '["message is required","receptor is required"]' },
      items: null,
    });
  });

  it('takes parameter names in any case (the .NET SDK sends isRead)', async () => {
    const answer = await formCall(`${base}/sms/receive/last`, { lineNumber: '10008566', isRead: '0' }, KEY);
    expect(answer.json.result.code).toBe(200);
  });
});
