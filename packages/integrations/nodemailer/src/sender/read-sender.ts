import { normalizePhoneNumber, type CountryCode } from '@sms/core';
import { splitAddressList } from '../recipients/split-address-list';
import type { MailAddressInput, MailAddressLike } from '../transport/mail-message-like';

function firstAddress(from: MailAddressInput | undefined): MailAddressLike | undefined {
  if (typeof from === 'string') return splitAddressList(from)[0];
  if (Array.isArray(from)) return firstAddress(from[0]);
  if (typeof from !== 'object' || from === null) return undefined;
  const address = from as MailAddressLike;
  return Array.isArray(address.group) ? firstAddress(address.group) : address;
}

/**
 * The SMS sender `from` names, when it names one: a phone number or a sender line (`10008566`,
 * `Shop <+9810008566>`, `{ address: '30005088' }`). Email addresses and anything else give `undefined`,
 * because a Nodemailer `from` is very often a default email address set for the mail side of an app.
 */
export function readSender(from: MailAddressInput | undefined, defaultCountry?: CountryCode): string | undefined {
  const entry = firstAddress(from);
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
