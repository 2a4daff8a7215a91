import { beforeEach, describe, expect, it, vi } from 'vitest';
import error500 from './__fixtures__/error-500.json' with { type: 'json' };
import sendAnswer from './__fixtures__/send-answer.json' with { type: 'json' };
import { createSmsAfzar } from './create-sms-afzar';
import {
  API_KEY,
  apiKeyProvider,
  caught,
  expectNoSecret,
  fakeJwt,
  jwtProvider,
  PASSWORD,
  replySent,
  replyToken,
  useRecorder,
} from './test-support/mock-sms-afzar';

const ENVIRONMENT = [
  'SMSAFZAR_API_KEY',
  'SMSAFZAR_USERNAME',
  'SMSAFZAR_PASSWORD',
  'SMSAFZAR_DOMAIN',
  'SMSAFZAR_SENDER_NUMBER',
];
const message = { to: '09100000000', text: 'x' };

describe('credentials', () => {
  const recorder = useRecorder();
  beforeEach(() => {
    for (const name of ENVIRONMENT) vi.stubEnv(name, '');
  });

  it('reads nothing at creation: a provider made before its environment is set works once it is', async () => {
    const provider = createSmsAfzar({ dispatcher: recorder.dispatcher });
    vi.stubEnv('SMSAFZAR_API_KEY', 'key-from-environment');
    vi.stubEnv('SMSAFZAR_SENDER_NUMBER', '30001000');
    recorder.hideSecret('apiKeyFromEnvironment', 'key-from-environment');
    replySent(recorder);
    await provider.send(message);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "content": "x",
            "recipientNumber": "09100000000",
            "senderNumber": "30001000",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKeyFromEnvironment]",
          },
          "method": "POST",
          "path": "/messages/send",
        },
      ]
    `);
  });

  it('uses SMSAFZAR_USERNAME, SMSAFZAR_PASSWORD and SMSAFZAR_DOMAIN for JWT when no API key is set', async () => {
    vi.stubEnv('SMSAFZAR_USERNAME', 'env-user');
    vi.stubEnv('SMSAFZAR_PASSWORD', 'env-password-123');
    vi.stubEnv('SMSAFZAR_DOMAIN', 'env.domain');
    recorder.hideSecret('passwordFromEnvironment', 'env-password-123');
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    replySent(recorder);
    await createSmsAfzar({ senderNumber: '10001000', dispatcher: recorder.dispatcher }).send(message);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "domain": "env.domain",
            "password": "[passwordFromEnvironment]",
            "userName": "env-user",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/auth/token",
        },
        {
          "body": {
            "content": "x",
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
          },
          "headers": {
            "authorization": "Bearer [token]",
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/messages/send",
        },
      ]
    `);
  });

  it('prefers an API key passed in the settings over JWT credentials in the environment, and settings over the environment', async () => {
    vi.stubEnv('SMSAFZAR_USERNAME', 'env-user');
    vi.stubEnv('SMSAFZAR_API_KEY', 'env-key');
    recorder.hideSecret('apiKeyFromEnvironment', 'env-key');
    replySent(recorder, { times: 2 });
    await apiKeyProvider(recorder).send(message);
    await createSmsAfzar({ senderNumber: '10001000', dispatcher: recorder.dispatcher }).send(message);
    expect(recorder.requests.map((request) => request.headers['x-api-key'])).toEqual([
      '[apiKey]',
      '[apiKeyFromEnvironment]',
    ]);
  });

  it('fails with AUTHENTICATION naming every setting and variable when there are no credentials, before any request', async () => {
    const error = await caught(() =>
      createSmsAfzar({ senderNumber: '10001000', dispatcher: recorder.dispatcher }).send(message),
    );
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent', provider: 'smsafzar' });
    for (const name of [
      'apiKey',
      'userName',
      'password',
      'domain',
      'SMSAFZAR_API_KEY',
      'SMSAFZAR_USERNAME',
      'SMSAFZAR_PASSWORD',
      'SMSAFZAR_DOMAIN',
    ]) {
      expect(error.message).toContain(name);
    }
    expect(recorder.requests).toHaveLength(0);
  });

  it('names the one JWT credential that is missing', async () => {
    const error = await caught(() =>
      createSmsAfzar({
        userName: 'user-name',
        password: PASSWORD,
        senderNumber: '10001000',
        dispatcher: recorder.dispatcher,
      }).send(message),
    );
    expect(error.code).toBe('AUTHENTICATION');
    expect(error.message).toContain('`domain`');
    expect(error.message).toContain('SMSAFZAR_DOMAIN');
    expectNoSecret(error, [PASSWORD]);
  });

  it('never shows the API key, the password or a token in an error, even when the server echoes them', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    recorder.reply('POST', '/messages/send', {
      status: 500,
      json: { ...error500, errorMessage: `bad key ${API_KEY}`, apiKey: API_KEY },
    });
    const apiKeyError = await caught(() => apiKeyProvider(recorder).send(message));
    expectNoSecret(apiKeyError, [API_KEY]);

    replyToken(recorder, token);
    recorder.reply('POST', '/messages/send', {
      status: 400,
      json: {
        errorCode: 1001,
        errorMessage: `token ${token} password ${PASSWORD}`,
        validationErrors: [{ field: 'password', errorMessage: PASSWORD }],
      },
    });
    const jwtError = await caught(() => jwtProvider(recorder).send(message));
    expect(jwtError.code).toBe('INVALID_INPUT');
    expectNoSecret(jwtError, [PASSWORD, token]);

    recorder.reply('POST', '/auth/token', {
      status: 400,
      json: { errorCode: 1001, errorMessage: `رمز ${PASSWORD}`, password: PASSWORD },
    });
    const loginError = await caught(() => jwtProvider(recorder).send(message));
    expectNoSecret(loginError, [PASSWORD]);
  });

  it('never shows the password in a transport failure of the token request', async () => {
    recorder.replyWithError(
      'POST',
      '/auth/token',
      Object.assign(new Error(`socket hang up while sending ${PASSWORD}`), { code: 'UND_ERR_SOCKET' }),
    );
    const error = await caught(() => jwtProvider(recorder).send(message));
    expect(error.outcome).toBe('not-sent');
    expectNoSecret(error, [PASSWORD]);
  });
});

describe('HTTP settings', () => {
  const recorder = useRecorder();

  it('maxResponseBytes caps what is read of an answer', async () => {
    recorder.reply('POST', '/messages/send', { json: { ...sendAnswer, padding: 'x'.repeat(1000) } });
    const error = await caught(() =>
      apiKeyProvider(recorder, { maxResponseBytes: 256 }).send({ to: '09100000000', text: 'x' }),
    );
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', provider: 'smsafzar' });
    expect(error.message).toContain('maxResponseBytes');
  });

  it('refuses a timeoutMs or maxResponseBytes that is not a positive number', () => {
    for (const settings of [{ timeoutMs: 0 }, { timeoutMs: -1 }, { maxResponseBytes: 0 }]) {
      expect(() => createSmsAfzar({ apiKey: 'k', ...settings })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
  });
});

describe('rateLimit', () => {
  it.each([{ requestsPerSecond: 0 }, { requestsPerSecond: 10, burst: 0 }, 'fast'])(
    'refuses %j at creation with INVALID_INPUT',
    (rateLimit) => {
      expect(() => createSmsAfzar({ apiKey: 'k', rateLimit: rateLimit as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    },
  );
});
