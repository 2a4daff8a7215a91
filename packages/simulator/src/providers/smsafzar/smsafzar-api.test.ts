import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator';
import { startSimulator } from '../../start-simulator';
import { formCall, getCall, jsonCall } from '../../test-support/http-call';

const KEY = { 'x-api-key': 'smsafzar-test-key', 'cache-control': 'no-cache' };
const START = new Date('2030-01-01T08:00:00Z');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const seconds = (ms: number): number => Math.floor(ms / 1000);

// The seed's template body and answer.
const TEMPLATE_BODY = {
  senderNumber: '10001000',
  recipientNumber: '09100000000',
  templateId: 'TydSt1skQE',
  parameters: [
    { name: 'code', value: '123456' },
    { name: 'price', value: '1,000,000' },
  ],
};

let simulator: Simulator;
let base: string;

beforeEach(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  simulator.clock.set(START);
  base = simulator.baseUrls.smsafzar;
});

afterEach(async () => {
  await simulator.close();
});

const send = (body: unknown, headers: Record<string, string> = KEY) => jsonCall(`${base}/messages/send`, body, headers);

describe('SMSAfzar messages/send', () => {
  it('answers with the batch id and the message object of the seed', async () => {
    const answer = await send({
      senderNumber: '10001000',
      recipientNumber: '09100000000',
      content: 'Your message content',
    });
    expect(answer.status).toBe(200);
    expect(answer.json.batchId).toMatch(GUID);
    expect(answer.json.message).toEqual({
      sentMessageId: expect.stringMatching(GUID),
      senderNumber: '10001000',
      recipientNumber: '09100000000',
      content: 'Your message content',
      language: 'English',
      operator: 'Mci',
      parts: '1',
      cost: '1,800',
      messageStatus: 1,
    });
    expect(simulator.messages()[0]).toMatchObject({
      provider: 'smsafzar',
      id: answer.json.message.sentMessageId,
      batchId: answer.json.batchId,
      sender: '10001000',
      recipient: '09100000000',
      status: 'sent',
    });
  });

  it('accepts every recipient and sender notation of the seed and answers in national form', async () => {
    const recipients = ['09100000000', '9100000000', '00989100000000', '+989100000000', '989100000000'];
    const senders = ['10001000', '009810001000', '+9810001000', '9810001000', '30001000'];
    for (const [index, recipientNumber] of recipients.entries()) {
      const answer = await send({ senderNumber: senders[index], recipientNumber, content: 'سلام' });
      expect(answer.status).toBe(200);
      expect(answer.json.message).toMatchObject({ recipientNumber: '09100000000', language: 'Persian' });
      expect(answer.json.message.senderNumber).toBe(index === 4 ? '30001000' : '10001000');
    }
    expect(simulator.messages().map((message) => message.recipient)).toEqual(recipients);
  });

  it('names the operator from the prefix', async () => {
    const operators = [];
    for (const recipientNumber of ['09121234567', '09351234567', '09211234567']) {
      operators.push((await send({ senderNumber: '10001000', recipientNumber, content: 'x' })).json.message.operator);
    }
    expect(operators).toEqual(['Mci', 'Irancell', 'Rightel']);
  });

  it('answers 400/1001 with validationErrors as the seed shows them', async () => {
    const answer = await send({});
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      errorCode: 1001,
      errorMessage: '.مقادیر پارامترهای ارسالی معتبر نمی باشند',
      validationErrors: [
        { field: 'senderNumber', errorMessage: '.فیلد [ شماره فرستنده ] را وارد نمایید' },
        { field: 'recipientNumber', errorMessage: '.فیلد [ شماره گیرنده ] را وارد نمایید' },
        { field: 'content', errorMessage: '.فیلد [ متن پیام ] را وارد نمایید' },
      ],
    });
    const badNumber = await send({ senderNumber: '10001000', recipientNumber: '0912', content: 'x' });
    expect(badNumber.json.validationErrors).toEqual([
      { field: 'recipientNumber', errorMessage: '.مقدار فیلد [ شماره گیرنده ] معتبر نمی باشد' },
    ]);
    const past = await send({
      senderNumber: '10001000',
      recipientNumber: '09100000000',
      content: 'x',
      sendTimestamp: seconds(START.getTime()) - 1,
    });
    expect(past.json.validationErrors[0].field).toBe('sendTimestamp');
    expect(simulator.messages()).toHaveLength(0);
  });

  it('answers 400/1053 for a line the account does not own', async () => {
    const answer = await send({ senderNumber: '20002000', recipientNumber: '09100000000', content: 'x' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errorCode: 1053, errorMessage: '.شماره خط فرستنده در حساب کاربر تعریف نشده است' });
  });

  it('answers 401 without credentials or with a wrong API key', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'wrong' }, { authorization: 'Bearer not.a.token' }];
    for (const headers of attempts) {
      const answer = await send({ senderNumber: '10001000', recipientNumber: '09100000000', content: 'x' }, headers);
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual({ errorCode: 401, errorMessage: '.خطای احراز هویت رخ داده است' });
    }
  });

  it('schedules with sendTimestamp and reports messageStatus 5 for it', async () => {
    const at = seconds(START.getTime()) + 120;
    const answer = await send({
      senderNumber: '10001000',
      recipientNumber: '09100000000',
      content: 'x',
      sendTimestamp: at,
    });
    expect(answer.json.message.messageStatus).toBe(5);
    expect(simulator.messages()[0]).toMatchObject({ status: 'scheduled', sendAt: new Date(at * 1000).toISOString() });
  });
});

