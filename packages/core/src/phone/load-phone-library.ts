import { createRequire } from 'node:module';

type PhoneLibrary = typeof import('libphonenumber-js');

/** The parts of libphonenumber-js's min metadata the fast path reads: calling code → countries, country → pattern. */
export interface PhoneMetadata {
  country_calling_codes: Readonly<Record<string, readonly string[]>>;
  countries: Readonly<Record<string, readonly [string, string, string, ...unknown[]]>>;
}

let library: PhoneLibrary | undefined;
let metadata: PhoneMetadata | undefined;

// Loaded on the first number that needs it rather than when the SDK is imported: libphonenumber-js's metadata
// is most of @sms/core's own start-up time, and many processes (a CLI, a serverless cold start that only reads
// a balance) never normalise a number. Node's `require` keeps the calls synchronous.
const load = (specifier: string): unknown => createRequire(import.meta.url)(specifier);

/** libphonenumber-js, loaded on first use. */
export function loadPhoneLibrary(): PhoneLibrary {
  library ??= load('libphonenumber-js') as PhoneLibrary;
  return library;
}

/** The metadata libphonenumber-js itself uses (the same module instance, so it is loaded once). */
export function loadPhoneMetadata(): PhoneMetadata {
  metadata ??= load('libphonenumber-js/metadata.min.json') as PhoneMetadata;
  return metadata;
}
