import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator';
import type { SimulatorOptions } from '../../simulator-options';
import { startSimulator } from '../../start-simulator';
import { formCall, getCall, jsonCall, rawCall } from '../../test-support/http-call';

const KEY = { ApiKey: 'ghasedak-test-key' };
const START = new Date('2030-01-01T08:00:00Z');
// START on the Tehran wall clock, as the gateway writes dates.
const START_TEHRAN = '2030-01-01T11:30:00.000+03:30';
const DONE = 'با موفقیت انجام شد';

let simulator: Simulator;
let base: string;

async function restart(options: SimulatorOptions = {}): Promise<void> {
  await simulator?.close();
  simulator = await startSimulator({ clock: 'manual', blacklist: { ghasedak: ['09350000027'] }, ...options });
  simulator.clock.set(START);
  base = simulator.baseUrls.ghasedakGateway;
}

beforeEach(async () => {
  simulator = undefined as unknown as Simulator;
  await restart();
});

afterEach(async () => {
  await simulator.close();
});

const post = (method: string, body: unknown, headers: Record<string, string> = KEY) =>
  jsonCall(`${base}${method}`, body, headers);
const get = (method: string, query: string, headers: Record<string, string> = KEY) =>
  getCall(`${base}${method}${query === '' ? '' : `?${query}`}`, headers);
const failure = (statusCode: number, message: RegExp | string) => ({
  isSuccess: false,
  statusCode,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
  data: null,
});

describe('Ghasedak gateway: transport', () => {
  it('serves its own base URL beside v2, with the same key', () => {
    expect(base).toBe(`${simulator.url}/ghasedak-gateway/rest/api/v1/WebService/`);
    expect(simulator.credentials.ghasedak.apiKey).toBe('ghasedak-test-key');
  });

  it('matches paths, method names, header names and JSON keys without regard to case', async () => {
    const answer = await jsonCall(
      `${simulator.url}/ghasedak-gateway/Rest/api/v1/WebService//SendSingleSms`,
      { Receptor: '09111111111', MESSAGE: 'hi', LineNumber: '10008566', SendDate: null, ClientReferenceId: null },
      { apikey: 'ghasedak-test-key' },
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ isSuccess: true, statusCode: 200, message: DONE });
    expect(simulator.messages()[0]).toMatchObject({ recipient: '09111111111', text: 'hi', api: 'gateway' });
  });

  it('refuses a missing or unknown ApiKey with 401, an unknown method with 404 and a wrong verb with 405', async () => {
    const missing = await post('SendSingleSMS', { receptor: '09111111111', message: 'x' }, {});
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual(failure(401, /^NotAuthorized: the ApiKey header is required/));
    const wrong = await get('GetAccountInformation', '', { ApiKey: 'nope' });
    expect(wrong.json).toEqual(failure(401, /^NotAuthorized: the ApiKey is not valid/));
    // v2's header and scheme do not open the gateway: `Bearer` is not part of the key.
    expect((await get('GetAccountInformation', '', { ApiKey: 'Bearer ghasedak-test-key' })).status).toBe(401);
    expect((await post('SendOtpSMSOld', {})).status).toBe(404);
    expect((await post('SendOtpSMSOld', {})).json).toEqual(failure(404, /^NotFound/));
    expect((await getCall(`${simulator.url}/ghasedak-gateway/SendSingleSMS`, KEY)).status).toBe(404);
    const verb = await get('SendSingleSMS', '');
    expect(verb.status).toBe(405);
    expect(verb.json).toEqual(failure(405, /^MethodNotAllowed: GET; this method takes POST/));
    expect(simulator.messages()).toHaveLength(0);
  });

  it('wants a JSON object body on POST', async () => {
    const form = await formCall(`${base}SendSingleSMS`, { receptor: '09111111111', message: 'x' }, KEY);
    expect(form.json).toEqual(failure(400, /^InvalidInput: the body must be JSON/));
    expect((await post('SendSingleSMS', '{"receptor": ')).json.message).toMatch(/not valid JSON/);
    expect((await post('SendSingleSMS', '[1]')).json.message).toMatch(/must be a JSON object/);
    const huge = await post('SendSingleSMS', { receptor: '09111111111', message: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.json).toEqual(failure(413, /^RequestTooLarge/));
    expect(simulator.messages()).toHaveLength(0);
  });

  it("answers errors with HTTP 200 under errorHttpStatus 'always-200'; the body is the same", async () => {
    await restart({ ghasedakGateway: { errorHttpStatus: 'always-200' } });
    const missing = await post('SendSingleSMS', { message: 'x' });
    expect(missing.status).toBe(200);
    expect(missing.json).toEqual(failure(400, 'InvalidInput: receptor is required'));
    const unauthorized = await get('GetAccountInformation', '', {});
    expect(unauthorized.status).toBe(200);
    expect(unauthorized.json.statusCode).toBe(401);
  });

  it('refuses unknown gateway settings when starting', async () => {
    await expect(startSimulator({ ghasedakGateway: { errorHttpStatus: 'sometimes' as never } })).rejects.toThrow(
      /errorHttpStatus must be 'mapped' or 'always-200'/,
    );
    await expect(startSimulator({ ghasedakGateway: { pageBase: 2 as never } })).rejects.toThrow(
      /pageBase must be 0 or 1/,
    );
    await expect(startSimulator({ ghasedakGateway: { maxItems: 0 } })).rejects.toThrow(/maxItems/);
  });
});