describe('SMSAfzar auth/token and Bearer tokens', () => {
  const login = (body: unknown) => jsonCall(`${base}/auth/token`, body);

  it('issues an expiring JWT that authorises calls as Authorization: Bearer', async () => {
    const answer = await login({ userName: 'smsafzar-user', password: 'smsafzar-password', domain: 'sms.smsafzar' });
    expect(answer.status).toBe(200);
    expect(answer.json.expiresIn).toBe(3600);
    const [, payload] = String(answer.json.token).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ sub: 'smsafzar-user', exp: seconds(START.getTime()) + 3600 });
    const bearer = { authorization: `Bearer ${answer.json.token}` };
    expect((await getCall(`${base}/account/balance`, bearer)).status).toBe(200);
    simulator.clock.advance(3_600_000);
    const expired = await getCall(`${base}/account/balance`, bearer);
    expect(expired.status).toBe(401);
    expect(expired.json.errorCode).toBe(401);
  });

  it('refuses wrong credentials with 401 and short ones with 400/1001 (UserName, Password)', async () => {
    const wrong = await login({ userName: 'smsafzar-user', password: 'not-the-password', domain: 'sms.smsafzar' });
    expect(wrong.status).toBe(401);
    expect(wrong.json.errorCode).toBe(401);
    const short = await login({ userName: 'abc', password: 'short', domain: 'sms.smsafzar' });
    expect(short.status).toBe(400);
    expect(short.json.errorCode).toBe(1001);
    expect(short.json.validationErrors.map((error: { field: string }) => error.field)).toEqual([
      'UserName',
      'Password',
    ]);
  });

  it('honours tokenLifetimeMs and other accounts', async () => {
    const custom = await startSimulator({
      tokenLifetimeMs: 60_000,
      smsafzarAccounts: [{ userName: 'another', password: 'password-2', domain: 'd' }],
    });
    try {
      const answer = await jsonCall(`${custom.baseUrls.smsafzar}/auth/token`, {
        userName: 'another',
        password: 'password-2',
        domain: 'd',
      });
      expect(answer.json.expiresIn).toBe(60);
      expect(custom.credentials.smsafzar).toEqual({
        apiKey: 'smsafzar-test-key',
        userName: 'another',
        password: 'password-2',
        domain: 'd',
      });
    } finally {
      await custom.close();
    }
  });
});

