// Characters application/x-www-form-urlencoded leaves as they are, plus the comma (always %2C): lists of
// numbers and ids, the bulk of what SMS APIs are sent, need no general-purpose encoder.
const PLAIN_OR_COMMA = /^[0-9A-Za-z*._,-]*$/;

function encodeValue(value: string): string {
  if (PLAIN_OR_COMMA.test(value)) return value.includes(',') ? value.replaceAll(',', '%2C') : value;
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
