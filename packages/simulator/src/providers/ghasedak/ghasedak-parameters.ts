import type { ProviderRequest } from '../../server/provider-api';
import { ghasedakBadRequest } from './ghasedak-envelope';

/** Form fields and query parameters by lower-case name (the .NET SDK sends `isRead`). */
export interface GhasedakParameters {
  get(name: string): string | undefined;
  /** The values, failing with 400 `["<name> is required"]` for every one missing or empty. */
  require<const Names extends readonly string[]>(...names: Names): { [Key in Names[number]]: string };
}

function isForm(contentType: string | undefined): boolean {
  return (contentType ?? '').toLowerCase().split(';')[0]?.trim() === 'application/x-www-form-urlencoded';
}

export function readGhasedakParameters(request: ProviderRequest): GhasedakParameters {
  const values = new Map<string, string>();
  for (const [name, value] of request.query) values.set(name.toLowerCase(), value);
  // The seed's GET samples also send the fields as a form body; a body in another encoding is not read.
  if (request.body !== '' && isForm(request.headers['content-type'])) {
    for (const [name, value] of new URLSearchParams(request.body)) values.set(name.toLowerCase(), value);
  }
  const get = (name: string): string | undefined => {
    const value = values.get(name);
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  return {
    get,
    require: (...names) => {
      const missing = names.filter((name) => get(name) === undefined);
      if (missing.length > 0) throw ghasedakBadRequest(missing.map((name) => `${name} is required`));
      return Object.fromEntries(names.map((name) => [name, get(name) ?? ''])) as never;
    },
  };
}

/** A comma-separated list, each element trimmed (the seed's samples put spaces around the commas). */
export function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(',').map((element) => element.trim());
}
