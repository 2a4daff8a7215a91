import { catchSmsError } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import sendAnswer from './__fixtures__/send.json';
import { createSmsPartner } from './create-sms-partner';
import { useMockSmsPartner } from './test-support/mock-sms-partner';

describe('settings', () => {
  const { provider, answerSend } = useMockSmsPartner();

  it('maxResponseBytes caps what is read of an answer', async () => {
    answerSend({ ...sendAnswer, padding: 'x'.repeat(1000) });
    const error = await catchSmsError(() =>
      provider({ maxResponseBytes: 256 }).send({ to: '+33612345678', text: 'hi' }),
    );
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', provider: 'smspartner' });
    expect(error.message).toContain('maxResponseBytes');
  });

  it('refuses a timeoutMs or maxResponseBytes that is not a positive number', () => {
    for (const settings of [{ timeoutMs: 0 }, { timeoutMs: -1 }, { maxResponseBytes: 0 }]) {
      expect(() => createSmsPartner({ apiKey: 'k', ...settings })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
  });

  it.each([
    ['a bad default sender', { sender: 'Way too long sender' }],
    ['a bad gamme', { gamme: 3 }],
    ['a relative urlDlr', { urlDlr: '/dlr' }],
    ['a bad roundSendAt', { roundSendAt: 'down' }],
    ['a zero concurrency', { concurrency: 0 }],
    ['an id with capitals', { id: 'SmsPartner' }],
  ])('refuses %s', (_name, settings) => {
    expect(() => createSmsPartner(settings as never)).toThrowError(
      expect.objectContaining({ code: expect.stringMatching(/INVALID_INPUT|INVALID_SENDER/) }),
    );
  });
});

describe('rateLimit', () => {
  it.each([{ requestsPerSecond: 0 }, { requestsPerSecond: 10, burst: 0 }, 'fast'])(
    'refuses %j at creation with INVALID_INPUT',
    (rateLimit) => {
      expect(() => createSmsPartner({ apiKey: 'k', rateLimit: rateLimit as never })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    },
  );
});
