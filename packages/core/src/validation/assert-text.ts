import { SmsError } from '../errors/sms-error';

/** Refuses an empty or non-string message text before any request. */
export function assertText(text: unknown, provider: string): asserts text is string {
  if (typeof text !== 'string' || text.length === 0) {
    throw new SmsError(`The message text for ${provider} is empty: pass a non-empty \`text\`. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
  }
}
