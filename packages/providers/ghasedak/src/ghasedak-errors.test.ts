import { inspect } from 'node:util';
import type { SmsErrorCode, SendOutcome } from '@sms/core';
import { describe, expect, it } from 'vitest';
import {
  createMockGhasedak,
  failed,
  fixture,
  fixtureAnswer,
  htmlAnswer,
  succeeded,
  tableErrorAnswer,
  TEST_API_KEY,
  useMockGhasedak,
} from './test-support/mock-ghasedak';

const mock = useMockGhasedak();

const send = () => mock.provider.native.sms.sendSimple({ message: 'test', receptor: '09121111111' });

describe('Ghasedak error answers (the seed examples)', () => {
  it.each([
    ['error-400-receptor.json', 'receptor is required'],
    ['error-400-messageid.json', 'messageid is required'],
    ['error-400-linenumber.json', 'linenumber is required'],
    ['error-400-groupid.json', 'groupid is required'],
    ['error-400-name.json', 'name is required'],
    ['error-400-apikey.json', 'apikey is required'],
  ])('400 (%s) is INVALID_INPUT with the server message read out of its JSON-array string', async (name, text) => {
    mock.reply('sms/send/simple', fixtureAnswer(name));
    const error = await send().then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.outcome).toBe('not-sent');
    expect(error.providerCode).toBe(400);
    expect(error.provider).toBe('ghasedak');
    expect(error.message).toContain(`(${text})`);
    expect(error.message).not.toContain('[\\"');
    expect(error.responseBody).toEqual(fixture(name));
  });

  it('reads result.code whatever the HTTP status: the same 400 envelope under HTTP 200 and HTTP 400', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('error-400-receptor.json', 200));
    mock.reply('sms/send/simple', fixtureAnswer('error-400-receptor.json', 400));
    const underOk = await send().then(succeeded, failed);
    const underBadRequest = await send().then(succeeded, failed);
    expect([underOk.code, underBadRequest.code]).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
    expect([underOk.statusCode, underBadRequest.statusCode]).toEqual([200, 400]);
  });

  it('401 is AUTHENTICATION, not sent, not retryable', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('error-401.json', 401));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({
      code: 'AUTHENTICATION',
      outcome: 'not-sent',
      retryable: false,
      providerCode: 401,
      statusCode: 401,
    });
    expect(error.message).toContain('apikey is invalid');
    expect(error.message).toContain('GHASEDAK_API_KEY');
  });

  it('404 is NOT_FOUND', async () => {
    mock.reply('sms/status', fixtureAnswer('error-404.json'));
    const error = await mock.provider.native.sms.status({ messageIds: ['1'] }).then(succeeded, failed);
    expect(error).toMatchObject({ code: 'NOT_FOUND', outcome: 'not-sent', providerCode: 404 });
  });

  const table: [number, SmsErrorCode, SendOutcome][] = [
    [1, 'AUTHENTICATION', 'not-sent'],
    [2, 'INVALID_INPUT', 'not-sent'],
    [3, 'INVALID_INPUT', 'not-sent'],
    [4, 'INVALID_INPUT', 'not-sent'],
    [5, 'PROVIDER_ERROR', 'unknown'],
    [6, 'AUTHENTICATION', 'not-sent'],
    [7, 'INVALID_SENDER', 'not-sent'],
    [8, 'INVALID_RECIPIENT', 'not-sent'],
    [9, 'INSUFFICIENT_CREDIT', 'not-sent'],
    [10, 'PROVIDER_ERROR', 'unknown'],
    [11, 'PERMISSION', 'not-sent'],
    [20, 'INVALID_RECIPIENT', 'not-sent'],
    [21, 'PROVIDER_ERROR', 'unknown'],
    [24, 'PERMISSION', 'not-sent'],
  ];
  it.each(table)('419 with table code %i is %s (%s)', async (tableCode, code, outcome) => {
    mock.reply('sms/send/simple', tableErrorAnswer(tableCode));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({ code, outcome, providerCode: tableCode, statusCode: 200 });
    expect(error.message).toContain(`error ${tableCode}`);
  });

  it('419 as in the seed (items [10]) is a system error whose outcome is unknown', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('error-419.json', 419));
    const error = await send().then(succeeded, failed);
    expect(error).toMatchObject({
      code: 'PROVIDER_ERROR',
      outcome: 'unknown',
      retryable: true,
      providerCode: 10,
      statusCode: 419,
    });
  });

  it('419 with a code outside the table is PROVIDER_ERROR, unknown', async () => {
    mock.reply('sms/send/simple', tableErrorAnswer(99));
    expect(await send().then(succeeded, failed)).toMatchObject({
      code: 'PROVIDER_ERROR',
      outcome: 'unknown',
      providerCode: 99,
    });
  });
});

