import { isJsonObject, readInteger } from './read-fields';

/** The `exp` claim of a JWT in milliseconds, without checking the signature (only the server can). */
export function readTokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!isJsonObject(claims)) return undefined;
    const expiry = readInteger(claims['exp']);
    return expiry === undefined ? undefined : expiry * 1000;
  } catch {
    return undefined;
  }
}
