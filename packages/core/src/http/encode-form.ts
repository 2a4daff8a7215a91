import type { FormValue } from './http-types';

// Characters application/x-www-form-urlencoded leaves as they are, plus the comma (always %2C) and the space
// (always +): lists of numbers and ids and plain Latin texts, the bulk of what SMS APIs are sent, need no
// general-purpose encoder.
const SIMPLE = /^[0-9A-Za-z*._, -]*$/;
// An item of a list that goes out exactly as written: no comma, no space, nothing to escape.
const PLAIN_ITEM = /^[0-9A-Za-z*._-]*$/;

function encodeValue(value: string): string {
  if (SIMPLE.test(value)) {
    let encoded = value;
    if (encoded.includes(',')) encoded = encoded.replaceAll(',', '%2C');
    if (encoded.includes(' ')) encoded = encoded.replaceAll(' ', '+');
    return encoded;
  }
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/**
 * A list is sent as its items joined by commas. Lists of plain items (phone numbers, ids) are joined with
 * the encoded comma directly: encoding the joined text instead rebuilt a 100-number list piece by piece, about
 * 10 KB of short-lived strings per request of a large send.
 */
function encodeList(items: readonly (string | number)[]): string {
  for (let index = 0; index < items.length; index += 1) {
    // join() writes numbers as String() does, so a number is tested in that form.
    const item = items[index]!;
    if (!PLAIN_ITEM.test(typeof item === 'string' ? item : String(item))) return encodeValue(items.join(','));
  }
  return items.join('%2C');
}

/**
 * Encodes form fields exactly as `URLSearchParams` does with each list joined by commas, skipping
 * `undefined` and `null` values.
 */
export function encodeForm(form: Readonly<Record<string, FormValue>>): string {
  let body = '';
  for (const key in form) {
    const value = form[key];
    if (value === undefined || value === null) continue;
    body += `${body === '' ? '' : '&'}${encodeValue(key)}=${Array.isArray(value) ? encodeList(value) : encodeValue(String(value))}`;
  }
  return body;
}
