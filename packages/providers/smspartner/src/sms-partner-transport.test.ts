import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { SmsError } from '@sms/core';
import { createRequestRecorder } from '@sms/core/provider-utils';
import { describe, expect, it } from 'vitest';
import meAnswer from './__fixtures__/me.json';
import { createSmsPartner } from './create-sms-partner';
import { API_KEY, useMockSmsPartner } from './test-support/mock-sms-partner';

// A key with characters that URL encoding changes, so the query-string form differs from the raw key.
const KEY = 'sp+Key/with=odd&chars-5e1f';
const ENCODED_KEY = new URLSearchParams({ apiKey: KEY }).toString().slice('apiKey='.length);

function renderings(error: SmsError): string[] {
  return [
    error.message,
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    error.stack ?? '',
    inspect(error.cause, { depth: 10 }),
  ];
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
  const { recorder, provider, answer } = useMockSmsPartner(KEY);

  it('the key is really sent in the query of GET calls (so the next tests mean something)', async () => {
    answer('GET', '/v1/me', { success: true, code: 200, credits: { balance: '1' } });
    await provider().getBalance();
    // The recorder shows the key, written as is or encoded, as [apiKey]: here it is the whole value of the
    // query parameter, which it would not be had the key's `&` and `=` gone out unencoded.
    expect(recorder.requests[0]?.query).toEqual({ apiKey: '[apiKey]', _format: 'json' });
    expect(recorder.requests[0]?.wire.target).toBe('/v1/me?apiKey=[apiKey]&_format=json');
  });

  it('a GET answer that echoes the key and the URL', async () => {
    const echo = `Clé API incorrecte: ${KEY} (https://api.smspartner.fr/v1/me?apiKey=${ENCODED_KEY})`;
    answer('GET', '/v1/me', { success: false, code: 10, message: echo, apiKey: KEY });
    expectNoKey(
      await provider()
        .getBalance()
        .catch((error: unknown) => error),
    );
  });

  it('a GET transport failure whose low-level error carries the URL', async () => {
    recorder.replyWithError(
      'GET',
      '/v1/message-cancel',
      Object.assign(
        new Error(`connect ECONNREFUSED https://api.smspartner.fr/v1/message-cancel?apiKey=${ENCODED_KEY}&messageId=1`),
        { code: 'ECONNREFUSED' },
      ),
    );
    const error = await provider()
      .native.cancel(1)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'NETWORK', outcome: 'not-sent' });
    expectNoKey(error);
  });

  it('an HTML error page of a GET call that shows the query string', async () => {
    recorder.reply('GET', '/v1/bulk-status', {
      status: 502,
      text: `<html>Bad gateway for /v1/bulk-status?apiKey=${ENCODED_KEY}&messageId=1</html>`,
      headers: { 'content-type': 'text/html' },
    });
    expectNoKey(
      await provider()
        .getStatus('1')
        .catch((error: unknown) => error),
    );
  });

  it('a POST answer that echoes the body', async () => {
    answer('POST', '/v1/send', {
      success: false,
      code: 9,
      errors: [{ elementId: 'children[apiKey].data', message: `Unexpected ${KEY}` }],
      request: { apiKey: KEY },
    });
    expectNoKey(
      await provider()
        .send({ to: '+33611111111', text: 'x' })
        .catch((error: unknown) => error),
    );
  });

  it('a timeout of a GET call', async () => {
    answer('GET', '/v1/me', {}, { delayMs: 500 });
    expectNoKey(
      await provider()
        .getBalance({ timeoutMs: 20 })
        .catch((error: unknown) => error),
    );
  });
});

describe('requests', () => {
  const { recorder, answerMe } = useMockSmsPartner();

  it('a base URL with a path prefix keeps the prefix (as the simulator uses)', async () => {
    const prefixed = createRequestRecorder({ origin: 'http://127.0.0.1:9999', secrets: { apiKey: API_KEY } });
    prefixed.reply('GET', '/smspartner/v1/me', { json: meAnswer });
    const partner = createSmsPartner({
      apiKey: API_KEY,
      dispatcher: prefixed.dispatcher,
      baseUrl: 'http://127.0.0.1:9999/smspartner',
    });
    await expect(partner.native.me()).resolves.toMatchObject({ success: true });
    expect(prefixed.requests.map((request) => request.wire.target)).toEqual([
      '/smspartner/v1/me?apiKey=[apiKey]&_format=json',
    ]);
    await prefixed.close();
  });

  it('reads the key lazily from SMSPARTNER_API_KEY, and fails with AUTHENTICATION before any request without one', async () => {
    const previous = process.env.SMSPARTNER_API_KEY;
    try {
      delete process.env.SMSPARTNER_API_KEY;
      const partner = createSmsPartner({ dispatcher: recorder.dispatcher });
      const error = await partner.native.me().catch((caught: unknown) => caught);
      expect(SmsError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
      expect((error as SmsError).message).toContain('SMSPARTNER_API_KEY');
      expect(recorder.requests).toEqual([]);

      process.env.SMSPARTNER_API_KEY = 'key-from-the-environment';
      recorder.hideSecret('environmentKey', 'key-from-the-environment');
      answerMe();
      await partner.native.me();
      expect(recorder.requests[0]?.query?.apiKey).toBe('[environmentKey]');
    } finally {
      if (previous === undefined) delete process.env.SMSPARTNER_API_KEY;
      else process.env.SMSPARTNER_API_KEY = previous;
    }
  });

  it("names this package and its version, read from its package.json, in the User-Agent before @sms/core's", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const userAgents: unknown[] = [];
    // The recorder leaves the User-Agent out of its records (it holds versions), so it is read on its way there.
    const dispatcher = recorder.dispatcher.compose((dispatch) => (options, handler) => {
      userAgents.push((options.headers as Record<string, string> | undefined)?.['user-agent']);
      return dispatch(options, handler);
    });
    answerMe();
    await createSmsPartner({ apiKey: API_KEY, dispatcher }).native.me();
    expect(userAgents).toHaveLength(1);
    const [product, ...rest] = String(userAgents[0]).split(' ');
    expect(product).toBe(`sms-smspartner/${version}`);
    expect(rest.join(' ')).toMatch(/^sms-core\/\S+ \(\+https:\/\/github\.com\/sms-sdk\/sms\)$/);
  });
});
