import { describe, expect, it } from 'vitest';
import { OtpRequestPipe } from './otp-request-pipe';

describe('OtpRequestPipe', () => {
  const pipe = new OtpRequestPipe();

  it('reads { to, code, provider } as the otp template', () => {
    expect(pipe.transform({ to: '09121234567', code: '4821', provider: 'smsafzar' })).toEqual({
      message: { to: '09121234567', template: 'otp', params: { code: '4821' } },
      provider: 'smsafzar',
    });
  });

  it('points a bad code at #/code, and refuses text and anything but an object', () => {
    expect(() => pipe.transform({ to: '09121234567', code: 4821 })).toThrow(
      /#\/code: Template parameters must be strings/,
    );
    expect(() => pipe.transform({ to: '09121234567', code: '1', text: 'x' })).toThrow(/#\/text/);
    expect(() => pipe.transform(['09121234567'])).toThrow(/#: The body must be a JSON object/);
  });
});
