import { SmsError } from '@sms/core';
import { SMS_PARTNER_MAX_NUMBERS_PER_REQUEST } from '../sms-partner-provider';
import type { SmsPartnerId } from './sms-partner-envelope';

/** An `INVALID_INPUT` for a native call refused before any request. */
export function invalidNativeInput(provider: string, problem: string): SmsError {
  return new SmsError(`${problem}. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

/** A message or stop-list id: a non-negative integer or a non-empty string. */
export function assertSmsPartnerId(value: unknown, name: string, provider: string): SmsPartnerId {
  if (
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) ||
    (typeof value === 'string' && value.trim() !== '')
  )
    return value;
  throw invalidNativeInput(
    provider,
    `${name} must be an SMS Partner id (a number or a non-empty string), got ${JSON.stringify(value)}`,
  );
}

/** Phone numbers as a list or a comma-separated string: at least one, at most 500, none empty. */
export function assertNumberList(value: unknown, name: string, provider: string): string[] {
  const list = typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value;
  if (!Array.isArray(list) || list.length === 0)
    throw invalidNativeInput(provider, `${name} must list at least one phone number`);
  if (list.length > SMS_PARTNER_MAX_NUMBERS_PER_REQUEST) {
    throw invalidNativeInput(
      provider,
      `${name} lists ${list.length} numbers; SMS Partner takes at most ${SMS_PARTNER_MAX_NUMBERS_PER_REQUEST} per request (the unified send splits longer lists)`,
    );
  }
  for (const item of list) {
    if (typeof item !== 'string' || item.trim() === '' || item.includes(','))
      throw invalidNativeInput(provider, `${name} has an empty or malformed number: ${JSON.stringify(item)}`);
  }
  return list as string[];
}
