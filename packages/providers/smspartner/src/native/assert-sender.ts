import { SmsError } from '@sms/core';

// "3 to 11 characters, no special characters" in the SMS Partner documents.
const SENDER = /^[A-Za-z0-9 ]{3,11}$/;

/** Refuses a sender SMS Partner would refuse (error 9 or 44), before any request. */
export function assertSender(sender: unknown, provider: string): string {
  if (typeof sender === 'string' && SENDER.test(sender) && sender.trim() !== '') return sender;
  const shown = typeof sender === 'string' ? JSON.stringify(sender) : String(sender);
  throw new SmsError(
    `Sender ${shown} is not valid for SMS Partner: use 3 to 11 letters, digits or spaces, without special characters. Nothing was sent.`,
    {
      code: 'INVALID_SENDER',
      provider,
    },
  );
}
