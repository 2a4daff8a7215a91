import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { SmsError } from '../errors/sms-error';

/** Asserts that none of `secrets` appears in any way an error is shown: message, `String`, JSON, `inspect`, stack. */
export function expectNoSecret(error: SmsError, secrets: readonly string[]): void {
  const renderings = [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10 }), error.stack ?? ''];
  for (const secret of secrets) {
    for (const rendering of renderings) expect(rendering.includes(secret), `a credential appears in: ${rendering.slice(0, 300)}`).toBe(false);
  }
}
