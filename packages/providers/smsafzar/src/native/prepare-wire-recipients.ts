import { formatNationalNumber, SmsError } from '@sms/core';
import { prepareRecipients } from '@sms/core/provider-utils';

export interface WireRecipients {
  /** E.164, for results. */
  e164: string[];
  /** `09xxxxxxxxx`, as sent. */
  wire: string[];
}

const IRANIAN_MOBILE = /^\+989\d{9}$/;

/**
 * Normalises recipients written in any notation (`09…`, `9…`, `+989…`, `00989…`, `989…`, Persian digits) to
 * E.164. SMSAfzar documents Iranian mobile numbers only, so others are refused before any request rather than
 * sent in a national form that would reach the wrong number.
 */
export function checkIranianMobiles(to: string | readonly string[], provider: string): string[] {
  const e164 = prepareRecipients(to, provider, 'IR');
  for (let index = 0; index < e164.length; index += 1) {
    const number = e164[index]!;
    if (IRANIAN_MOBILE.test(number)) continue;
    const position = e164.length > 1 ? ` (recipient ${index + 1} of ${e164.length})` : '';
    throw new SmsError(
      `Invalid recipient for ${provider}${position}: ${JSON.stringify(number)} is not an Iranian mobile number, the only kind SMSAfzar documents (09xxxxxxxxx). Nothing was sent.`,
      { code: 'INVALID_RECIPIENT', provider, retryable: false },
    );
  }
  return e164;
}

/**
 * The checked recipients and their `09xxxxxxxxx` forms, for calls of one request. Split sends render each
 * request's numbers as it goes out instead, so a large send holds no second list of them.
 */
export function prepareWireRecipients(to: string | readonly string[], provider: string): WireRecipients {
  const e164 = checkIranianMobiles(to, provider);
  return { e164, wire: e164.map(formatNationalNumber) };
}
