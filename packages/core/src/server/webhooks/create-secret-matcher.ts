import { createHash, timingSafeEqual } from 'node:crypto';
import { SmsError } from '../../errors/sms-error';

const MIN_SECRET_LENGTH = 16;
// Unreserved URL characters only, so the secret sits in a path or query string without encoding.
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Returns a check of a candidate against the configured secrets (several while one is being rotated).
 * Both sides are hashed first, so the comparison takes the same time whatever the candidate's length, and
 * every secret is compared, so the time does not say which one matched either.
 */
export function createSecretMatcher(
  secret: string | readonly string[],
  owner = 'createSecretMatcher',
): (candidate: unknown) => boolean {
  const secrets = typeof secret === 'string' ? [secret] : [...(secret ?? [])];
  if (secrets.length === 0) {
    throw new SmsError(
      `${owner} needs a \`secret\`: a random string of at least 16 URL-safe characters, put in the callback URL you give the provider.`,
      {
        code: 'INVALID_INPUT',
      },
    );
  }
  for (const value of secrets) {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH || !URL_SAFE.test(value)) {
      throw new SmsError(
        `${owner}: each secret must be a string of at least ${MIN_SECRET_LENGTH} URL-safe characters (A-Z a-z 0-9 . _ ~ -), for example crypto.randomBytes(24).toString('base64url').`,
        { code: 'INVALID_INPUT' },
      );
    }
  }
  const expected = secrets.map(digest);
  return (candidate) => {
    if (typeof candidate !== 'string' || candidate === '') return false;
    const given = digest(candidate);
    let matched = false;
    for (const known of expected) {
      if (timingSafeEqual(given, known)) matched = true;
    }
    return matched;
  };
}
