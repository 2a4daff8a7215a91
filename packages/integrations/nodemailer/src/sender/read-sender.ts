import { normalizePhoneNumber, type CountryCode } from '@sms/core';
import { splitAddressList } from '../recipients/split-address-list';
import type { MailAddressLike } from '../transport/mail-message-like';

/**
 * The SMS sender `from` names, when it names one: a phone number or a sender line (`10008566`,
 * `Shop <+9810008566>`, `{ address: '30005088' }`). Email addresses and anything else give `undefined`,
 * because a Nodemailer `from` is very often a default email address set for the mail side of an app.
 */
export function readSender(from: string | MailAddressLike | undefined, defaultCountry?: CountryCode): string | undefined {
  if (from === undefined || from === null) return undefined;
  const entry = typeof from === 'string' ? splitAddressList(from)[0] : typeof from === 'object' ? from : undefined;
  if (entry === undefined) return undefined;
  const address = typeof entry.address === 'string' ? entry.address.trim() : '';
  const candidate = address !== '' ? address : typeof entry.name === 'string' ? entry.name.trim() : '';
  if (candidate === '' || candidate.includes('@')) return undefined;
  try {
    return normalizePhoneNumber(candidate, defaultCountry === undefined ? {} : { defaultCountry });
  } catch {
    return undefined;
  }
}
