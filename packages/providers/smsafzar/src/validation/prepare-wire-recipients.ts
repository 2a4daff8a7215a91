import { formatNationalNumber, prepareRecipients, SmsError } from '@sms/core';

export interface WireRecipients {
  /** E.164, for results. */
  e164: string[];
  /** `09xxxxxxxxx`, as sent. */
  wire: string[];
}

const IRANIAN_MOBILE = /^\+989\d{9}$/;

/**
 * Normalises recipients written in any notation (`09…`, `9…`, `+989…`, `00989…`, `989…`, Persian digits) and
 * renders them as `09xxxxxxxxx`. SMSAfzar documents Iranian mobile numbers only, so others are refused
 * before any request rather than sent in a national form that would reach the wrong number.
 */
export function prepareWireRecipients(to: string | readonly string[], provider: string): WireRecipients {
  const e164 = prepareRecipients(to, provider, 'IR');
  e164.forEach((number, index) => {
    if (IRANIAN_MOBILE.test(number)) return;
    const position = e164.length > 1 ? ` (recipient ${index + 1} of ${e164.length})` : '';
    throw new SmsError(
      `Invalid recipient for ${provider}${position}: ${JSON.stringify(number)} is not an Iranian mobile number, the only kind SMSAfzar documents (09xxxxxxxxx). Nothing was sent.`,
      { code: 'INVALID_RECIPIENT', provider, retryable: false },
    );
  });
  return { e164, wire: e164.map(formatNationalNumber) };
}
