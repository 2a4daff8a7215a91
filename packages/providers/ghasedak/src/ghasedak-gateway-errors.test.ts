import type { SendOutcome, SmsErrorCode } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { GHASEDAK_GATEWAY_ERROR_TABLE } from './ghasedak-gateway-errors';
import { failed, htmlAnswer, succeeded, TEST_API_KEY } from './test-support/mock-ghasedak';
import {
  gatewayErrorAnswer,
  gatewayFixture,
  gatewayFixtureAnswer,
  useMockGhasedakGateway,
} from './test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

const send = () => mock.provider.native.sms.sendSingle({ message: 'test', receptor: '09121111111' });

const table: [number, SmsErrorCode, SendOutcome][] = [
  [400, 'INVALID_INPUT', 'not-sent'],
  [401, 'AUTHENTICATION', 'not-sent'],
  [402, 'PROVIDER_ERROR', 'unknown'],
  [406, 'INVALID_SENDER', 'not-sent'],
  [412, 'INVALID_SENDER', 'not-sent'],
  [413, 'INVALID_INPUT', 'not-sent'],
  [416, 'PERMISSION', 'not-sent'],
  [418, 'INSUFFICIENT_CREDIT', 'not-sent'],
  [419, 'PERMISSION', 'not-sent'],
  [420, 'INVALID_INPUT', 'not-sent'],
  [422, 'INVALID_INPUT', 'not-sent'],
  [426, 'PERMISSION', 'not-sent'],
  [428, 'TEMPLATE', 'not-sent'],
  [429, 'TEMPLATE', 'not-sent'],
  [451, 'PROVIDER_ERROR', 'unknown'],
  [500, 'PROVIDER_ERROR', 'unknown'],
];

describe('the gateway error table', () => {
  it('has one tested row per documented code', () => {
    expect(Object.keys(GHASEDAK_GATEWAY_ERROR_TABLE).map(Number)).toEqual(table.map(([code]) => code));
  });

  it.each(table)('statusCode %i under HTTP 200 is %s, %s', async (statusCode, code, outcome) => {
    mock.reply('SendSingleSMS', gatewayErrorAnswer(statusCode, 200, 'پیام سرور'));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code, outcome, providerCode: statusCode, statusCode: 200, provider: 'ghasedak' });
    expect(error.message).toContain(GHASEDAK_GATEWAY_ERROR_TABLE[statusCode]!.meaning);
    expect(error.message).toContain('پیام سرور');
  });

  it.each(table)('statusCode %i under HTTP 400 is still %s, %s', async (statusCode, code, outcome) => {
    mock.reply('SendSingleSMS', gatewayErrorAnswer(statusCode, 400));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code, outcome, providerCode: statusCode, statusCode: 400 });
  });

  it('429 is a missing template parameter, not rate limiting', async () => {
    mock.reply('SendSingleSMS', gatewayErrorAnswer(429, 429));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'TEMPLATE', outcome: 'not-sent', providerCode: 429 });
  });

  it('HTTP 429 with a Retry-After header is rate limiting, whatever the body says', async () => {
    mock.reply('SendSingleSMS', {
      ...gatewayErrorAnswer(429, 429, 'TooManyRequests'),
      headers: { 'retry-after': '3' },
    });
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({
      code: 'RATE_LIMITED',
      outcome: 'not-sent',
      retryable: true,
      retryAfterMs: 3_000,
      statusCode: 429,
    });
  });

  it('an undocumented statusCode is PROVIDER_ERROR, outcome unknown, with the raw code kept', async () => {
    mock.reply('SendSingleSMS', gatewayErrorAnswer(499));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'unknown', providerCode: 499 });
  });

  it('isSuccess false with statusCode 200 is PROVIDER_ERROR, outcome unknown', async () => {
    mock.reply('SendSingleSMS', { json: { isSuccess: false, statusCode: 200, message: '', data: null } });
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'unknown', providerCode: 200 });
  });

  it('the 401 fixture under HTTP 401 keeps the body and names the key settings', async () => {
    mock.reply('SendSingleSMS', gatewayFixtureAnswer('error-401.json', 401));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'AUTHENTICATION', retryable: false, statusCode: 401 });
    expect(error.message).toContain('GHASEDAK_API_KEY');
    expect(error.responseBody).toEqual(gatewayFixture('error-401.json'));
  });
});

describe('answers that are not the envelope', () => {
  it('HTML under HTTP 502 falls back to the HTTP status', async () => {
    mock.reply('SendSingleSMS', htmlAnswer(502, '<html>Bad Gateway</html>'));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ statusCode: 502, outcome: 'unknown' });
  });

  it('ASP.NET problem JSON under HTTP 400 is INVALID_INPUT from the HTTP status', async () => {
    mock.reply('SendSingleSMS', {
      status: 400,
      json: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
      },
    });
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', statusCode: 400 });
  });

  it('a body that is not the envelope under HTTP 200 is BAD_RESPONSE, outcome unknown', async () => {
    mock.reply('SendSingleSMS', { json: { ok: true } });
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });
});

describe('credentials in errors', () => {
  it('an error answer that echoes the ApiKey does not carry it', async () => {
    mock.reply('SendSingleSMS', {
      status: 401,
      json: { isSuccess: false, statusCode: 401, message: `bad key ${TEST_API_KEY}`, data: null },
    });
    const error = await send().then(succeeded, failed);
    expect(JSON.stringify(error.toJSON())).not.toContain(TEST_API_KEY);
    expect(error.message).not.toContain(TEST_API_KEY);
  });
});

describe('every gateway method reads the body statusCode', () => {
  const calls: [string, 'GET' | 'POST', () => Promise<unknown>][] = [
    ['SendSingleSMS', 'POST', () => send()],
    ['SendBulkSMS', 'POST', () => mock.provider.native.sms.sendBulk({ message: 'x', receptors: ['09121111111'] })],
    [
      'SendPairToPairSMS',
      'POST',
      () => mock.provider.native.sms.sendPairToPair({ items: [{ message: 'x', receptor: '09121111111' }] }),
    ],
    [
      'SendOtpSMS',
      'POST',
      () => mock.provider.native.sms.sendOtp({ receptors: [{ mobile: '09121111111' }], templateName: 't', inputs: [] }),
    ],
    [
      'SendOtpWithParams',
      'POST',
      () =>
        mock.provider.native.sms.sendOtpWithParams({
          receptors: [{ mobile: '09121111111' }],
          templateName: 't',
          params: ['1'],
        }),
    ],
    ['CheckSmsStatus', 'GET', () => mock.provider.native.sms.status({ messageIds: ['1'] })],
    ['GetAccountInformation', 'GET', () => mock.provider.native.account.information()],
    ['GetReceivedSmses', 'GET', () => mock.provider.native.inbound.latest()],
    ['GetReceivedSmsesPaging', 'GET', () => mock.provider.native.inbound.paged()],
    ['GetOtpTemplateParameters', 'GET', () => mock.provider.native.templates.parameters('t')],
  ];
  const cases = calls.flatMap(([name, method, call]) =>
    table.map(([statusCode, code, outcome]) => [name, statusCode, code, outcome, method, call] as const),
  );

  it.each(cases)('%s: statusCode %i is %s, %s', async (name, statusCode, code, outcome, method, call) => {
    mock.reply(name, gatewayErrorAnswer(statusCode, statusCode === 500 ? 500 : 200), { method });
    const error = await call().then(succeeded, failed);
    expect(error).toMatchObject({ code, outcome, providerCode: statusCode });
  });
});