describe('SMSAfzar messages/send/bulk', () => {
  const bulk = (body: unknown) => jsonCall(`${base}/messages/send/bulk`, body, KEY);

  it('broadcasts one-element arrays and answers the messages in request order', async () => {
    const answer = await bulk({
      senderNumbers: ['10001000'],
      recipientNumbers: ['09100000000', '09300000000'],
      contents: ['one', 'two'],
    });
    expect(answer.status).toBe(200);
    expect(answer.json.batchId).toMatch(GUID);
    expect(
      answer.json.messages.map((message: { recipientNumber: string; content: string; senderNumber: string }) => [
        message.senderNumber,
        message.recipientNumber,
        message.content,
      ]),
    ).toEqual([
      ['10001000', '09100000000', 'one'],
      ['10001000', '09300000000', 'two'],
    ]);
    const oneRecipient = await bulk({
      senderNumbers: ['10001000', '30001000'],
      recipientNumbers: ['09100000000'],
      contents: ['same'],
    });
    expect(oneRecipient.json.messages).toHaveLength(2);
    expect(
      new Set(
        simulator
          .messages()
          .slice(2)
          .map((message) => message.batchId),
      ),
    ).toEqual(new Set([oneRecipient.json.batchId]));
  });

  it('refuses other length mismatches and more than 100 messages with 400/1001', async () => {
    const mismatch = await bulk({
      senderNumbers: ['10001000'],
      recipientNumbers: ['09100000000', '09300000000', '09100000001'],
      contents: ['a', 'b'],
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.errorCode).toBe(1001);
    expect(mismatch.json.validationErrors[0].field).toBe('contents');
    const many = Array.from({ length: 101 }, () => '09100000000');
    const tooMany = await bulk({ senderNumbers: ['10001000'], recipientNumbers: many, contents: ['x'] });
    expect(tooMany.json.errorCode).toBe(1001);
    expect(tooMany.json.validationErrors[0].field).toBe('recipientNumbers');
    expect(
      (await bulk({ senderNumbers: ['10001000'], recipientNumbers: ['0912'], contents: ['x'] })).json
        .validationErrors[0].field,
    ).toBe('recipientNumbers[0]');
    expect(simulator.messages()).toHaveLength(0);
  });
});

describe('SMSAfzar messages/send/template', () => {
  const template = (body: unknown) => jsonCall(`${base}/messages/send/template`, body, KEY);

  it('sends the seed request: the template filled with its parameters', async () => {
    const answer = await template(TEMPLATE_BODY);
    expect(answer.status).toBe(200);
    expect(answer.json.message).toMatchObject({
      content: 'Your code is 123456',
      recipientNumber: '09100000000',
      parts: '1',
      messageStatus: 1,
    });
    expect(simulator.messages()[0]?.template).toEqual({
      id: 'TydSt1skQE',
      params: { code: '123456', price: '1,000,000' },
    });
  });

  it('answers 1107 for an unknown template and 1001 for a value over 100 characters or a missing parameter', async () => {
    const unknown = await template({ ...TEMPLATE_BODY, templateId: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toEqual({ errorCode: 1107, errorMessage: '.شناسه قالب ارسال پیام مورد نظر معتبر نمی باشد' });
    const long = await template({ ...TEMPLATE_BODY, parameters: [{ name: 'code', value: 'x'.repeat(101) }] });
    expect(long.json.errorCode).toBe(1001);
    expect(long.json.validationErrors[0].field).toBe('parameters[0].value');
    const missing = await template({ ...TEMPLATE_BODY, parameters: [] });
    expect(missing.json.errorCode).toBe(1001);
    expect((await template({ ...TEMPLATE_BODY, senderNumber: '20002000' })).json.errorCode).toBe(1053);
  });

  it('uses templates given to startSimulator', async () => {
    const custom = await startSimulator({
      templates: { smsafzar: { welcome: { text: 'Hi {name}, {days} days left', parameters: ['name', 'days'] } } },
    });
    try {
      const answer = await jsonCall(
        `${custom.baseUrls.smsafzar}/messages/send/template`,
        {
          recipientNumber: '09100000000',
          templateId: 'welcome',
          parameters: [
            { name: 'name', value: 'Sara' },
            { name: 'days', value: '3' },
          ],
        },
        KEY,
      );
      expect(answer.json.message).toMatchObject({ content: 'Hi Sara, 3 days left', senderNumber: '10001000' });
    } finally {
      await custom.close();
    }
  });
});

describe('SMSAfzar DELETE messages/send/scheduled/{batchId}', () => {
  const schedule = async (inSeconds: number) =>
    (
      await send({
        senderNumber: '10001000',
        recipientNumber: '09100000000',
        content: 'Your message content 1',
        sendTimestamp: seconds(START.getTime()) + inSeconds,
      })
    ).json;
  const cancel = (batchId: string) => getCall(`${base}/messages/send/scheduled/${batchId}`, KEY, 'DELETE');

  it('deletes a scheduled batch and lists its messages, refunding the credit', async () => {
    const sent = await schedule(600);
    expect(simulator.balance('smsafzar')).toBe(1_000_000 - 1800);
    const answer = await cancel(sent.batchId);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      batchId: sent.batchId,
      messages: [
        {
          sentMessageId: sent.message.sentMessageId,
          senderNumber: '10001000',
          recipientNumber: '09100000000',
          content: 'Your message content 1',
        },
      ],
    });
    expect(simulator.messages()[0]?.status).toBe('canceled');
    expect(simulator.balance('smsafzar')).toBe(1_000_000);
    expect((await cancel(sent.batchId)).json.errorCode).toBe(1106);
  });

  it('refuses within 30 s of the send time, an unknown batch and a sent one with 400/1106', async () => {
    const soon = await schedule(29);
    const refused = await cancel(soon.batchId);
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({
      errorCode: 1106,
      errorMessage: '.حذف ارسال پیام زمان بندی شده حداکثر تا 30 ثانیه قبل از زمان ارسال امکان پذیر می باشد',
    });
    expect(simulator.messages()[0]?.status).toBe('scheduled');
    const unknown = await cancel('05496bc9-e54e-4b1c-8e42-026d597efd55');
    expect(unknown.json).toEqual({
      errorCode: 1106,
      errorMessage: '.شناسه مجموعه پیام های ارسالی مورد نظر معتبر نمی باشد',
    });
    const later = await schedule(60);
    simulator.clock.advance(61_000);
    expect((await cancel(later.batchId)).json.errorCode).toBe(1106);
  });
});

describe('SMSAfzar messages/status', () => {
  const status = (ids: unknown) => jsonCall(`${base}/messages/status`, { sentMessageIdes: ids }, KEY);

  it('reports the simulator status codes 1..6 and leaves unknown ids out', async () => {
    const delivered = (await send({ senderNumber: '10001000', recipientNumber: '09100000000', content: 'a' })).json
      .message.sentMessageId;
    const failed = (await send({ senderNumber: '10001000', recipientNumber: '09100000001', content: 'b' })).json.message
      .sentMessageId;
    const sent = (await send({ senderNumber: '10001000', recipientNumber: '09100000002', content: 'c' })).json.message
      .sentMessageId;
    const scheduled = (
      await send({
        senderNumber: '10001000',
        recipientNumber: '09100000003',
        content: 'd',
        sendTimestamp: seconds(START.getTime()) + 600,
      })
    ).json;
    const canceled = (
      await send({
        senderNumber: '10001000',
        recipientNumber: '09100000004',
        content: 'e',
        sendTimestamp: seconds(START.getTime()) + 600,
      })
    ).json;
    await getCall(`${base}/messages/send/scheduled/${canceled.batchId}`, KEY, 'DELETE');
    simulator.deliver(delivered);
    simulator.fail(failed);
    const answer = await status([
      delivered,
      failed,
      sent,
      scheduled.message.sentMessageId,
      canceled.message.sentMessageId,
      'e1d20dd8-0000-0000-0000-000000000000',
    ]);
    expect(answer.status).toBe(200);
    expect(answer.json.messages.map((message: { messageStatus: number }) => message.messageStatus)).toEqual([
      3, 4, 2, 5, 6,
    ]);
    expect(answer.json.messages[0]).toEqual({
      sentMessageId: delivered,
      recipientNumber: '09100000000',
      messageStatus: 3,
      statusDate: START.toISOString(),
    });
  });

  it('refuses more than 100 ids and a missing list with 400/1001', async () => {
    const tooMany = await status(Array.from({ length: 101 }, (_, index) => `id-${index}`));
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.validationErrors).toEqual([
      { field: 'sentMessageIdes', errorMessage: '.حداکثر تعداد شناسه های پیام 100 عدد می باشد' },
    ]);
    expect((await jsonCall(`${base}/messages/status`, {}, KEY)).json.validationErrors[0].field).toBe('sentMessageIdes');
  });
});

