import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { TextRequestPipe } from './text-request-pipe';

describe('TextRequestPipe', () => {
  const pipe = new TextRequestPipe();

  it('reads a text request: recipients once each, the send time as a date, the provider apart', () => {
    expect(
      pipe.transform({
        to: ['09121234567', '+98 912 123 4567', '09351234567'],
        text: 'Hi',
        sendAt: '2099-01-01T12:30:00+03:30',
        provider: 'ghasedak',
      }),
    ).toEqual({
      message: { to: ['09121234567', '09351234567'], text: 'Hi', sendAt: new Date('2099-01-01T09:00:00Z') },
      provider: 'ghasedak',
    });
  });

  it('refuses a bad body with an INVALID_INPUT SmsError listing each problem by its pointer', () => {
    let caught: unknown;
    try {
      pipe.transform({ to: 42, text: '', sendAt: '2099-01-01T09:00:00', template: 'otp' });
    } catch (error) {
      caught = error;
    }
    expect(SmsError.isInstance(caught) && caught.code).toBe('INVALID_INPUT');
    expect((caught as Error).message).toMatch(/^The request body is not valid\. /);
    for (const pointer of ['#/template', '#/to', '#/sendAt', '#/text'])
      expect((caught as Error).message).toContain(`${pointer}: `);
  });
});
