import { SmsError } from '@sms/core';

/** Refuses a callback URL that is not an absolute http(s) URL. */
export function assertUrl(value: unknown, settingName: string, provider: string): string {
  if (typeof value === 'string') {
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return value;
    } catch {
      // Reported below.
    }
  }
  throw new SmsError(
    `${settingName} for SMS Partner must be an absolute http(s) URL, got ${JSON.stringify(value)}. Nothing was sent.`,
    {
      code: 'INVALID_INPUT',
      provider,
    },
  );
}