describe('Ghasedak gateway: SendSingleSMS', () => {
  it('answers the documented data, stores the reference and charges the shared account', async () => {
    const answer = await post('SendSingleSMS', {
      lineNumber: '30005088',
      receptor: '09111111111',
      message: 'hello',
      clientReferenceId: 'req-1',
      udh: false,
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      isSuccess: true,
      statusCode: 200,
      message: DONE,
      data: {
        receptor: '09111111111',
        lineNumber: '30005088',
        cost: 155,
        messageId: '2578793735',
        clientReferenceId: 'req-1',
        message: 'hello',
        sendDate: START_TEHRAN,
      },
    });
    expect(simulator.messages()[0]).toMatchObject({
      provider: 'ghasedak',
      api: 'gateway',
      id: '2578793735',
      sender: '30005088',
      reference: 'req-1',
      status: 'sent',
    });
    expect(simulator.balance('ghasedak')).toBe(1_000_000 - 155);
    // One account: v2 reports the same balance, and its next id follows the gateway's.
    const v2 = await getCall(`${simulator.baseUrls.ghasedak}/v2/account/info`, { apikey: 'ghasedak-test-key' });
    expect(v2.json.items.balance).toBe(1_000_000 - 155);
    const next = await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/send/simple`,
      { message: 'x', receptor: '09111111111' },
      { apikey: 'ghasedak-test-key' },
    );
    expect(next.json.items).toEqual([2578793736]);
  });

  it('uses the first line without lineNumber or with a keyword, and null for no reference', async () => {
    const plain = await post('SendSingleSMS', { receptor: '+989111111111', message: 'x' });
    expect(plain.json.data).toMatchObject({ lineNumber: '10008566', clientReferenceId: null });
    const keyword = await post('SendSingleSMS', { receptor: '09111111111', message: 'x', lineNumber: 'cheapest' });
    expect(keyword.json.data.lineNumber).toBe('10008566');
  });

  it('schedules with an ISO sendDate (offset, Z, or none: Tehran time)', async () => {
    const withOffset = await post('SendSingleSMS', {
      receptor: '09111111111',
      message: 'a',
      sendDate: '2030-01-01T12:30:00+03:30',
    });
    expect(withOffset.json.data.sendDate).toBe('2030-01-01T12:30:00.000+03:30');
    await post('SendSingleSMS', { receptor: '09111111111', message: 'b', sendDate: '2030-01-01T09:00:00.000Z' });
    await post('SendSingleSMS', { receptor: '09111111111', message: 'c', sendDate: '2030-01-01T12:30:00' });
    expect(simulator.messages().map((message) => [message.status, message.sendAt])).toEqual([
      ['scheduled', '2030-01-01T09:00:00.000Z'],
      ['scheduled', '2030-01-01T09:00:00.000Z'],
      ['scheduled', '2030-01-01T09:00:00.000Z'],
    ]);
    expect((await post('SendSingleSMS', { receptor: '09111111111', message: 'x', sendDate: 'tomorrow' })).json).toEqual(
      failure(400, /^InvalidInput: sendDate must be an ISO 8601 date/),
    );
  });

  it('answers the documented errors and records nothing', async () => {
    expect((await post('SendSingleSMS', { message: 'x' })).json).toEqual(
      failure(400, 'InvalidInput: receptor is required'),
    );
    expect((await post('SendSingleSMS', { receptor: '09111111111' })).json.message).toBe(
      'InvalidInput: message is required',
    );
    expect((await post('SendSingleSMS', { receptor: 12, message: 'x' })).json.message).toMatch(/not a mobile number/);
    expect((await post('SendSingleSMS', { receptor: ['0911'], message: 'x' })).json.message).toMatch(
      /receptor must be a string/,
    );
    const line = await post('SendSingleSMS', { receptor: '09111111111', message: 'x', lineNumber: '5000' });
    expect(line.status).toBe(406);
    expect(line.json).toEqual(failure(406, /^LineOwnershipError: line 5000/));
    expect((await post('SendSingleSMS', { receptor: '09111111111', message: 'x', udh: 'maybe' })).json.message).toMatch(
      /udh must be true or false/,
    );
    expect(simulator.messages()).toHaveLength(0);
    await restart({ balance: { ghasedak: 100 } });
    const poor = await post('SendSingleSMS', { receptor: '09111111111', message: 'x' });
    expect(poor.status).toBe(418);
    expect(poor.json).toEqual(failure(418, /^NotEnoughCredit: the request costs 155 Rials/));
    expect(simulator.messages()).toHaveLength(0);
  });
});

describe('Ghasedak gateway: SendBulkSMS and SendPairToPairSMS', () => {
  it('sends one text to a receptors array with one reference for the batch and the total cost', async () => {
    const answer = await post('SendBulkSMS', {
      receptors: ['09111111111', '09122222222'],
      message: 'sale',
      lineNumber: '10008566',
      clientReferenceId: 'batch-7',
    });
    expect(answer.json).toEqual({
      isSuccess: true,
      statusCode: 200,
      message: DONE,
      data: {
        cost: 310,
        lineNumber: '10008566',
        clientReferenceId: 'batch-7',
        receptors: [
          { receptor: '09111111111', messageId: '2578793735' },
          { receptor: '09122222222', messageId: '2578793736' },
        ],
        message: 'sale',
        sendDate: START_TEHRAN,
      },
    });
    expect(simulator.messages().map((message) => [message.recipient, message.reference, message.api])).toEqual([
      ['09111111111', 'batch-7', 'gateway'],
      ['09122222222', 'batch-7', 'gateway'],
    ]);
    await post('SendBulkSMS', { receptors: ['09111111111'], message: 'call me', isVoice: true });
    expect(simulator.messages().at(-1)?.voice).toBe(true);
  });

  it('refuses an empty, malformed or too long receptors list (413 past maxItems)', async () => {
    expect((await post('SendBulkSMS', { receptors: [], message: 'x' })).json).toEqual(failure(400, /^EmptyReceiver/));
    expect((await post('SendBulkSMS', { receptors: '09111111111,09122222222', message: 'x' })).json.message).toMatch(
      /receptors must be a JSON array/,
    );
    expect((await post('SendBulkSMS', { receptors: [null], message: 'x' })).json.statusCode).toBe(400);
    const many = Array.from({ length: 101 }, (_, index) => `0912${String(index).padStart(7, '0')}`);
    const tooMany = await post('SendBulkSMS', { receptors: many, message: 'x' });
    expect(tooMany.status).toBe(413);
    expect(tooMany.json).toEqual(failure(413, /^ReceiversMaxLimit: at most 100/));
    await restart({ ghasedakGateway: { maxItems: 2 } });
    expect((await post('SendBulkSMS', { receptors: many.slice(0, 3), message: 'x' })).json.statusCode).toBe(413);
    expect(simulator.messages()).toHaveLength(0);
  });

  it('sends pair-to-pair items, each with its own line, text, reference and time', async () => {
    const answer = await post('SendPairToPairSMS', {
      items: [
        { lineNumber: '10008566', receptor: '09111111111', message: 'one', clientReferenceId: 'a' },
        {
          lineNumber: '30005088',
          receptor: '09122222222',
          message: 'two',
          clientReferenceId: 'b',
          sendDate: '2030-01-01T12:00:00+03:30',
        },
      ],
      udh: true,
    });
    expect(answer.json.data).toEqual({
      items: [
        {
          receptor: '09111111111',
          lineNumber: '10008566',
          cost: 155,
          messageId: '2578793735',
          clientReferenceId: 'a',
          message: 'one',
          sendDate: START_TEHRAN,
        },
        {
          receptor: '09122222222',
          lineNumber: '30005088',
          cost: 155,
          messageId: '2578793736',
          clientReferenceId: 'b',
          message: 'two',
          sendDate: '2030-01-01T12:00:00.000+03:30',
        },
      ],
    });
    expect(simulator.messages().map((message) => message.status)).toEqual(['sent', 'scheduled']);
  });

  it('refuses an item without a line (required here), an item that is not an object, or a foreign line', async () => {
    expect((await post('SendPairToPairSMS', { items: [{ receptor: '09111111111', message: 'x' }] })).json.message).toBe(
      'InvalidInput: items[0].lineNumber is required',
    );
    expect((await post('SendPairToPairSMS', { items: ['x'] })).json.message).toMatch(
      /items\[0\] must be a JSON object/,
    );
    expect((await post('SendPairToPairSMS', {})).json.message).toMatch(/^EmptyReceiver/);
    const foreign = await post('SendPairToPairSMS', {
      items: [
        { lineNumber: '10008566', receptor: '09111111111', message: 'x' },
        { lineNumber: '999', receptor: '09111111111', message: 'x' },
      ],
    });
    expect(foreign.json.statusCode).toBe(406);
    expect(simulator.messages()).toHaveLength(0);
  });
});

describe('Ghasedak gateway: OTP templates', () => {
  it('SendOtpSMS fills a named template, answers items in reverse order with totalCost', async () => {
    const answer = await post('SendOtpSMS', {
      receptors: [
        { mobile: '09111111111', clientReferenceId: '1' },
        { mobile: '09122222222', clientReferenceId: '2' },
      ],
      templateName: 'newOTP',
      inputs: [{ param: 'Code', value: '4321' }],
      isVoice: false,
    });
    expect(answer.json).toEqual({
      isSuccess: true,
      statusCode: 200,
      message: DONE,
      data: {
        items: [
          {
            receptor: '09122222222',
            cost: 155,
            messageId: '2578793736',
            clientReferenceId: '2',
            sendDate: START_TEHRAN,
            messageBody: 'Your verification code is 4321',
          },
          {
            receptor: '09111111111',
            cost: 155,
            messageId: '2578793735',
            clientReferenceId: '1',
            sendDate: START_TEHRAN,
            messageBody: 'Your verification code is 4321',
          },
        ],
        totalCost: 310,
      },
    });
    expect(simulator.messages()[0]).toMatchObject({
      api: 'gateway',
      template: { id: 'newOTP', params: { Code: '4321' } },
      reference: '1',
    });
  });

  it("keeps the request order under otpItemOrder 'request', takes configured templates and numbers abroad", async () => {
    await restart({
      ghasedakGateway: { otpItemOrder: 'request' },
      templates: { ghasedakGateway: { welcome: { text: 'Hi %Name%, code %Code%' } } },
    });
    const answer = await post('SendOtpSMS', {
      receptors: [{ mobile: '09111111111' }, { mobile: '+33612345678' }],
      templateName: 'welcome',
      inputs: [
        { param: 'Name', value: 'Sara' },
        { param: 'Code', value: 12 },
      ],
    });
    expect(answer.json.data.items.map((item: { receptor: string }) => item.receptor)).toEqual([
      '09111111111',
      '+33612345678',
    ]);
    expect(answer.json.data.items[0].messageBody).toBe('Hi Sara, code 12');
    expect((await post('SendOtpSMS', { receptors: [{ mobile: '09111111111' }], templateName: 'newOTP' })).json).toEqual(
      failure(428, /^InvalidMessageTemplate/),
    );
  });

  it('SendOtpSMS answers 428 for an unknown template, 429 for a missing input, 400 for bad receptors', async () => {
    const unknown = await post('SendOtpSMS', {
      receptors: [{ mobile: '09111111111' }],
      templateName: 'nope',
      inputs: [{ param: 'Code', value: '1' }],
    });
    expect(unknown.status).toBe(428);
    expect(unknown.json).toEqual(failure(428, 'InvalidMessageTemplate: no approved template named "nope"'));
    const missing = await post('SendOtpSMS', {
      receptors: [{ mobile: '09111111111' }],
      templateName: 'newOTP',
      inputs: [{ param: 'code', value: '1' }],
    });
    expect(missing.status).toBe(429);
    expect(missing.json).toEqual(failure(429, 'MissedParams: no value for Code'));
    expect(
      (await post('SendOtpSMS', { receptors: [{}], templateName: 'newOTP', inputs: [{ param: 'Code', value: '1' }] }))
        .json.message,
    ).toBe('InvalidInput: receptors[0].mobile is required');
    expect((await post('SendOtpSMS', { receptors: [], templateName: 'newOTP', inputs: [] })).json.statusCode).toBe(429);
    expect(
      (await post('SendOtpSMS', { receptors: [], templateName: 'newOTP', inputs: [{ param: 'Code', value: '1' }] }))
        .json.message,
    ).toMatch(/^EmptyReceiver/);
    expect((await post('SendOtpSMS', { receptors: [{ mobile: '1' }], inputs: [] })).json.message).toBe(
      'InvalidInput: templateName is required',
    );
    expect(simulator.messages()).toHaveLength(0);
  });

  it('SendOtpWithParams fills param1..param10 and sends by voice with isVoice', async () => {
    const answer = await post('SendOtpWithParams', {
      receptors: [{ mobile: '09111111111', clientReferenceId: 'otp-1' }],
      templateName: 'otp',
      param1: '9876',
      param2: null,
      isVoice: true,
    });
    expect(answer.json.data).toEqual({
      items: [
        {
          receptor: '09111111111',
          cost: 155,
          messageId: '2578793735',
          clientReferenceId: 'otp-1',
          sendDate: START_TEHRAN,
          messageBody: 'Your verification code is 9876',
        },
      ],
      totalCost: 155,
    });
    expect(simulator.messages()[0]).toMatchObject({ voice: true, template: { id: 'otp', params: { param1: '9876' } } });
    expect(
      (await post('SendOtpWithParams', { receptors: [{ mobile: '09111111111' }], templateName: 'otp' })).json,
    ).toEqual(failure(400, 'InvalidInput: param1 is required'));
    // A template with named inputs cannot be filled by position.
    const named = await post('SendOtpWithParams', {
      receptors: [{ mobile: '09111111111' }],
      templateName: 'newOTP',
      param1: '1',
    });
    expect(named.json).toEqual(failure(429, 'MissedParams: no value for Code'));
  });

  it('GetOtpTemplateParameters gives the input names and the text', async () => {
    expect((await get('GetOtpTemplateParameters', 'TemplateName=newOTP')).json).toEqual({
      isSuccess: true,
      statusCode: 200,
      message: DONE,
      data: { params: ['Code'], message: 'Your verification code is %Code%' },
    });
    expect((await get('GetOtpTemplateParameters', 'templatename=otp')).json.data.params).toEqual(['param1']);
    expect((await get('GetOtpTemplateParameters', 'TemplateName=nope')).json.statusCode).toBe(428);
    expect((await get('GetOtpTemplateParameters', '')).json).toEqual(
      failure(400, 'InvalidInput: TemplateName is required'),
    );
  });
});

describe('Ghasedak gateway: CheckSmsStatus', () => {
  it("walks a message through the gateway's codes: 0 scheduled, 3 sent, 5 delivered", async () => {
    const sent = await post('SendSingleSMS', {
      receptor: '09111111111',
      message: 'later',
      clientReferenceId: 'r1',
      sendDate: new Date(START.getTime() + 60_000).toISOString(),
    });
    const id = sent.json.data.messageId as string;
    const status = async () => (await get('CheckSmsStatus', `Ids=${id}&Type=1`)).json;
    expect(await status()).toEqual({
      isSuccess: true,
      statusCode: 200,
      message: DONE,
      data: [
        {
          messageId: id,
          clientReferenceId: 'r1',
          message: 'later',
          lineNumber: '10008566',
          receptor: '09111111111',
          status: 0,
          price: 155,
          sendDate: '2030-01-01T11:31:00.000+03:30',
        },
      ],
    });
    simulator.clock.advance(60_000);
    expect((await status()).data[0].status).toBe(3);
    simulator.clock.advance(1000);
    expect((await status()).data[0].status).toBe(5);
  });

  it('finds messages by client reference (a bulk batch: one row per receptor), in comma or repeated form', async () => {
    await post('SendBulkSMS', { receptors: ['09111111111', '09122222222'], message: 'x', clientReferenceId: 'b1' });
    await post('SendSingleSMS', { receptor: '09133333333', message: 'y', clientReferenceId: 'single' });
    const byReference = await get('CheckSmsStatus', 'ids=b1,single&type=2');
    expect(byReference.json.data.map((row: { receptor: string }) => row.receptor)).toEqual([
      '09111111111',
      '09122222222',
      '09133333333',
    ]);
    const byName = await get('CheckSmsStatus', 'Ids=single&Type=ClientReferenceId');
    expect(byName.json.data).toHaveLength(1);
    const repeated = await get('CheckSmsStatus', 'Ids=2578793735&Ids=2578793737&Type=MessageId');
    expect(repeated.json.data.map((row: { messageId: string }) => row.messageId)).toEqual(['2578793735', '2578793737']);
    expect((await get('CheckSmsStatus', 'Ids=1,2&Type=1')).json.data).toEqual([]);
  });

  it('shows failures, blacklisted receptors, v2 messages and cancellations in its own codes', async () => {
    const failed = (await post('SendSingleSMS', { receptor: '09111111111', message: 'x' })).json.data.messageId;
    simulator.fail(failed);
    const blacklisted = (await post('SendSingleSMS', { receptor: '09350000027', message: 'x' })).json.data.messageId;
    const v2 = await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/send/simple`,
      { message: 'from v2', receptor: '09111111111', senddate: String(START.getTime() / 1000 + 600) },
      { apikey: 'ghasedak-test-key' },
    );
    const v2Id = String(v2.json.items[0]);
    await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/cancel`,
      { messageid: v2Id },
      { apikey: 'ghasedak-test-key' },
    );
    const rows = (await get('CheckSmsStatus', `Ids=${failed},${blacklisted},${v2Id}&Type=1`)).json.data;
    expect(rows.map((row: { status: number }) => row.status)).toEqual([4, 2, 1]);
    expect(simulator.messages().map((message) => message.api)).toEqual(['gateway', 'gateway', 'v2']);
  });

  it('refuses more than 100 ids, no ids and a missing or unknown Type with 400', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => String(index + 1)).join(',');
    expect((await get('CheckSmsStatus', `Ids=${ids}&Type=1`)).json).toEqual(
      failure(400, 'InvalidInput: at most 100 Ids per call; got 101'),
    );
    expect((await get('CheckSmsStatus', 'Type=1')).json.message).toBe('InvalidInput: Ids is required');
    expect((await get('CheckSmsStatus', 'Ids=1')).json.message).toMatch(/^InvalidInput: Type is required/);
    expect((await get('CheckSmsStatus', 'Ids=1&Type=3')).json.message).toMatch(/Type must be 1 \(MessageId\)/);
  });
});

describe('Ghasedak gateway: GetAccountInformation', () => {
  it('gives the credit in Rials, the expiry with its Tehran offset and the plan', async () => {
    await post('SendSingleSMS', { receptor: '09111111111', message: 'x' });
    expect((await get('GetAccountInformation', '')).json).toEqual({
      isSuccess: true,
      statusCode: 200,
      message: DONE,
      data: { credit: 1_000_000 - 155, expireDate: '2050-01-01T03:30:00.000+03:30', plan: 'نقره ای' },
    });
  });
});

describe('Ghasedak gateway: received messages', () => {
  const receiveAt = (text: string, minutes: number, to = '10008566') => {
    simulator.clock.set(new Date(START.getTime() + minutes * 60_000));
    return simulator.receive({ provider: 'ghasedak', from: '09121234567', to, text });
  };

  it('GetReceivedSmses lists the newest messages of a line with the read flag, and marks nothing read', async () => {
    const first = receiveAt('first', 1);
    receiveAt('second', 2);
    receiveAt('elsewhere', 3, '30005088');
    const answer = await get('GetReceivedSmses', 'LineNumber=10008566&IsRead=false');
    expect(answer.json).toEqual({
      isSuccess: true,
      statusCode: 200,
      message: DONE,
      data: {
        items: [
          {
            id: Number(first.id) + 1,
            message: 'second',
            sender: '09121234567',
            lineNumber: '10008566',
            receiveDate: '2030-01-01T11:32:00.000+03:30',
          },
          {
            id: Number(first.id),
            message: 'first',
            sender: '09121234567',
            lineNumber: '10008566',
            receiveDate: '2030-01-01T11:31:00.000+03:30',
          },
        ],
      },
    });
    // IsRead defaults to false, and the read flag is what v2 reads too.
    expect((await get('GetReceivedSmses', 'linenumber=10008566')).json.data.items).toHaveLength(2);
    expect((await get('GetReceivedSmses', 'LineNumber=10008566&IsRead=TRUE')).json.data.items).toEqual([]);
    expect(simulator.inbound().map((message) => message.read)).toEqual([false, false, false]);
  });

  it('GetReceivedSmses keeps to the 100 newest and refuses a missing or foreign line and IsRead=1', async () => {
    for (let index = 0; index < 101; index += 1) receiveAt(`m${index}`, index);
    const items = (await get('GetReceivedSmses', 'LineNumber=10008566')).json.data.items;
    expect(items).toHaveLength(100);
    expect(items[0].message).toBe('m100');
    expect((await get('GetReceivedSmses', '')).json).toEqual(failure(400, 'InvalidInput: LineNumber is required'));
    expect((await get('GetReceivedSmses', 'LineNumber=5000')).json.statusCode).toBe(406);
    expect((await get('GetReceivedSmses', 'LineNumber=10008566&IsRead=1')).json.message).toMatch(
      /IsRead must be true or false/,
    );
  });

  it('GetReceivedSmsesPaging pages from 1 (0 read as 1 too), with the paging fields, and marks what it returns read', async () => {
    for (let index = 0; index < 5; index += 1) receiveAt(`m${index}`, index);
    const page = async (query: string) =>
      (await get('GetReceivedSmsesPaging', `LineNumber=10008566&IsRead=false&PageSize=2&${query}`)).json.data;
    const zero = await page('PageIndex=0');
    expect(zero).toEqual({
      pageIndex: 1,
      pageSize: 2,
      totalCount: 5,
      totalPages: 3,
      hasPreviousPage: false,
      hasNextPage: true,
      items: [expect.objectContaining({ message: 'm4' }), expect.objectContaining({ message: 'm3' })],
    });
    expect(simulator.inbound().map((message) => message.read)).toEqual([false, false, false, true, true]);
    // Read ones leave the unread list: the next unread page 1 holds the next messages.
    const next = await page('PageIndex=1');
    expect(next.items.map((item: { message: string }) => item.message)).toEqual(['m2', 'm1']);
    expect(next.totalCount).toBe(3);
    const read = (await get('GetReceivedSmsesPaging', 'LineNumber=10008566&IsRead=true&PageSize=2&PageIndex=2')).json
      .data;
    expect(read).toMatchObject({
      pageIndex: 2,
      totalCount: 4,
      totalPages: 2,
      hasPreviousPage: true,
      hasNextPage: false,
    });
    expect(read.items.map((item: { message: string }) => item.message)).toEqual(['m2', 'm1']);
  });

  it('GetReceivedSmsesPaging counts pages from 0 with pageBase 0, and filters by StartDate and EndDate', async () => {
    await restart({ ghasedakGateway: { pageBase: 0 } });
    for (let index = 0; index < 3; index += 1) receiveAt(`m${index}`, index * 24 * 60);
    const query = 'LineNumber=10008566&IsRead=true&PageSize=1';
    await get('GetReceivedSmsesPaging', 'LineNumber=10008566&PageSize=200');
    const second = (await get('GetReceivedSmsesPaging', `${query}&PageIndex=1`)).json.data;
    expect(second).toMatchObject({ pageIndex: 1, totalPages: 3, hasPreviousPage: true, hasNextPage: true });
    expect(second.items[0].message).toBe('m1');
    // A bare date is a Tehran day; EndDate includes the whole of it.
    const day = (
      await get(
        'GetReceivedSmsesPaging',
        `${query.replace('PageSize=1', 'PageSize=10')}&StartDate=2030-01-02&EndDate=2030-01-02`,
      )
    ).json.data;
    expect(day.items.map((item: { message: string }) => item.message)).toEqual(['m1']);
    const since = (
      await get('GetReceivedSmsesPaging', `LineNumber=10008566&IsRead=true&StartDate=2030-01-02T00:00:00Z`)
    ).json.data;
    expect(since.items.map((item: { message: string }) => item.message)).toEqual(['m2', 'm1']);
  });

  it('GetReceivedSmsesPaging refuses a page size over 200, a bad page index and a bad date', async () => {
    expect((await get('GetReceivedSmsesPaging', 'LineNumber=10008566&PageSize=201')).json).toEqual(
      failure(400, 'InvalidInput: PageSize must be between 1 and 200; got 201'),
    );
    expect((await get('GetReceivedSmsesPaging', 'LineNumber=10008566&PageSize=0')).json.statusCode).toBe(400);
    expect((await get('GetReceivedSmsesPaging', 'LineNumber=10008566&PageIndex=-1')).json.statusCode).toBe(400);
    expect((await get('GetReceivedSmsesPaging', 'LineNumber=10008566&StartDate=yesterday')).json.message).toMatch(
      /StartDate must be an ISO 8601 date/,
    );
  });
});

describe('Ghasedak gateway: faults and rate limits', () => {
  it("a fault on 'ghasedak-gateway' answers in the gateway's envelope and leaves v2 alone", async () => {
    simulator.fault({ provider: 'ghasedak-gateway', path: 'sendsinglesms', kind: 'server-error', times: 2 });
    const faulted = await post('SendSingleSMS', { receptor: '09111111111', message: 'x' });
    expect(faulted.status).toBe(500);
    expect(faulted.json).toEqual(failure(500, /^UnknownError/));
    const v2 = await formCall(
      `${simulator.baseUrls.ghasedak}/v2/sms/send/simple`,
      { message: 'x', receptor: '09111111111' },
      { apikey: 'ghasedak-test-key' },
    );
    expect(v2.status).toBe(200);
    expect((await post('SendSingleSMS', { receptor: '09111111111', message: 'x' })).status).toBe(500);
    expect((await post('SendSingleSMS', { receptor: '09111111111', message: 'x' })).status).toBe(200);
    simulator.fault({ provider: 'ghasedak', kind: 'server-error' });
    expect((await post('SendSingleSMS', { receptor: '09111111111', message: 'x' })).status).toBe(200);
    simulator.fault({ provider: 'ghasedak-gateway', kind: 'rate-limited' });
    const limited = await get('GetAccountInformation', '');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.json).toEqual(failure(429, /^TooManyRequests/));
    simulator.fault({ provider: 'ghasedak-gateway', kind: 'bad-gateway-html' });
    expect((await rawCall(`${base}GetAccountInformation`, { headers: KEY })).text).toContain('502 Bad Gateway');
    expect(simulator.messages().map((message) => message.api)).toEqual(['v2', 'gateway', 'gateway']);
  });

  it("a rate limit on 'ghasedak-gateway' refuses with 429, Retry-After and the envelope, and logs by method", async () => {
    await restart({ rateLimits: { 'ghasedak-gateway': { requestsPerSecond: 1, retryAfterSeconds: 3 } } });
    expect((await post('SendSingleSMS', { receptor: '09111111111', message: 'x' })).status).toBe(200);
    const refused = await post('SendSingleSMS', { receptor: '09111111111', message: 'x' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect(refused.json).toEqual(failure(429, /^TooManyRequests/));
    // v2 is another host with no limit here.
    const v2 = await getCall(`${simulator.baseUrls.ghasedak}/v2/account/info`, { apikey: 'ghasedak-test-key' });
    expect(v2.status).toBe(200);
    const log = simulator.rateLimitLog('ghasedak-gateway');
    expect(log).toMatchObject({ accepted: 1, refused: 1 });
    expect(log.requests.map((request) => request.path)).toEqual(['SendSingleSMS', 'SendSingleSMS']);
    expect(simulator.messages()).toHaveLength(1);
  });
});