describe('SMSAfzar messages/received/recent and account/balance', () => {
  it('returns the newest received messages first, at most count', async () => {
    simulator.receive({ provider: 'smsafzar', from: '09120000001', text: 'first' });
    simulator.clock.advance(1000);
    simulator.receive({ provider: 'smsafzar', from: '09120000002', to: '30001000', text: 'second' });
    const answer = await getCall(`${base}/messages/received/recent?count=1`, KEY);
    expect(answer.json).toEqual({
      messages: [
        {
          receivedMessageId: expect.stringMatching(GUID),
          senderNumber: '09120000002',
          recipientNumber: '30001000',
          content: 'second',
          receivedAt: new Date(START.getTime() + 1000).toISOString(),
        },
      ],
    });
    expect((await getCall(`${base}/messages/received/recent?count=100`, KEY)).json.messages).toHaveLength(2);
    for (const count of ['0', '101', 'x']) {
      const refused = await getCall(`${base}/messages/received/recent?count=${count}`, KEY);
      expect(refused.status).toBe(400);
      expect(refused.json.validationErrors[0].field).toBe('count');
    }
  });

  it('shows the credit as a string with thousands separators, going down per part', async () => {
    await send({ senderNumber: '10001000', recipientNumber: '09100000000', content: 'a'.repeat(161) });
    expect((await getCall(`${base}/account/balance`, KEY)).json).toEqual({ credit: '996,400', unit: 'ریال' });
  });
});

