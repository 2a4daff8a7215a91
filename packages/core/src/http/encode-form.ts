import type { FormValue } from './http-types';

/**
 * Encodes form fields as `application/x-www-form-urlencoded`, the way `URLSearchParams` does (a space as
 * `+`, a comma as `%2C`), with each list sent as its items joined by commas and `undefined` and `null`
 * values left out. Queries are encoded the same way.
 */
export function encodeForm(form: Readonly<Record<string, FormValue>>): string {
  const fields = new URLSearchParams();
  for (const name in form) {
    const value = form[name];
    if (value === undefined || value === null) continue;
    fields.append(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return fields.toString();
}
