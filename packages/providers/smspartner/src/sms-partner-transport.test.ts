import { inspect } from 'node:util';
import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import meAnswer from './__fixtures__/me.json';
import { createSmsPartner } from './create-sms-partner';
import { API_KEY, mockSmsPartner, useMockSmsPartner } from './test-support/mock-sms-partner';

// A key with characters that URL encoding changes, so the query-string form differs from the raw key.
const KEY = 'sp+Key/with=odd&chars-5e1f';
const ENCODED_KEY = new URLSearchParams({ apiKey: KEY }).toString().slice('apiKey='.length);

function renderings(error: SmsError): string[] {
  return [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10 }), error.stack ?? '', inspect(error.cause, { depth: 10 })];
}

function expectNoKey(error: unknown): void {
  expect(SmsError.isInstance(error), `expected an SmsError, got ${String(error)}`).toBe(true);
  for (const text of renderings(error as SmsError)) {
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(ENCODED_KEY);
    expect(text).not.toContain(encodeURIComponent(KEY));
  }
}

describe('the API key never appears in an error', () => {
  const { mock, provider } = useMockSmsPartner(KEY);

  it('the key is really sent in the query of GET calls (so the next tests mean something)', async () => {
    mock.reply('GET', '/v1/me', { success: true, code: 200, credits: { balance: '1' } });
    await provider().getBalance();
    expect(mock.requests[0]?.search).toContain(`apiKey=${ENCODED_KEY}`);
    expect(mock.requests[0]?.query.apiKey).toBe(KEY);
  });

  it('a GET answer that echoes the key and the URL', async () => {
    const echo = `Clé API incorrecte: ${KEY} (https://api.smspartner.fr/v1/me?apiKey=${ENCODED_KEY})`;
    mock.reply('GET', '/v1/me', { success: false, code: 10, message: echo, apiKey: KEY });
    expectNoKey(await provider().getBalance().catch((error: unknown) => error));
  });

  it('a GET transport failure whose low-level error carries the URL', async () => {
    mock.agent
      .get('https://api.smspartner.fr')
      .intercept({ method: 'GET', path: (path) => path.startsWith('/v1/message-cancel') })
      .replyWithError(Object.assign(new Error(`connect ECONNREFUSED https://api.smspartner.fr/v1/message-cancel?apiKey=${ENCODED_KEY}&messageId=1`), { code: 'ECONNREFUSED' }));
    const error = await provider()
      .native.cancel(1)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'NETWORK', outcome: 'not-sent' });
    expectNoKey(error);
  });

  it('an HTML error page of a GET call that shows the query string', async () => {
    mock.reply('GET', '/v1/bulk-status', undefined, { status: 502, text: `<html>Bad gateway for /v1/bulk-status?apiKey=${ENCODED_KEY}&messageId=1</html>` });
    expectNoKey(await provider().getStatus('1').catch((error: unknown) => error));
  });

  it('a POST answer that echoes the body', async () => {
    mock.reply('POST', '/v1/send', { success: false, code: 9, errors: [{ elementId: 'children[apiKey].data', message: `Unexpected ${KEY}` }], request: { apiKey: KEY } });
    expectNoKey(await provider().send({ to: '+33611111111', text: 'x' }).catch((error: unknown) => error));
  });

  it('a timeout of a GET call', async () => {
    mock.agent
      .get('https://api.smspartner.fr')
      .intercept({ method: 'GET', path: (path) => path.startsWith('/v1/me') })
      .reply(200, {})
      .delay(500);
    expectNoKey(await provider().getBalance({ timeoutMs: 20 }).catch((error: unknown) => error));
  });
});

describe('requests', () => {
  const { mock } = useMockSmsPartner();

  it('a base URL with a path prefix keeps the prefix (as the simulator uses)', async () => {
    const prefixed = mockSmsPartner('http://127.0.0.1:9999');
    prefixed.agent
      .get('http://127.0.0.1:9999')
      .intercept({ method: 'GET', path: (path) => path.startsWith('/smspartner/v1/me?') })
      .reply(200, meAnswer, { headers: { 'content-type': 'application/json' } });
    const partner = createSmsPartner({ apiKey: API_KEY, dispatcher: prefixed.agent, baseUrl: 'http://127.0.0.1:9999/smspartner' });
    await expect(partner.native.me()).resolves.toMatchObject({ success: true });
    await prefixed.close();
  });

  it('reads the key lazily from SMSPARTNER_API_KEY, and fails with AUTHENTICATION before any request without one', async () => {
    const previous = process.env.SMSPARTNER_API_KEY;
    try {
      delete process.env.SMSPARTNER_API_KEY;
      const partner = createSmsPartner({ dispatcher: mock.agent });
      const error = await partner.native.me().catch((caught: unknown) => caught);
      expect(SmsError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
      expect((error as SmsError).message).toContain('SMSPARTNER_API_KEY');
      expect(mock.requests).toHaveLength(0);

      process.env.SMSPARTNER_API_KEY = 'key-from-the-environment';
      mock.reply('GET', '/v1/me', meAnswer);
      await partner.native.me();
      expect(mock.requests[0]?.query.apiKey).toBe('key-from-the-environment');
    } finally {
      if (previous === undefined) delete process.env.SMSPARTNER_API_KEY;
      else process.env.SMSPARTNER_API_KEY = previous;
    }
  });
});