describe('SMSAfzar access errors', () => {
  it('answers 403/1005 for a method the account may not call and 403/1006 for a caller IP not allowed', async () => {
    const restricted = await startSimulator({ smsafzarAccess: { deniedMethods: ['messages/send/bulk'] } });
    const walled = await startSimulator({ smsafzarAccess: { allowedIps: ['10.1.2.3'] } });
    try {
      const denied = await jsonCall(
        `${restricted.baseUrls.smsafzar}/messages/send/bulk`,
        { senderNumbers: ['10001000'], recipientNumbers: ['09100000000'], contents: ['x'] },
        KEY,
      );
      expect(denied.status).toBe(403);
      expect(denied.json).toEqual({
        errorCode: 1005,
        errorMessage: '.مجوز دسترسی به متد برای حساب کاربری تعریف نشده است',
      });
      expect((await getCall(`${restricted.baseUrls.smsafzar}/account/balance`, KEY)).status).toBe(200);
      const blocked = await getCall(`${walled.baseUrls.smsafzar}/account/balance`, KEY);
      expect(blocked.status).toBe(403);
      expect(blocked.json).toEqual({ errorCode: 1006, errorMessage: '.آدرس آی پی جهت دسترسی به سرویس معتبر نمی باشد' });
    } finally {
      await restricted.close();
      await walled.close();
    }
  });

  it('answers 500 with an incident number on a server error', async () => {
    simulator.fault({ provider: 'smsafzar', path: 'messages/send', kind: 'server-error' });
    const answer = await send({ senderNumber: '10001000', recipientNumber: '09100000000', content: 'x' });
    expect(answer.status).toBe(500);
    expect(answer.json.errorCode).toBeGreaterThanOrEqual(1_000_000_000);
    expect(answer.json.errorMessage).toBe(`خطایی در سرور رخ داده است. | شناسه خطا : ${answer.json.errorCode}`);
    expect(simulator.messages()).toHaveLength(0);
  });

  it('refuses a form body with 415 and broken JSON with 400/1001', async () => {
    const form = await formCall(`${base}/messages/send`, { senderNumber: '10001000' }, KEY);
    expect(form.status).toBe(415);
    const broken = await send('{"senderNumber": ');
    expect(broken.status).toBe(400);
    expect(broken.json.errorCode).toBe(1001);
    expect(broken.json.validationErrors[0].field).toBe('$');
  });

  it('answers 405 for a wrong method and 404 for an unknown method name', async () => {
    expect((await getCall(`${base}/messages/send`, KEY)).status).toBe(405);
    expect((await getCall(`${base}/account/credit`, KEY)).status).toBe(404);
  });
});
