import { normalizePhoneNumber, type CountryCode } from '@sms/core';
import { readString } from '@sms/core/provider-utils';

/**
 * A phone number as SMS Partner reports it (`+336…`, `336…` without the plus in long-number replies, or
 * national `06…` in status answers) in E.164 where it can be read, else unchanged. Never throws: a report
 * must not be lost over a number's notation.
 */
export function normalizeReportedNumber(value: unknown, defaultCountry: CountryCode): string | undefined {
  const text = readString(value)?.trim();
  if (text === undefined || text === '') return undefined;
  const candidates = /^[1-9]\d{7,14}$/.test(text) ? [`+${text}`, text] : [text];
  for (const candidate of candidates) {
    try {
      return normalizePhoneNumber(candidate, { defaultCountry });
    } catch {
      // Try the next reading.
    }
  }
  return text;
}
