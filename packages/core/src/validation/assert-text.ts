import { SmsError } from '../errors/sms-error';
import { forProvider } from './recipient-list-of';

/** Refuses a missing, empty or blank (whitespace only) message text before any request: it would be a paid, empty SMS. */
export function assertText(text: unknown, provider?: string): asserts text is string {
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new SmsError(
      `The message text${forProvider(provider)} is empty or blank: pass a \`text\` with something to read. Nothing was sent.`,
      {
        code: 'INVALID_INPUT',
        ...(provider === undefined ? {} : { provider }),
      },
    );
  }
}
