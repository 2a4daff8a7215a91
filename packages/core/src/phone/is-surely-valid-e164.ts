import { loadPhoneMetadata } from './load-phone-library';

// Calling code → the national-number pattern of its only country, or null when several countries share it.
const patterns = new Map<string, RegExp | null>();

function patternFor(callingCode: string, countries: readonly string[]): RegExp | null {
  let pattern = patterns.get(callingCode);
  if (pattern === undefined) {
    const country = countries.length === 1 ? loadPhoneMetadata().countries[countries[0]!] : undefined;
    pattern = country === undefined ? null : new RegExp(`^(?:${country[2]})$`);
    patterns.set(callingCode, pattern);
  }
  return pattern;
}

/**
 * The fast path of normalisation: true when an E.164 string is valid by the same rule libphonenumber-js
 * applies with its min metadata (the national number matches its country's pattern entirely), for calling
 * codes that belong to one country. `false` means "not sure": the caller asks libphonenumber-js, which also
 * handles shared calling codes (+1, +44, +7…) and every malformed case. A test checks the two agree.
 */
export function isSurelyValidE164(e164: string): boolean {
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return false;
  const codes = loadPhoneMetadata().country_calling_codes;
  // Calling codes are prefix-free: the first one found is the only one.
  for (let length = 1; length <= 3; length += 1) {
    const callingCode = e164.slice(1, 1 + length);
    const countries = codes[callingCode];
    if (countries === undefined) continue;
    const pattern = patternFor(callingCode, countries);
    return pattern !== null && pattern.test(e164.slice(1 + length));
  }
  return false;
}
