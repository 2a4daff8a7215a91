import { SmsError } from '@sms/core';
import { readSetting } from '@sms/core/provider-utils';

// A line number in any of the documented notations: 1000xxxx, 00981000xxxx, +981000xxxx, 981000xxxx.
const LINE_NUMBER = /^\+?\d{3,20}$/;

function checked(sender: string, provider: string): string {
  if (LINE_NUMBER.test(sender)) return sender;
  throw new SmsError(
    `${JSON.stringify(sender)} is not a sender line for ${provider}: pass a line number such as 1000xxxx, 981000xxxx, +981000xxxx or 00981000xxxx. Nothing was sent.`,
    { code: 'INVALID_SENDER', provider, retryable: false },
  );
}

/** The sender line of a message (`from`, else the `senderNumber` setting or `SMSAFZAR_SENDER_NUMBER`), as given. */
export function resolveSender(from: string | undefined, defaultSender: string | undefined, provider: string): string {
  const sender = resolveOptionalSender(from, defaultSender, provider);
  if (sender !== undefined) return sender;
  throw new SmsError(
    `No sender line for ${provider}: pass \`from\` with the message, or \`senderNumber\` to createSmsAfzar(), or set SMSAFZAR_SENDER_NUMBER. Nothing was sent.`,
    { code: 'INVALID_INPUT', provider },
  );
}

/** Like `resolveSender`, but `undefined` when none is set (templates may carry their own sender). */
export function resolveOptionalSender(from: string | undefined, defaultSender: string | undefined, provider: string): string | undefined {
  if (from !== undefined) {
    if (typeof from !== 'string' || from.trim() === '') return checked(String(from), provider);
    return checked(from.trim(), provider);
  }
  const fallback = readSetting(defaultSender, 'SMSAFZAR_SENDER_NUMBER');
  return fallback === undefined ? undefined : checked(fallback.trim(), provider);
}
