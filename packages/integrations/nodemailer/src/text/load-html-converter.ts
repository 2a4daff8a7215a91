import { SmsError } from '@sms/core';
import { SMS_HTML_OPTIONS } from './sms-html-options';

let loading: Promise<(html: string) => string> | undefined;

/**
 * `html-to-text` is an optional peer: it is imported the first time an html-only message has to be
 * converted, so an application that never sends one neither installs nor loads it. Its settings are
 * compiled (a selector tree) once, not per message.
 */
export function loadHtmlConverter(): Promise<(html: string) => string> {
  loading ??= import('html-to-text').then(
    (module) => module.compile(SMS_HTML_OPTIONS),
    (error: unknown) => {
      // Not kept: installing the package makes the next message work without a restart.
      loading = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new SmsError(
        `The message has only \`html\`, and turning it into SMS text (\`htmlToText: true\`) needs the optional package html-to-text, which could not be loaded (${reason}): install it with \`npm install html-to-text\`, or pass \`text\`. Nothing was sent.`,
        { code: 'UNSUPPORTED', outcome: 'not-sent', cause: error },
      );
    },
  );
  return loading;
}
