import { createRequire } from 'node:module';
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { isKnownPhoneMetadata, KNOWN_METADATA_FORMAT, loadPhoneMetadata } from './load-phone-library';
import { singleCountryPatternOf } from './is-surely-valid-e164';

// The normalisation fast path reads libphonenumber-js's metadata JSON, which is not its documented API (the
// documented checks cost about 4.5 µs a number against 0.2 µs for one pattern test: a 100,000-recipient send
// would spend half a second more before its first request). These tests fail when an update of the library
// changes what the fast path reads; until this code is updated, the fast path then turns itself off.
const load = createRequire(import.meta.url);
const raw: unknown = load('libphonenumber-js/metadata.min.json');
const examples = load('libphonenumber-js/mobile/examples') as Partial<Record<CountryCode, string>>;

describe("libphonenumber-js's metadata is still in the format the fast path reads", () => {
  it(`is format ${KNOWN_METADATA_FORMAT}, and is used`, () => {
    expect(
      (raw as { version?: unknown }).version,
      'the metadata format changed: check load-phone-library.ts against it',
    ).toBe(KNOWN_METADATA_FORMAT);
    expect(isKnownPhoneMetadata(raw)).toBe(true);
    expect(loadPhoneMetadata()).toBe(raw);
  });

  it('maps each calling code to its countries as the documented getCountryCallingCode does', () => {
    const metadata = loadPhoneMetadata()!;
    for (const country of getCountries()) {
      expect(metadata.country_calling_codes[getCountryCallingCode(country)], country).toContain(country);
    }
  });

  it("holds each country's national number pattern where the fast path reads it: every example mobile matches, and what matches is valid", () => {
    let checked = 0;
    for (const country of getCountries()) {
      const example = examples[country];
      if (example === undefined) continue;
      const e164 = `+${getCountryCallingCode(country)}${example}`;
      const pattern = singleCountryPatternOf(e164);
      // Calling codes shared by several countries (+1, +44, +7…) always go through the library.
      if (pattern === null) continue;
      checked += 1;
      expect(pattern.test(e164), e164).toBe(true);
      // The fast path only ever says "surely valid"; a number it does not take goes to the library.
      for (const candidate of [e164, `${e164}0`, e164.slice(0, -1), `${e164.slice(0, -2)}99`]) {
        if (pattern.test(candidate))
          expect(
            parsePhoneNumberFromString(candidate)?.isValid() && parsePhoneNumberFromString(candidate)?.number,
            candidate,
          ).toBe(candidate);
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('turns the fast path off for metadata in another format', () => {
    const metadata = raw as Record<string, unknown>;
    expect(isKnownPhoneMetadata({ ...metadata, version: KNOWN_METADATA_FORMAT + 1 })).toBe(false);
    expect(isKnownPhoneMetadata({ ...metadata, countries: { IR: [98, '00', ['not a pattern']] } })).toBe(false);
    expect(isKnownPhoneMetadata({ ...metadata, country_calling_codes: { 98: 'IR' } })).toBe(false);
    expect(isKnownPhoneMetadata(null)).toBe(false);
  });
});
