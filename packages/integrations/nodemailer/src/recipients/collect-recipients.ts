import { normalizePhoneNumber, SmsError, type CountryCode, type SmsErrorCode } from '@sms/core';
import type { MailDataLike } from '../transport/mail-message-like';
import { splitAddressList, type WrittenAddress } from './split-address-list';

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface CollectedRecipients {
  /** Valid numbers in E.164 (or a short code / line as normalised), without duplicates, in the order written. */
  numbers: string[];
  /** The invalid recipients, as written. */
  rejected: string[];
  /** Why each of `rejected` is invalid, same order. */
  rejectedErrors: SmsError[];
}

const RECIPIENT_FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

/** Entries that could not even be read as an address (a number, `null` in a list…), kept to be rejected with a reason. */
interface UnreadableEntry {
  written: string;
  reason: string;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function flatten(value: unknown, into: (WrittenAddress | UnreadableEntry)[]): void {
  if (value === undefined || value === null || value === '' || value === false) return;
  if (typeof value === 'string') {
    into.push(...splitAddressList(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, into);
    return;
  }
  if (typeof value === 'object') {
    const address = value as { name?: unknown; address?: unknown; group?: unknown };
    if (Array.isArray(address.group)) {
      flatten(address.group, into);
      return;
    }
    const name = typeof address.name === 'string' ? address.name.trim() : '';
    const email = typeof address.address === 'string' ? address.address.trim() : '';
    if (name === '' && email === '') {
      into.push({ written: describe(value), reason: 'it has neither an address nor a name holding a phone number' });
      return;
    }
    into.push({ written: email !== '' ? (name !== '' ? `${name} <${email}>` : email) : name, name, address: email });
    return;
  }
  into.push({
    written: describe(value),
    reason: `expected a phone number as a string, got a ${typeof value} (write numbers as strings so a leading 0 or + is kept)`,
  });
}

/**
 * The number an address holds. Nodemailer puts a bare number in `address` when the user wrote the object
 * and in `name` when its parser read a string (it only keeps emails as addresses), so both are looked at.
 */
function candidateOf(entry: WrittenAddress): string {
  const address = entry.address?.trim() ?? '';
  return address !== '' ? address : (entry.name?.trim() ?? '');
}

/**
 * The SDK's rule: a string that is not a phone number (an email address, a word, a wrong length) is
 * `INVALID_RECIPIENT`; an entry that is not a string or an address at all is `INVALID_INPUT`.
 */
function rejection(field: RecipientField, reason: string, code: SmsErrorCode): SmsError {
  return new SmsError(`Invalid recipient in ${field}: ${reason}.`, { code, outcome: 'not-sent', retryable: false });
}

/**
 * Reads `to`, `cc` and `bcc` from the raw message data (never from Nodemailer's envelope, which drops phone
 * numbers) and sorts them into valid, normalised numbers and rejected entries with their reasons.
 */
export function collectRecipients(data: MailDataLike, defaultCountry?: CountryCode): CollectedRecipients {
  const numbers: string[] = [];
  // Beside the list, so that a message to thousands of addresses is not checked against the list each time.
  const seen = new Set<string>();
  const rejected: string[] = [];
  const rejectedErrors: SmsError[] = [];
  const reject = (
    field: RecipientField,
    written: string,
    reason: string,
    code: SmsErrorCode = 'INVALID_RECIPIENT',
  ): void => {
    rejected.push(written);
    rejectedErrors.push(rejection(field, reason, code));
  };

  for (const field of RECIPIENT_FIELDS) {
    const entries: (WrittenAddress | UnreadableEntry)[] = [];
    flatten(data[field], entries);
    for (const entry of entries) {
      if ('reason' in entry) {
        reject(field, entry.written, `${JSON.stringify(entry.written)}: ${entry.reason}`, 'INVALID_INPUT');
        continue;
      }
      const candidate = candidateOf(entry);
      if (candidate.includes('@')) {
        reject(
          field,
          entry.written,
          `${JSON.stringify(candidate)} is an email address; this transport sends SMS, so write a phone number such as +989121234567`,
        );
        continue;
      }
      try {
        const number = normalizePhoneNumber(candidate, defaultCountry === undefined ? {} : { defaultCountry });
        if (!seen.has(number)) {
          seen.add(number);
          numbers.push(number);
        }
      } catch (error) {
        reject(
          field,
          entry.written,
          error instanceof Error ? error.message : String(error),
          SmsError.isInstance(error) ? error.code : 'INVALID_RECIPIENT',
        );
      }
    }
  }
  return { numbers, rejected, rejectedErrors };
}
