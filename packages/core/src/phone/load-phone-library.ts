import { createRequire } from 'node:module';

type PhoneLibrary = typeof import('libphonenumber-js');

let library: PhoneLibrary | undefined;

/**
 * libphonenumber-js, loaded on the first number that needs it rather than when the SDK is imported: its
 * metadata is most of @sms/core's own start-up time, and many processes (a CLI, a serverless cold start that
 * only reads a balance) never normalise a number. Node's `require` keeps the call synchronous.
 */
export function loadPhoneLibrary(): PhoneLibrary {
  library ??= createRequire(import.meta.url)('libphonenumber-js') as PhoneLibrary;
  return library;
}
