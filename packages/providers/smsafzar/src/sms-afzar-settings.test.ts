import { beforeEach, describe, expect, it, vi } from 'vitest';
import error500 from './__fixtures__/error-500.json' with { type: 'json' };
import sendAnswer from './__fixtures__/send-answer.json' with { type: 'json' };
import { createSmsAfzar } from './create-sms-afzar';
import { API_KEY, apiKeyProvider, caught, expectNoSecret, fakeJwt, JSON_HEADERS, jwtProvider, PASSWORD, replyToken, useMock } from './test-support/mock-sms-afzar';

const ENVIRONMENT = ['SMSAFZAR_API_KEY', 'SMSAFZAR_USERNAME', 'SMSAFZAR_PASSWORD', 'SMSAFZAR_DOMAIN', 'SMSAFZAR_SENDER_NUMBER'];
const message = { to: '09100000000', text: 'x' };

describe('credentials', () => {
  const mock = useMock();
  beforeEach(() => {
    for (const name of ENVIRONMENT) vi.stubEnv(name, '');
  });

  it('reads nothing at creation: a provider made before its environment is set works once it is', async () => {
    const provider = createSmsAfzar({ dispatcher: mock.agent });
    vi.stubEnv('SMSAFZAR_API_KEY', 'key-from-environment');
    vi.stubEnv('SMSAFZAR_SENDER_NUMBER', '30001000');
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS);
    await provider.send(message);
    expect(mock.calls()[0]!.headers['x-api-key']).toBe('key-from-environment');
    expect(mock.calls()[0]!.body).toMatchObject({ senderNumber: '30001000' });
  });

  it('uses SMSAFZAR_USERNAME, SMSAFZAR_PASSWORD and SMSAFZAR_DOMAIN for JWT when no API key is set', async () => {
    vi.stubEnv('SMSAFZAR_USERNAME', 'env-user');
    vi.stubEnv('SMSAFZAR_PASSWORD', 'env-password-123');
    vi.stubEnv('SMSAFZAR_DOMAIN', 'env.domain');
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(mock, token);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS);
    await createSmsAfzar({ senderNumber: '10001000', dispatcher: mock.agent }).send(message);
    expect(mock.calls()[0]!.body).toEqual({ userName: 'env-user', password: 'env-password-123', domain: 'env.domain' });
    expect(mock.calls()[1]!.headers['authorization']).toBe(`Bearer ${token}`);
  });

  it('prefers an API key passed in the settings over JWT credentials in the environment, and settings over the environment', async () => {
    vi.stubEnv('SMSAFZAR_USERNAME', 'env-user');
    vi.stubEnv('SMSAFZAR_API_KEY', 'env-key');
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS).times(2);
    await apiKeyProvider(mock).send(message);
    await createSmsAfzar({ senderNumber: '10001000', dispatcher: mock.agent }).send(message);
    expect(mock.calls().map((call) => call.headers['x-api-key'])).toEqual([API_KEY, 'env-key']);
  });

  it('fails with AUTHENTICATION naming every setting and variable when there are no credentials, before any request', async () => {
    const error = await caught(() => createSmsAfzar({ senderNumber: '10001000', dispatcher: mock.agent }).send(message));
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent', provider: 'smsafzar' });
    for (const name of ['apiKey', 'userName', 'password', 'domain', 'SMSAFZAR_API_KEY', 'SMSAFZAR_USERNAME', 'SMSAFZAR_PASSWORD', 'SMSAFZAR_DOMAIN']) {
      expect(error.message).toContain(name);
    }
    expect(mock.calls()).toHaveLength(0);
  });

  it('names the one JWT credential that is missing', async () => {
    const error = await caught(() => createSmsAfzar({ userName: 'user-name', password: PASSWORD, senderNumber: '10001000', dispatcher: mock.agent }).send(message));
    expect(error.code).toBe('AUTHENTICATION');
    expect(error.message).toContain('`domain`');
    expect(error.message).toContain('SMSAFZAR_DOMAIN');
    expectNoSecret(error, [PASSWORD]);
  });

  it('never shows the API key, the password or a token in an error, even when the server echoes them', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(500, { ...error500, errorMessage: `bad key ${API_KEY}`, apiKey: API_KEY }, JSON_HEADERS);
    const apiKeyError = await caught(() => apiKeyProvider(mock).send(message));
    expectNoSecret(apiKeyError, [API_KEY]);

    replyToken(mock, token);
    mock.pool
      .intercept({ method: 'POST', path: '/messages/send' })
      .reply(400, { errorCode: 1001, errorMessage: `token ${token} password ${PASSWORD}`, validationErrors: [{ field: 'password', errorMessage: PASSWORD }] }, JSON_HEADERS);
    const jwtError = await caught(() => jwtProvider(mock).send(message));
    expect(jwtError.code).toBe('INVALID_INPUT');
    expectNoSecret(jwtError, [PASSWORD, token]);

    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(400, { errorCode: 1001, errorMessage: `رمز ${PASSWORD}`, password: PASSWORD }, JSON_HEADERS);
    const loginError = await caught(() => jwtProvider(mock).send(message));
    expectNoSecret(loginError, [PASSWORD]);
  });

  it('never shows the password in a transport failure of the token request', async () => {
    mock.pool.intercept({ method: 'POST', path: '/auth/token' }).replyWithError(Object.assign(new Error(`socket hang up while sending ${PASSWORD}`), { code: 'UND_ERR_SOCKET' }));
    const error = await caught(() => jwtProvider(mock).send(message));
    expect(error.outcome).toBe('not-sent');
    expectNoSecret(error, [PASSWORD]);
  });
});

describe('HTTP settings', () => {
  const mock = useMock();

  it('maxResponseBytes caps what is read of an answer', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, { ...sendAnswer, padding: 'x'.repeat(1000) }, JSON_HEADERS);
    const error = await caught(() => apiKeyProvider(mock, { maxResponseBytes: 256 }).send({ to: '09100000000', text: 'x' }));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', provider: 'smsafzar' });
    expect(error.message).toContain('maxResponseBytes');
  });

  it('refuses a timeoutMs or maxResponseBytes that is not a positive number', () => {
    for (const settings of [{ timeoutMs: 0 }, { timeoutMs: -1 }, { maxResponseBytes: 0 }]) {
      expect(() => createSmsAfzar({ apiKey: 'k', ...settings })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
});
