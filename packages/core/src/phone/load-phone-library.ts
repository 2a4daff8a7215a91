import { createRequire } from 'node:module';
import type { MetadataJson } from 'libphonenumber-js';

type PhoneLibrary = typeof import('libphonenumber-js');

/**
 * The version of libphonenumber-js's metadata format the fast path reads (the `version` field of its metadata
 * JSON, which its typings say has stayed at 4 since it became a number): in it, `country_calling_codes` maps a calling code to its countries and
 * `countries[country][2]` is the country's national number pattern. Not part of the library's documented API,
 * so it is checked when loaded (see `isKnownPhoneMetadata`) and pinned by `phone-metadata-format.test.ts`.
 */
export const KNOWN_METADATA_FORMAT = 4;

/** The parts of libphonenumber-js's min metadata the fast path reads: calling code → countries, country → pattern. */
export type PhoneMetadata = Pick<MetadataJson, 'country_calling_codes' | 'countries'>;

let library: PhoneLibrary | undefined;
// null: loaded, but in a format the fast path does not know, so every number goes through the library.
let metadata: PhoneMetadata | null | undefined;

// Loaded on the first number that needs it rather than when the SDK is imported: libphonenumber-js's metadata
// is most of @sms/core's own start-up time, and many processes (a CLI, a serverless cold start that only reads
// a balance) never normalise a number. Node's `require` keeps the calls synchronous.
const load = (specifier: string): unknown => createRequire(import.meta.url)(specifier);

/** libphonenumber-js, loaded on first use. */
export function loadPhoneLibrary(): PhoneLibrary {
  library ??= load('libphonenumber-js') as PhoneLibrary;
  return library;
}

/** Whether metadata is in the format the fast path was written for: its version, and a pattern where it expects one. */
export function isKnownPhoneMetadata(value: unknown): value is PhoneMetadata {
  const candidate = value as Partial<MetadataJson> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === KNOWN_METADATA_FORMAT &&
    Array.isArray(candidate.country_calling_codes?.['98']) &&
    typeof candidate.countries?.IR?.[2] === 'string'
  );
}

/**
 * The metadata libphonenumber-js itself uses (the same module instance, so it is loaded once), or undefined
 * when a later version changed its format: the fast path is then skipped and every number is normalised by
 * the library, correct but slower, rather than read with a pattern from the wrong place.
 */
export function loadPhoneMetadata(): PhoneMetadata | undefined {
  if (metadata === undefined) {
    const loaded = load('libphonenumber-js/metadata.min.json');
    metadata = isKnownPhoneMetadata(loaded) ? loaded : null;
  }
  return metadata ?? undefined;
}
