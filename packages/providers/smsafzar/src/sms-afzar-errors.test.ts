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
import { apiKeyProvider, caught, JSON_HEADERS, type Mock, useMock } from './test-support/mock-sms-afzar';

const sendOnce = (mock: Mock) => apiKeyProvider(mock).send({ to: '09100000000', text: 'x' });

describe('SMSAfzar error answers', () => {
  const mock = useMock();

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
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(status, body, JSON_HEADERS);
    const error = await caught(() => sendOnce(mock));
    expect(error).toMatchObject({ code, providerCode, statusCode: status, outcome, provider: 'smsafzar', responseBody: body });
  });

  it.each(Object.entries(SMS_AFZAR_ERROR_TABLE))('maps errorCode %s through SMS_AFZAR_ERROR_TABLE, with its advice', async (errorCode, entry) => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(entry.httpStatus, { errorCode: Number(errorCode), errorMessage: '.خطا' }, JSON_HEADERS);
    const error = await caught(() => sendOnce(mock));
    expect(error).toMatchObject({ code: entry.code, outcome: entry.outcome, providerCode: Number(errorCode), statusCode: entry.httpStatus });
    expect(error.message).toContain(entry.meaning);
    expect(error.message).toContain(entry.advice);
  });

  it('reads a code the documents give with 403 as a plain refusal on a 400, and a 400 code as a plain PERMISSION on a 403', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(400, { errorCode: 1005 }, JSON_HEADERS);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(403, { errorCode: 1053 }, JSON_HEADERS);
    const on400 = await caught(() => sendOnce(mock));
    const on403 = await caught(() => sendOnce(mock));
    expect(on400).toMatchObject({ code: 'INVALID_INPUT', providerCode: 1005, outcome: 'not-sent' });
    expect(on400.message).not.toContain(SMS_AFZAR_ERROR_TABLE[1005]!.meaning);
    expect(on403).toMatchObject({ code: 'PERMISSION', providerCode: 1053, outcome: 'not-sent' });
    expect(on403.message).not.toContain(SMS_AFZAR_ERROR_TABLE[1053]!.meaning);
  });

  it('says which permission is missing: the method (1005) or the caller IP (1006)', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(403, error1005, JSON_HEADERS);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(403, error1006, JSON_HEADERS);
    const method = await caught(() => sendOnce(mock));
    const address = await caught(() => sendOnce(mock));
    expect(method.message).toMatch(/not allowed to call this method/);
    expect(method.message).not.toMatch(/IP/);
    expect(address.message).toMatch(/IP address/);
  });

  it('lists each validationErrors field of a 1001 answer', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(400, error1001, JSON_HEADERS);
    const error = await caught(() => sendOnce(mock));
    expect(error.message).toContain('senderNumber (فیلد [ شماره فرستنده ] را وارد نمایید)');
    expect(error.message).toContain('recipientNumber (فیلد [ شماره گیرنده ] را وارد نمایید)');
    expect(error.message).toContain('content (فیلد [ متن پیام ] را وارد نمایید)');
  });

  it('keeps the incident number of a 500 and says the message may have gone out', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(500, error500, JSON_HEADERS);
    const error = await caught(() => sendOnce(mock));
    expect(error.providerCode).toBe(1000011011);
    expect(error.message).toContain('incident 1000011011');
    expect(error.message).toMatch(/may have been processed/);
    expect(error.retryable).toBe(true);
  });

  it('reads the incident number from the message when errorCode is missing', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(500, { errorMessage: 'خطایی در سرور رخ داده است. | شناسه خطا : 42424242' }, JSON_HEADERS);
    expect(await caught(() => sendOnce(mock))).toMatchObject({ code: 'PROVIDER_ERROR', providerCode: 42424242, outcome: 'unknown' });
  });

  it('maps an HTML 502, a 429 and an unknown 4xx code through the HTTP status', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(502, '<html><body>Bad Gateway</body></html>', { headers: { 'content-type': 'text/html' } });
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(429, '', { headers: { 'retry-after': '2' } });
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(400, { errorCode: 1999, errorMessage: '.خطا' }, JSON_HEADERS);
    expect(await caught(() => sendOnce(mock))).toMatchObject({ code: 'PROVIDER_ERROR', statusCode: 502, outcome: 'unknown' });
    expect(await caught(() => sendOnce(mock))).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 2000, outcome: 'not-sent' });
    expect(await caught(() => sendOnce(mock))).toMatchObject({ code: 'INVALID_INPUT', providerCode: 1999, outcome: 'not-sent' });
  });

  it('treats a 200 whose body is not JSON as BAD_RESPONSE with an unknown outcome', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, 'OK, queued', { headers: { 'content-type': 'text/plain' } });
    expect(await caught(() => sendOnce(mock))).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('maps a refused connection to NETWORK, not-sent', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(await caught(() => sendOnce(mock))).toMatchObject({ code: 'NETWORK', outcome: 'not-sent' });
  });
});
