import { describe, expect, it } from 'vitest';
import { createSecretMatcher } from './create-secret-matcher';

describe('createSecretMatcher', () => {
  const matches = createSecretMatcher(['first-secret-0123456789', 'second-secret-0123456789']);

  it('accepts each configured secret and nothing else', () => {
    expect(matches('first-secret-0123456789')).toBe(true);
    expect(matches('second-secret-0123456789')).toBe(true);
    expect(matches('first-secret-012345678')).toBe(false);
    expect(matches('first-secret-01234567890')).toBe(false);
    expect(matches('')).toBe(false);
    expect(matches(undefined)).toBe(false);
    expect(matches(['first-secret-0123456789'])).toBe(false);
  });

  it('refuses secrets too short or not URL-safe', () => {
    expect(() => createSecretMatcher('0123456789abcde')).toThrow(/at least 16/);
    expect(() => createSecretMatcher('0123456789abcdef?')).toThrow(/URL-safe/);
    expect(() => createSecretMatcher([])).toThrow(/needs a `secret`/);
    expect(createSecretMatcher('0123456789abcdef')('0123456789abcdef')).toBe(true);
  });
});
