import { SmsError } from '@sms/core';
import { describe, expect, it, vi } from 'vitest';
import { htmlToText } from './html-to-text';

// As in an application that did not install the optional peer.
vi.mock('html-to-text', () => {
  throw Object.assign(new Error("Cannot find package 'html-to-text'"), { code: 'ERR_MODULE_NOT_FOUND' });
});

describe('htmlToText without the html-to-text package', () => {
  it('fails with an SmsError that says to install it', async () => {
    const error = await htmlToText('<p>Hi</p>').then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(SmsError.isInstance(error)).toBe(true);
    expect((error as SmsError).code).toBe('UNSUPPORTED');
    expect((error as SmsError).outcome).toBe('not-sent');
    expect((error as SmsError).message).toMatch(
      /needs the optional package html-to-text, which could not be loaded \(.+\): install it with `npm install html-to-text`, or pass `text`\. Nothing was sent\.$/,
    );
    // Vitest wraps the failure of the mocked import; Node's own error says "Cannot find package".
    expect(String((error as SmsError).cause) + String(((error as SmsError).cause as Error).cause)).toContain(
      "Cannot find package 'html-to-text'",
    );
  });
});
