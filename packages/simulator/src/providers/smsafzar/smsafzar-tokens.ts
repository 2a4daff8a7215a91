import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface SmsafzarAccount {
  userName: string;
  password: string;
  domain: string;
}

export interface TokenIssuer {
  issue(account: SmsafzarAccount): { token: string; expiresIn: number };
  /** The user name a valid, unexpired token was issued to. */
  verify(token: string): string | undefined;
}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Real-looking HS256 JWTs signed with a per-simulator secret, expiring on the simulator's clock. */
export function createTokenIssuer(nowMs: () => number, lifetimeMs: number): TokenIssuer {
  const secret = randomBytes(32);
  const sign = (content: string): string => createHmac('sha256', secret).update(content).digest('base64url');
  return {
    issue(account) {
      const issuedAt = Math.floor(nowMs() / 1000);
      const expiresIn = Math.max(1, Math.round(lifetimeMs / 1000));
      const content = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
        sub: account.userName,
        domain: account.domain,
        jti: randomUUID(),
        iat: issuedAt,
        exp: issuedAt + expiresIn,
      })}`;
      return { token: `${content}.${sign(content)}`, expiresIn };
    },
    verify(token) {
      const [header, payload, signature] = token.split('.');
      if (!header || !payload || signature === undefined) return undefined;
      const expected = Buffer.from(sign(`${header}.${payload}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
          sub?: unknown;
          exp?: unknown;
        };
        if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs() || typeof claims.sub !== 'string')
          return undefined;
        return claims.sub;
      } catch {
        return undefined;
      }
    },
  };
}
