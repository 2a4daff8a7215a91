import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AllProvidersFailedError } from './all-providers-failed-error';
import { createRedactor } from './create-redactor';
import { SmsError } from './sms-error';

describe('SmsError', () => {
  it('defaults outcome and retryable from the code', () => {
    expect(new SmsError('x', { code: 'AUTHENTICATION' })).toMatchObject({ outcome: 'not-sent', retryable: false });
    expect(new SmsError('x', { code: 'RATE_LIMITED' })).toMatchObject({ outcome: 'not-sent', retryable: true });
    expect(new SmsError('x', { code: 'PROVIDER_ERROR' })).toMatchObject({ outcome: 'unknown', retryable: true });
    expect(new SmsError('x', { code: 'TIMEOUT', outcome: 'not-sent' }).outcome).toBe('not-sent');
  });

  it('isInstance recognises an error from another copy of the package', async () => {
    // A query string makes Vite load a second, independent instance of the module, as a duplicate
    // install (or the ESM and CJS builds side by side) would.
    const secondCopy = './sms-error?copy';
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('./sms-error');
    expect(copy.SmsError).not.toBe(SmsError);
    const foreign = new copy.SmsError('from the other copy', { code: 'NETWORK' });
    expect(foreign instanceof SmsError).toBe(false);
    expect(SmsError.isInstance(foreign)).toBe(true);
    expect(SmsError.isInstance(new Error('plain'))).toBe(false);
    expect(SmsError.isInstance({ code: 'NETWORK' })).toBe(false);
    expect(SmsError.isInstance(null)).toBe(false);
    expect(SmsError.isInstance(new AllProvidersFailedError([foreign]))).toBe(true);
  });

  it('serialises to JSON with its fields and without the cause', () => {
    const error = new SmsError('credit', {
      code: 'INSUFFICIENT_CREDIT',
      provider: 'ghasedak',
      providerCode: 9,
      statusCode: 200,
      cause: new Error('inner'),
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'SmsError',
      message: 'credit',
      code: 'INSUFFICIENT_CREDIT',
      provider: 'ghasedak',
      providerCode: 9,
      statusCode: 200,
      retryable: false,
      outcome: 'not-sent',
    });
  });
});

describe('createRedactor', () => {
  const key = 'abc123-secret/key+=';
  const redactor = createRedactor([key, undefined, 'ab']);

  it('removes a secret in plain, URL-encoded and Base64 forms', () => {
    const text = `key=${key} url=${encodeURIComponent(key)} form=${new URLSearchParams({ k: key }).toString()} b64=${Buffer.from(key).toString('base64')}`;
    const redacted = redactor.text(text);
    expect(redacted).not.toContain(key);
    expect(redacted).not.toContain(encodeURIComponent(key));
    expect(redacted).not.toContain(Buffer.from(key).toString('base64'));
    expect(redacted).toContain('[redacted]');
  });

  it('replaces values under credential-like keys and secrets anywhere in nested values', () => {
    const value = { apiKey: 'anything', nested: [{ password: 'p', note: `see ${key}` }], token: null, count: 3 };
    expect(redactor.value(value)).toEqual({
      apiKey: '[redacted]',
      nested: [{ password: '[redacted]', note: 'see [redacted]' }],
      token: null,
      count: 3,
    });
    expect(inspect(redactor.value(value))).not.toContain(key);
  });

  it('ignores secrets too short to be real, so ordinary text is not mangled', () => {
    expect(redactor.text('abc')).toBe('abc');
  });

  it('replaces credential fields written in a JSON text, as a cut preview of an answer has them', () => {
    expect(redactor.text('{"token": "a\\"b", "apiKey":123, "note":"token"')).toBe(
      '{"token": "[redacted]", "apiKey":"[redacted]", "note":"token"',
    );
  });

  it('tells with one look whether an answer holds anything to redact', () => {
    expect(redactor.mayReveal('{"ok":true,"id":42}')).toBe(false);
    expect(redactor.mayReveal(`{"echo":"${key}"}`)).toBe(true);
    expect(redactor.mayReveal(`{"echo":"${encodeURIComponent(key)}"}`)).toBe(true);
    expect(redactor.mayReveal('{"Access_Token" : "x"}')).toBe(true);
  });
});
