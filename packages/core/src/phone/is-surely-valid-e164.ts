import type { CountryCode } from 'libphonenumber-js';
import { loadPhoneMetadata, type PhoneMetadata } from './load-phone-library';

// `+<calling code>` → the pattern a whole E.164 number of its only country matches, or null when several
// countries share the calling code.
const patterns = new Map<string, RegExp | null>();
// Large sends are mostly to one country: its prefix and pattern, checked before any lookup.
let lastPrefix = '';
let lastPattern: RegExp | null = null;

function patternFor(metadata: PhoneMetadata, prefix: string, countries: readonly string[]): RegExp | null {
  let pattern = patterns.get(prefix);
  if (pattern === undefined) {
    const nationalNumberPattern: unknown =
      countries.length === 1 ? metadata.countries[countries[0] as CountryCode]?.[2] : undefined;
    pattern =
      typeof nationalNumberPattern === 'string' ? new RegExp(`^\\${prefix}(?:${nationalNumberPattern})$`) : null;
    patterns.set(prefix, pattern);
  }
  return pattern;
}

/**
 * The pattern that decides `isSurelyValidE164` for every number with the calling code of `e164`
 * (`^\+98(?:…)$`): null when that code is shared by several countries, unknown, or `e164` is not `+` and
 * digits, and for every number when libphonenumber-js's metadata is in a format this code does not know.
 * Calling codes are prefix-free, so a number that starts with one has that calling code and no other.
 */
export function singleCountryPatternOf(e164: string): RegExp | null {
  if (lastPattern !== null && e164.startsWith(lastPrefix)) return lastPattern;
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return null;
  const metadata = loadPhoneMetadata();
  if (metadata === undefined) return null;
  const codes = metadata.country_calling_codes;
  for (let length = 1; length <= 3; length += 1) {
    const callingCode = e164.slice(1, 1 + length);
    const countries = codes[callingCode];
    if (countries === undefined) continue;
    const prefix = `+${callingCode}`;
    const pattern = patternFor(metadata, prefix, countries);
    if (pattern === null) return null;
    lastPrefix = prefix;
    lastPattern = pattern;
    return pattern;
  }
  return null;
}

/**
 * The fast path of normalisation: true when an E.164 string is valid by the same rule libphonenumber-js
 * applies with its min metadata (the national number matches its country's pattern entirely), for calling
 * codes that belong to one country. `false` means "not sure": the caller asks libphonenumber-js, which also
 * handles shared calling codes (+1, +44, +7…) and every malformed case. A test checks the two agree.
 */
export function isSurelyValidE164(e164: string): boolean {
  // The pattern covers the whole number (digits only), so it also checks the E.164 shape.
  return singleCountryPatternOf(e164)?.test(e164) ?? false;
}
