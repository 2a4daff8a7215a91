// Characters application/x-www-form-urlencoded leaves as they are, plus the comma (always %2C) and the space
// (always +): lists of numbers and ids and plain Latin texts, the bulk of what SMS APIs are sent, need no
// general-purpose encoder.
const SIMPLE = /^[0-9A-Za-z*._, -]*$/;

function encodeValue(value: string): string {
  if (SIMPLE.test(value)) {
    let encoded = value;
    if (encoded.includes(',')) encoded = encoded.replaceAll(',', '%2C');
    if (encoded.includes(' ')) encoded = encoded.replaceAll(' ', '+');
    return encoded;
  }
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** Encodes form fields exactly as `URLSearchParams` does, skipping `undefined` and `null` values. */
export function encodeForm(form: Readonly<Record<string, string | number | boolean | undefined | null>>): string {
  let body = '';
  for (const key in form) {
    const value = form[key];
    if (value === undefined || value === null) continue;
    body += `${body === '' ? '' : '&'}${encodeValue(key)}=${encodeValue(String(value))}`;
  }
  return body;
}
