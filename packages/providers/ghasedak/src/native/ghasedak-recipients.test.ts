import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { checkGhasedakRecipients } from './ghasedak-recipients';

function refusal(to: string | string[], scope: Parameters<typeof checkGhasedakRecipients>[2]): SmsError {
  try {
    checkGhasedakRecipients(to, 'ghasedak', scope);
  } catch (error) {
    if (SmsError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(to)} was accepted for ${scope}`);
}

describe('checkGhasedakRecipients', () => {
  it('accepts Iranian mobiles in every notation for SMS and returns them in E.164', () => {
    expect(
      checkGhasedakRecipients(
        ['+989121234567', '09351234567', '989901234567', '۰۹۱۲۷۶۵۴۳۲۱'],
        'ghasedak',
        'iranian-mobile',
      ),
    ).toEqual(['+989121234567', '+989351234567', '+989901234567', '+989127654321']);
  });

  it.each([
    // Thirteen characters from +98 but a Tehran landline: not a mobile.
    ['+982112345678', 'is not an Iranian mobile number'],
    ['021 1234 5678', 'is not an Iranian mobile number'],
    // +98 9000…: a sender line, not the mobile it looks like.
    ['+989000123456', 'is a sender line or short code'],
    ['30005006', 'is a sender line or short code'],
    ['+33612345678', 'is not an Iranian number'],
  ])('refuses %s for SMS with INVALID_RECIPIENT before any request', (number, reason) => {
    // In a list of mobiles, so that the list path (one pattern per number) is the one that meets it.
    const error = refusal(['+989121234567', number, '+989121234568'], 'iranian-mobile');
    expect(error).toMatchObject({ code: 'INVALID_RECIPIENT', outcome: 'not-sent', retryable: false });
    expect(error.message).toContain(reason);
  });

  it('accepts a landline for voice calls and a number abroad for the verification service only', () => {
    expect(checkGhasedakRecipients(['+982112345678', '09121234567'], 'ghasedak', 'iranian')).toEqual([
      '+982112345678',
      '+989121234567',
    ]);
    expect(refusal('+33612345678', 'iranian').message).toContain('voice messages reach Iranian numbers only');
    expect(checkGhasedakRecipients(['+33612345678', '09121234567'], 'ghasedak', 'international')).toEqual([
      '+33612345678',
      '+989121234567',
    ]);
  });
});