describe('answers that are not the envelope', () => {
  it('an HTML 502 page is PROVIDER_ERROR with an unknown outcome', async () => {
    mock.reply('sms/send/simple', htmlAnswer(502, '<html><body><h1>502 Bad Gateway</h1></body></html>'));
    expect(await send().then(succeeded, failed)).toMatchObject({
      code: 'PROVIDER_ERROR',
      outcome: 'unknown',
      statusCode: 502,
    });
  });

  it('an HTML page under HTTP 200 is BAD_RESPONSE with an unknown outcome', async () => {
    mock.reply('sms/send/simple', htmlAnswer(200, '<html><body>Welcome</body></html>'));
    expect(await send().then(succeeded, failed)).toMatchObject({
      code: 'BAD_RESPONSE',
      outcome: 'unknown',
      statusCode: 200,
    });
  });

  it('an envelope with code 500 is PROVIDER_ERROR, unknown', async () => {
    mock.reply('sms/send/simple', {
      status: 500,
      json: { result: { code: 500, message: 'internal error' }, items: null },
    });
    expect(await send().then(succeeded, failed)).toMatchObject({
      code: 'PROVIDER_ERROR',
      outcome: 'unknown',
      providerCode: 500,
    });
  });

  it('HTTP 429 is RATE_LIMITED with Retry-After, not sent', async () => {
    mock.reply('sms/send/simple', { status: 429, text: 'Too Many Requests', headers: { 'retry-after': '2' } });
    expect(await send().then(succeeded, failed)).toMatchObject({
      code: 'RATE_LIMITED',
      outcome: 'not-sent',
      retryAfterMs: 2000,
    });
  });

  it('result code 429 in a 200 answer holds every later request of a rateLimit client for its pause', async () => {
    const limited = createMockGhasedak({ rateLimit: { requestsPerSecond: 1000, burst: 10 } });
    try {
      limited.reply('sms/send/simple', {
        status: 200,
        json: { result: { code: 429, message: 'too many' }, items: null },
      });
      const sendSimple = (timeoutMs?: number) =>
        limited.provider.native.sms.sendSimple(
          { message: 'test', receptor: '09121111111' },
          timeoutMs === undefined ? {} : { timeoutMs },
        );
      expect(await sendSimple().then(succeeded, failed)).toMatchObject({ code: 'RATE_LIMITED', outcome: 'not-sent' });
      // Well inside the burst, yet held for the 1 s pause, past its 500 ms deadline: refused unsent.
      expect(await sendSimple(500).then(succeeded, failed)).toMatchObject({ code: 'TIMEOUT', outcome: 'not-sent' });
      expect(limited.recorder.requests).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });

  it('a success whose items are not ids is BAD_RESPONSE, unknown', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('success-no-items.json'));
    expect(await send().then(succeeded, failed)).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });
});

describe('the API key', () => {
  function renderings(error: Error): string[] {
    return [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10 }), error.stack ?? ''];
  }

  it('never appears in an error, even when the server echoes it', async () => {
    mock.reply('sms/send/simple', {
      json: {
        result: { code: 400, message: `["apikey ${TEST_API_KEY} is not allowed"]` },
        items: null,
        apikey: TEST_API_KEY,
      },
    });
    mock.reply('sms/send/simple', {
      status: 401,
      json: { result: { code: 401, message: `apikey ${TEST_API_KEY} is invalid` }, items: null },
    });
    mock.reply('sms/send/simple', htmlAnswer(502, `<html>bad gateway for ${TEST_API_KEY}</html>`));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const error = await send().then(succeeded, failed);
      for (const rendering of renderings(error)) expect(rendering).not.toContain(TEST_API_KEY);
    }
  });

  it('is sent in the apikey header and read from GHASEDAK_API_KEY at the first call, not at creation', async () => {
    const previous = process.env.GHASEDAK_API_KEY;
    delete process.env.GHASEDAK_API_KEY;
    const lazy = createMockGhasedak({ apiKey: undefined });
    try {
      const missing = await lazy.provider.native.sms
        .sendSimple({ message: 'x', receptor: '09121111111' })
        .then(succeeded, failed);
      expect(missing).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
      expect(missing.message).toContain('GHASEDAK_API_KEY');
      expect(lazy.recorder.requests).toEqual([]);
      process.env.GHASEDAK_API_KEY = 'key-from-the-environment';
      lazy.recorder.hideSecret('apiKeyFromEnvironment', 'key-from-the-environment');
      lazy.reply('sms/send/simple', fixtureAnswer('error-401.json', 401));
      const refused = await lazy.provider.native.sms
        .sendSimple({ message: 'x', receptor: '09121111111' })
        .then(succeeded, failed);
      expect(lazy.recorder.requests).toMatchInlineSnapshot(`
        [
          {
            "body": {
              "linenumber": "10008566",
              "message": "x",
              "receptor": "09121111111",
            },
            "headers": {
              "apikey": "[apiKeyFromEnvironment]",
              "content-type": "application/x-www-form-urlencoded",
            },
            "method": "POST",
            "path": "/v2/sms/send/simple",
          },
        ]
      `);
      for (const rendering of renderings(refused)) expect(rendering).not.toContain('key-from-the-environment');
    } finally {
      if (previous === undefined) delete process.env.GHASEDAK_API_KEY;
      else process.env.GHASEDAK_API_KEY = previous;
      await lazy.close();
    }
  });
});

describe('cancellation and deadlines', () => {
  it('an aborted signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await mock.provider.native.sms
      .sendSimple({ message: 'x', receptor: '09121111111' }, { signal: controller.signal })
      .then(succeeded, failed);
    expect(error).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
    expect(mock.recorder.requests).toEqual([]);
  });
});
