import { SmsError } from '../../errors/sms-error';
import type { SmsErrorCode } from '../../errors/sms-error-code';
import { describe, expect, it } from 'vitest';
import { problemFromSmsError, retryAfterSeconds } from './problem-from-sms-error';
import { statusForSmsError } from './status-for-sms-error';

describe('problemFromSmsError', () => {
  it('builds the problem with the default type and without options', () => {
    const error = new SmsError('"12" is not a phone number. Nothing was sent.', {
      code: 'INVALID_RECIPIENT',
      provider: 'ghasedak',
      providerCode: 7,
      statusCode: 400,
    });

    expect(problemFromSmsError(error)).toEqual({
      type: 'urn:sms:error:invalid-recipient',
      title: 'Invalid recipient',
      status: 400,
      detail: '"12" is not a phone number. Nothing was sent.',
      code: 'INVALID_RECIPIENT',
      provider: 'ghasedak',
      outcome: 'not-sent',
      retryable: false,
    });
  });

  it('answers a code it does not know (from a newer core) as a generic 502', () => {
    const error = new SmsError('Something new.', { code: 'QUOTA_EXCEEDED' as SmsErrorCode });

    expect(problemFromSmsError(error)).toMatchObject({
      status: 502,
      title: 'SMS error',
      detail: 'The SMS could not be sent. Nothing was sent.',
    });
    expect(statusForSmsError(error)).toBe(502);
  });

  it('rounds Retry-After up to whole seconds, at least one', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(problemFromSmsError(new SmsError('wait', { code: 'RATE_LIMITED', retryAfterMs: 59_500 })).retryAfter).toBe(
      60,
    );
  });

  it('leaves out the partial result of a cancel, which is not a send result', () => {
    const error = new SmsError('timeout', {
      code: 'TIMEOUT',
      provider: 'ghasedak',
      outcome: 'unknown',
      result: { provider: 'ghasedak', canceled: ['1'], unknown: ['2'], raw: null },
    });

    expect(problemFromSmsError(error)).not.toHaveProperty('result');
  });

  it('gives statuses by code', () => {
    expect(statusForSmsError({ code: 'AUTHENTICATION' })).toBe(502);
    expect(statusForSmsError({ code: 'CANCEL_WINDOW_PASSED' })).toBe(409);
    expect(statusForSmsError({ code: 'TIMEOUT' })).toBe(504);
  });
});
