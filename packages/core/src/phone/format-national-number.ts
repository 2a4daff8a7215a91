import { loadPhoneLibrary } from './load-phone-library';

/**
 * Renders an E.164 number in its country's national notation without spaces (`+989121234567` →
 * `09121234567`), the form Iranian provider APIs expect. Sender lines and short codes come back unchanged.
 */
export function formatNationalNumber(e164: string): string {
  if (!e164.startsWith('+')) return e164;
  // Iran's national form is the trunk prefix 0 plus the national number, with no exceptions; this path
  // skips a metadata lookup on every Iranian send.
  if (e164.startsWith('+98')) return `0${e164.slice(3)}`;
  const parsed = loadPhoneLibrary().parsePhoneNumberFromString(e164);
  if (parsed === undefined) return e164;
  return parsed.formatNational().replace(/[^\d]/g, '');
}
