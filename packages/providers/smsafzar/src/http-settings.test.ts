import { describe, expect, it } from 'vitest';
import sendAnswer from './__fixtures__/send-answer.json' with { type: 'json' };
import { createSmsAfzar } from './create-sms-afzar';
import { apiKeyProvider, caught, JSON_HEADERS, useMock } from './test-support/mock-smsafzar';

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
