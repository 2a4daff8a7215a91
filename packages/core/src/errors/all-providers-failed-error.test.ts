import { describe, expect, it } from 'vitest';
import { AllProvidersFailedError } from './all-providers-failed-error';
import { SmsError } from './sms-error';

describe('AllProvidersFailedError.isInstance', () => {
  const refused = new SmsError('refused', { code: 'AUTHENTICATION', provider: 'main' });

  it('is false for a plain SmsError, which SmsError.isInstance still recognises', () => {
    expect(SmsError.isInstance(refused)).toBe(true);
    expect(AllProvidersFailedError.isInstance(refused)).toBe(false);
    expect(AllProvidersFailedError.isInstance(new Error('plain'))).toBe(false);
    expect(AllProvidersFailedError.isInstance({ errors: [refused] })).toBe(false);
    expect(AllProvidersFailedError.isInstance(null)).toBe(false);
  });

  it('is true for its own errors, which are SmsErrors too', () => {
    const all = new AllProvidersFailedError([refused]);
    expect(AllProvidersFailedError.isInstance(all)).toBe(true);
    expect(SmsError.isInstance(all)).toBe(true);
  });

  it('recognises an error from another copy of the package', async () => {
    // A query string makes Vite load a second, independent instance of the module (and of SmsError
    // under it), as a duplicate install or the ESM and CJS builds side by side would.
    const secondCopy = './all-providers-failed-error?copy';
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('./all-providers-failed-error');
    expect(copy.AllProvidersFailedError).not.toBe(AllProvidersFailedError);
    const foreign = new copy.AllProvidersFailedError([refused]);
    expect(foreign instanceof AllProvidersFailedError).toBe(false);
    expect(AllProvidersFailedError.isInstance(foreign)).toBe(true);
    expect(copy.AllProvidersFailedError.isInstance(new AllProvidersFailedError([refused]))).toBe(true);
    expect(copy.AllProvidersFailedError.isInstance(refused)).toBe(false);
  });
});
