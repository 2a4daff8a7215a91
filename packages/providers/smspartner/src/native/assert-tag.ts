import { SmsError } from '@sms/core';

const TAG = /^[^\sA-Z]{1,20}$/;

/** SMS Partner's `tag`: at most 20 characters, no spaces, lowercase. Refused before any request otherwise. */
export function assertTag(tag: unknown, provider: string): string {
  if (typeof tag === 'string' && TAG.test(tag)) return tag;
  const shown = typeof tag === 'string' ? JSON.stringify(tag) : String(tag);
  throw new SmsError(
    `reference ${shown} cannot be used as an SMS Partner tag: it must be 1 to 20 characters, lowercase, without spaces (for example "order-1234"). Nothing was sent.`,
    { code: 'INVALID_INPUT', provider },
  );
}
