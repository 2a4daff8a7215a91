import { catchSmsError } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import sendAnswer from './__fixtures__/send.json';
import { createSmsPartner } from './create-sms-partner';
import { useMockSmsPartner } from './test-support/use-mock-sms-partner';

describe('HTTP settings', () => {
  const { mock, provider } = useMockSmsPartner();

  it('maxResponseBytes caps what is read of an answer', async () => {
    mock.reply('POST', '/v1/send', { ...sendAnswer, padding: 'x'.repeat(1000) });
    const error = await catchSmsError(() => provider({ maxResponseBytes: 256 }).send({ to: '+33612345678', text: 'hi' }));
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', provider: 'smspartner' });
    expect(error.message).toContain('maxResponseBytes');
  });

  it('refuses a timeoutMs or maxResponseBytes that is not a positive number', () => {
    for (const settings of [{ timeoutMs: 0 }, { timeoutMs: -1 }, { maxResponseBytes: 0 }]) {
      expect(() => createSmsPartner({ apiKey: 'k', ...settings })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
});
