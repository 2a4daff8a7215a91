import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../http/create-http-client';
import type { HttpClientSettings } from '../http/http-types';
import { catchSmsError } from '../testing/catch-sms-error';
import { usePerTest } from '../testing/use-per-test';
import { createRequestRecorder, type RequestRecorder } from './create-request-recorder';

const ORIGIN = 'https://api.provider.test';
// Characters a URL, a form and JSON each encode differently, so every spelling of the key is covered.
const API_KEY = 'key+with/odd=chars&"quote"';
const PASSWORD = 'pass word!';

const recorder = usePerTest(
  () => createRequestRecorder({ origin: ORIGIN, secrets: { apiKey: API_KEY, password: PASSWORD, unused: undefined } }),
  // Each test closes it itself when it checks what close() says; a second close() does nothing.
  (created) => created.close(),
);

function clientOn(mock: RequestRecorder, settings: Partial<HttpClientSettings> = {}): HttpClient {
  return createHttpClient({
    provider: 'test',
    baseUrl: `${ORIGIN}/v1`,
    dispatcher: mock.dispatcher,
    headers: () => ({ 'x-api-key': API_KEY }),
    ...settings,
  });
}

describe('createRequestRecorder: what it records', () => {
  it('records method, path, query, the headers that matter and a JSON body, with credentials as markers', async () => {
    recorder.reply('POST', '/v1/messages', { json: { id: 1 } });
    await clientOn(recorder).request({
      method: 'POST',
      path: 'messages',
      query: { apiKey: API_KEY, page: 2 },
      json: { to: '+989121234567', login: { password: PASSWORD } },
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "login": {
              "password": "[password]",
            },
            "to": "+989121234567",
          },
          "headers": {
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/v1/messages",
          "query": {
            "apiKey": "[apiKey]",
            "page": "2",
          },
        },
      ]
    `);
    expect(JSON.stringify(recorder.requests)).not.toContain('odd=chars');
  });

  it('reads a form body as its fields and keeps the exact bytes, credentials hidden, in the non-enumerable `wire`', async () => {
    recorder.reply('POST', '/v1/send', { json: {} });
    await clientOn(recorder).request({
      method: 'POST',
      path: 'send',
      form: { receptor: ['09121234567', '09351234567'], message: 'سلام, a b', key: API_KEY },
    });
    const [request] = recorder.requests;
    expect(request).toEqual({
      method: 'POST',
      path: '/v1/send',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-api-key': '[apiKey]' },
      body: { receptor: '09121234567,09351234567', message: 'سلام, a b', key: '[apiKey]' },
    });
    expect(request?.wire).toEqual({
      target: '/v1/send',
      body: 'receptor=09121234567%2C09351234567&message=%D8%B3%D9%84%D8%A7%D9%85%2C+a+b&key=[apiKey]',
    });
    expect(Object.keys(request!)).not.toContain('wire');
  });

  it('keeps the query as sent, in order, in wire.target, and leaves out query and body when there are none', async () => {
    recorder.reply('GET', '/v1/cancel', { json: {} });
    recorder.reply('GET', '/v1/balance', { json: {} });
    const http = clientOn(recorder);
    await http.request({ method: 'GET', path: 'cancel', query: { apiKey: API_KEY, messageId: 300, _format: 'json' } });
    await http.request({ method: 'GET', path: 'balance' });
    expect(recorder.requests.map((request) => request.wire.target)).toEqual([
      '/v1/cancel?apiKey=[apiKey]&messageId=300&_format=json',
      '/v1/balance',
    ]);
    expect(recorder.requests[1]).toEqual({ method: 'GET', path: '/v1/balance', headers: { 'x-api-key': '[apiKey]' } });
  });

  it('shows a header the provider sets itself, and an accept header other than JSON', async () => {
    recorder.reply('GET', '/v1/report', { text: 'ok' });
    await clientOn(recorder).request({
      method: 'GET',
      path: 'report',
      headers: { accept: 'text/csv', 'cache-control': 'no-cache' },
    });
    expect(recorder.requests[0]?.headers).toEqual({
      accept: 'text/csv',
      'cache-control': 'no-cache',
      'x-api-key': '[apiKey]',
    });
  });

  it('hides a credential learnt during the test, in the requests already recorded too', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln';
    recorder.reply('POST', '/v1/auth/token', { json: { token } });
    recorder.reply('POST', '/v1/messages', { json: { id: 1 } });
    const http = clientOn(recorder, { headers: () => ({}) });
    await http.request({ method: 'POST', path: 'auth/token', json: { userName: 'user', password: PASSWORD } });
    await http.request({
      method: 'POST',
      path: 'messages',
      headers: { authorization: `Bearer ${token}` },
      json: { text: 'hi' },
    });
    recorder.hideSecret('token', token);
    expect(recorder.requests.map((request) => [request.body, request.headers.authorization])).toEqual([
      [{ userName: 'user', password: '[password]' }, undefined],
      [{ text: 'hi' }, 'Bearer [token]'],
    ]);
  });
});

describe('createRequestRecorder: how it answers', () => {
  it('answers with the status, headers and body prepared, JSON or text', async () => {
    recorder.reply('POST', '/v1/send', { status: 429, json: { error: 'slow down' }, headers: { 'retry-after': '2' } });
    recorder.reply('GET', '/v1/page', {
      status: 502,
      text: '<html>Bad gateway</html>',
      headers: { 'content-type': 'text/html' },
    });
    recorder.reply('DELETE', '/v1/item', { status: 204 });
    const http = clientOn(recorder);
    const limited = await http.request({ method: 'POST', path: 'send', json: {} });
    expect(limited).toMatchObject({ statusCode: 429, json: { error: 'slow down' } });
    expect(limited.headers).toMatchObject({ 'retry-after': '2', 'content-type': 'application/json; charset=utf-8' });
    const page = await http.request({ method: 'GET', path: 'page' });
    expect(page).toMatchObject({ statusCode: 502, text: '<html>Bad gateway</html>', json: undefined });
    expect(page.headers['content-type']).toBe('text/html');
    expect(await http.request({ method: 'DELETE', path: 'item' })).toMatchObject({ statusCode: 204, text: '' });
  });

  it('builds an answer from the recorded request, and answers `times` requests with one reply', async () => {
    recorder.reply(
      'POST',
      '/v1/status',
      (request) => ({ json: { ids: String((request.body as { id: string }).id).split(',') } }),
      { times: 2 },
    );
    const http = clientOn(recorder);
    expect((await http.request({ method: 'POST', path: 'status', form: { id: ['1', '2'] } })).json).toEqual({
      ids: ['1', '2'],
    });
    expect((await http.request({ method: 'POST', path: 'status', form: { id: '3' } })).json).toEqual({ ids: ['3'] });
  });

  it('passes the answer function the request with credentials hidden', async () => {
    let seen: unknown;
    recorder.reply('GET', '/v1/me', (request) => {
      seen = request.query;
      return { json: {} };
    });
    await clientOn(recorder).request({ method: 'GET', path: 'me', query: { apiKey: API_KEY } });
    expect(seen).toEqual({ apiKey: '[apiKey]' });
  });

  it('matches by method and exact path, ignoring the query unless `query` names parameters it must carry', async () => {
    recorder.reply('GET', '/v1/message-cancel', { json: { which: 'any' } });
    recorder.reply('GET', '/v1/message-cancel', { json: { which: '301' } }, { query: { messageId: '301' } });
    const http = clientOn(recorder);
    expect(
      (await http.request({ method: 'GET', path: 'message-cancel', query: { apiKey: API_KEY, messageId: 301 } })).json,
    ).toEqual({ which: 'any' });
    // The first reply is used up; the second takes only messageId=301.
    expect(
      await catchSmsError(() => http.request({ method: 'GET', path: 'message-cancel', query: { messageId: 302 } })),
    ).toMatchObject({ code: 'NETWORK' });
    expect(
      (await http.request({ method: 'GET', path: 'message-cancel', query: { messageId: 301, apiKey: API_KEY } })).json,
    ).toEqual({ which: '301' });
    await expect(recorder.close()).rejects.toThrow('GET https://api.provider.test/v1/message-cancel?messageId=302');
  });

  it('matches a path pattern, and headers with the values given (a stale and a fresh token)', async () => {
    recorder.reply(
      'POST',
      '/v1/messages/send',
      { status: 401, json: {} },
      { headers: { Authorization: 'Bearer stale' } },
    );
    recorder.reply(
      'POST',
      /^\/v1\/messages\/send$/,
      { json: { ok: true } },
      { headers: { authorization: 'Bearer fresh' } },
    );
    const http = clientOn(recorder);
    expect(
      (await http.request({ method: 'POST', path: 'messages/send', headers: { authorization: 'Bearer fresh' } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await http.request({ method: 'POST', path: 'messages/send', headers: { authorization: 'Bearer stale' } }))
        .statusCode,
    ).toBe(401);
  });

  it('delays an answer by `delayMs`, past a call deadline', async () => {
    recorder.reply('POST', '/v1/send', { json: {} }, { delayMs: 300 });
    expect(
      await catchSmsError(() =>
        clientOn(recorder).request({ method: 'POST', path: 'send', json: {} }, { timeoutMs: 20 }),
      ),
    ).toMatchObject({ code: 'TIMEOUT', outcome: 'unknown' });
  });

  it('fails a request at the connection level: a reset after sending, a refusal before, or any error given', async () => {
    recorder.replyWithError('POST', '/v1/send', 'ECONNRESET');
    recorder.replyWithError('POST', '/v1/send', 'ECONNREFUSED');
    recorder.replyWithError(
      'DELETE',
      '/v1/scheduled/b',
      Object.assign(new Error(`socket hang up while sending ${PASSWORD}`), { code: 'UND_ERR_SOCKET' }),
    );
    const http = clientOn(recorder, { secrets: () => [PASSWORD] });
    const reset = await catchSmsError(() => http.request({ method: 'POST', path: 'send', json: {} }));
    expect(reset).toMatchObject({ code: 'NETWORK', outcome: 'unknown' });
    expect(reset.cause).toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
    expect(await catchSmsError(() => http.request({ method: 'POST', path: 'send', json: {} }))).toMatchObject({
      code: 'NETWORK',
      outcome: 'not-sent',
    });
    const socket = await catchSmsError(() => http.request({ method: 'DELETE', path: 'scheduled/b' }));
    expect(socket).toMatchObject({ code: 'NETWORK', cause: { code: 'UND_ERR_SOCKET' } });
    expect(recorder.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/send',
      'POST /v1/send',
      'DELETE /v1/scheduled/b',
    ]);
  });
});

describe('createRequestRecorder: failing loudly', () => {
  it('fails a request with no reply prepared, records it, and fails close() naming its method and path', async () => {
    recorder.reply('POST', '/v1/send', { json: {} });
    const http = clientOn(recorder);
    await http.request({ method: 'POST', path: 'send', json: {} });
    const error = await catchSmsError(() =>
      http.request({ method: 'POST', path: 'sendd', query: { apiKey: API_KEY } }),
    );
    expect(error).toMatchObject({ code: 'NETWORK' });
    expect(String((error.cause as Error).message)).toContain(
      'No reply was prepared for POST https://api.provider.test/v1/sendd?apiKey=',
    );
    expect(recorder.requests.map((request) => request.path)).toEqual(['/v1/send', '/v1/sendd']);
    const closing = recorder.close();
    await expect(closing).rejects.toThrow(
      '1 request(s) had no reply prepared: POST https://api.provider.test/v1/sendd?apiKey=[apiKey].',
    );
    await expect(closing).rejects.not.toThrow('odd=chars');
  });

  it('fails a request to another origin', async () => {
    const http = createHttpClient({
      provider: 'test',
      baseUrl: 'https://elsewhere.test',
      dispatcher: recorder.dispatcher,
    });
    expect(await catchSmsError(() => http.request({ method: 'GET', path: 'x' }))).toMatchObject({ code: 'NETWORK' });
    await expect(recorder.close()).rejects.toThrow('GET https://elsewhere.test/x');
  });

  it('fails close() naming the prepared replies that were never used, and how many times', async () => {
    recorder.reply('POST', '/v1/send', { json: {} }, { times: 3 });
    recorder.replyWithError('GET', '/v1/me', 'ECONNRESET', { query: { format: 'json' } });
    recorder.reply('GET', /^\/v1\/status\/\d+$/, { json: {} });
    await clientOn(recorder).request({ method: 'POST', path: 'send', json: {} });
    await expect(recorder.close()).rejects.toThrow(
      'Prepared replies were never used: POST /v1/send (2 more times), GET /v1/me?format=json, GET /^\\/v1\\/status\\/\\d+$/.',
    );
  });

  it('closes cleanly when every reply was used and every request answered, and a second close() does nothing', async () => {
    recorder.reply('GET', '/v1/me', { json: {} });
    await clientOn(recorder).request({ method: 'GET', path: 'me' });
    await recorder.close();
    await recorder.close();
  });
});

describe('createRequestRecorder: packaging', () => {
  it('imports neither vitest nor undici at load time (provider-utils is imported by providers in production)', () => {
    const folder = new URL('./', import.meta.url);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
      const source = readFileSync(new URL(file, folder), 'utf8');
      expect(source, file).not.toMatch(/from 'vitest'/);
      expect(source, file).not.toMatch(/^import (?!type)[^;]*from 'undici'/m);
    }
  });
});
