import { describe, expect, it } from 'vitest';
import error1001 from './__fixtures__/error-1001-validation.json' with { type: 'json' };
import error1005 from './__fixtures__/error-1005-method.json' with { type: 'json' };
import error1006 from './__fixtures__/error-1006-ip.json' with { type: 'json' };
import error1053 from './__fixtures__/error-1053-sender.json' with { type: 'json' };
import error1106 from './__fixtures__/error-1106-batch.json' with { type: 'json' };
import error1107 from './__fixtures__/error-1107-template.json' with { type: 'json' };
import error401 from './__fixtures__/error-401.json' with { type: 'json' };
import error500 from './__fixtures__/error-500.json' with { type: 'json' };
import { SMS_AFZAR_ERROR_TABLE } from './sms-afzar-errors';
import type { RequestRecorder } from '@sms/core/provider-utils';
import { apiKeyProvider, caught, useRecorder } from './test-support/mock-sms-afzar';

const sendOnce = (recorder: RequestRecorder) => apiKeyProvider(recorder).send({ to: '09100000000', text: 'x' });

describe('SMSAfzar error answers', () => {
  const recorder = useRecorder();

  it.each([
    [401, error401, 'AUTHENTICATION', 401, 'not-sent'],
    [403, error1005, 'PERMISSION', 1005, 'not-sent'],
    [403, error1006, 'PERMISSION', 1006, 'not-sent'],
    [400, error1001, 'INVALID_INPUT', 1001, 'not-sent'],
    [400, error1053, 'INVALID_SENDER', 1053, 'not-sent'],
    [400, error1106, 'NOT_FOUND', 1106, 'not-sent'],
    [400, error1107, 'TEMPLATE', 1107, 'not-sent'],
    [500, error500, 'PROVIDER_ERROR', 1000011011, 'unknown'],
  ] as const)('HTTP %i %j is %s', async (status, body, code, providerCode, outcome) => {
    recorder.reply('POST', '/messages/send', { status, json: body });
    const error = await caught(() => sendOnce(recorder));
    expect(error).toMatchObject({
      code,
      providerCode,
      statusCode: status,
      outcome,
      provider: 'smsafzar',
      responseBody: body,
    });
  });

  it.each(Object.entries(SMS_AFZAR_ERROR_TABLE))(
    'maps errorCode %s through SMS_AFZAR_ERROR_TABLE, with its advice',
    async (errorCode, entry) => {
      recorder.reply('POST', '/messages/send', {
        status: entry.httpStatus,
        json: { errorCode: Number(errorCode), errorMessage: '.خطا' },
      });
      const error = await caught(() => sendOnce(recorder));
      expect(error).toMatchObject({
        code: entry.code,
        outcome: entry.outcome,
        providerCode: Number(errorCode),
        statusCode: entry.httpStatus,
      });
      expect(error.message).toContain(entry.meaning);
      expect(error.message).toContain(entry.advice);
    },
  );

  it('reads a code the documents give with 403 as a plain refusal on a 400, and a 400 code as a plain PERMISSION on a 403', async () => {
    recorder.reply('POST', '/messages/send', { status: 400, json: { errorCode: 1005 } });
    recorder.reply('POST', '/messages/send', { status: 403, json: { errorCode: 1053 } });
    const on400 = await caught(() => sendOnce(recorder));
    const on403 = await caught(() => sendOnce(recorder));
    expect(on400).toMatchObject({ code: 'INVALID_INPUT', providerCode: 1005, outcome: 'not-sent' });
    expect(on400.message).not.toContain(SMS_AFZAR_ERROR_TABLE[1005]!.meaning);
    expect(on403).toMatchObject({ code: 'PERMISSION', providerCode: 1053, outcome: 'not-sent' });
    expect(on403.message).not.toContain(SMS_AFZAR_ERROR_TABLE[1053]!.meaning);
  });

  it('says which permission is missing: the method (1005) or the caller IP (1006)', async () => {
    recorder.reply('POST', '/messages/send', { status: 403, json: error1005 });
    recorder.reply('POST', '/messages/send', { status: 403, json: error1006 });
    const method = await caught(() => sendOnce(recorder));
    const address = await caught(() => sendOnce(recorder));
    expect(method.message).toMatch(/not allowed to call this method/);
    expect(method.message).not.toMatch(/IP/);
    expect(address.message).toMatch(/IP address/);
  });

  it('lists each validationErrors field of a 1001 answer', async () => {
    recorder.reply('POST', '/messages/send', { status: 400, json: error1001 });
    const error = await caught(() => sendOnce(recorder));
    expect(error.message).toContain('senderNumber (فیلد [ شماره فرستنده ] را وارد نمایید)');
    expect(error.message).toContain('recipientNumber (فیلد [ شماره گیرنده ] را وارد نمایید)');
    expect(error.message).toContain('content (فیلد [ متن پیام ] را وارد نمایید)');
  });

  it('keeps the incident number of a 500 and says the message may have gone out', async () => {
    recorder.reply('POST', '/messages/send', { status: 500, json: error500 });
    const error = await caught(() => sendOnce(recorder));
    expect(error.providerCode).toBe(1000011011);
    expect(error.message).toContain('incident 1000011011');
    expect(error.message).toMatch(/may have been processed/);
    expect(error.retryable).toBe(true);
  });

  it('reads the incident number from the message when errorCode is missing', async () => {
    recorder.reply('POST', '/messages/send', {
      status: 500,
      json: { errorMessage: 'خطایی در سرور رخ داده است. | شناسه خطا : 42424242' },
    });
    expect(await caught(() => sendOnce(recorder))).toMatchObject({
      code: 'PROVIDER_ERROR',
      providerCode: 42424242,
      outcome: 'unknown',
    });
  });

  it('maps an HTML 502, a 429 and an unknown 4xx code through the HTTP status', async () => {
    recorder.reply('POST', '/messages/send', {
      status: 502,
      text: '<html><body>Bad Gateway</body></html>',
      headers: { 'content-type': 'text/html' },
    });
    recorder.reply('POST', '/messages/send', { status: 429, text: '', headers: { 'retry-after': '2' } });
    recorder.reply('POST', '/messages/send', { status: 400, json: { errorCode: 1999, errorMessage: '.خطا' } });
    expect(await caught(() => sendOnce(recorder))).toMatchObject({
      code: 'PROVIDER_ERROR',
      statusCode: 502,
      outcome: 'unknown',
    });
    expect(await caught(() => sendOnce(recorder))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 2000,
      outcome: 'not-sent',
    });
    expect(await caught(() => sendOnce(recorder))).toMatchObject({
      code: 'INVALID_INPUT',
      providerCode: 1999,
      outcome: 'not-sent',
    });
  });

  it('treats a 200 whose body is not JSON as BAD_RESPONSE with an unknown outcome', async () => {
    recorder.reply('POST', '/messages/send', { text: 'OK, queued', headers: { 'content-type': 'text/plain' } });
    expect(await caught(() => sendOnce(recorder))).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('maps a refused connection to NETWORK, not-sent', async () => {
    recorder.replyWithError('POST', '/messages/send', 'ECONNREFUSED');
    expect(await caught(() => sendOnce(recorder))).toMatchObject({ code: 'NETWORK', outcome: 'not-sent' });
  });
});
