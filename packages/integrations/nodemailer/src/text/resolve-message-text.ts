import { SmsError } from '@sms/core';
import type { MailMessageLike } from '../transport/mail-message-like';
import { htmlToText } from './html-to-text';

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '';
}

async function readContent(mail: MailMessageLike, key: 'text' | 'html'): Promise<string> {
  let content: unknown;
  try {
    content = await mail.resolveContent(mail.data, key);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SmsError(`Could not read the message ${key}: ${reason}. Nothing was sent.`, {
      code: 'INVALID_INPUT',
      outcome: 'not-sent',
      cause: error,
    });
  }
  if (typeof content === 'string') return content;
  if (content instanceof Uint8Array)
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
  if (content === undefined || content === null) return '';
  throw new SmsError(
    `The message ${key} resolved to a ${typeof content}, not text: pass a string, a Buffer or a readable stream. Nothing was sent.`,
    {
      code: 'INVALID_INPUT',
      outcome: 'not-sent',
    },
  );
}

/**
 * The SMS body: `text` (a string, a Buffer, a stream, `{ path }`… read through Nodemailer's own
 * `resolveContent`, so its file and URL access policy applies), or, only when `htmlToText` is on and
 * there is no text, `html` turned into plain text.
 */
export async function resolveMessageText(mail: MailMessageLike, htmlToTextEnabled: boolean): Promise<string> {
  if (isPresent(mail.data.text)) {
    const text = await readContent(mail, 'text');
    if (text.trim() !== '') return text;
  }
  const hasHtml = isPresent(mail.data.html);
  if (hasHtml && htmlToTextEnabled) {
    const text = await htmlToText(await readContent(mail, 'html'));
    if (text !== '') return text;
    throw new SmsError(
      'The message html has no visible text once converted, and there is no `text`. Nothing was sent.',
      { code: 'INVALID_INPUT', outcome: 'not-sent' },
    );
  }
  if (hasHtml) {
    throw new SmsError(
      'The message has only `html`, and an SMS is plain text: pass `text`, or create the transport with `htmlToText: true`. Nothing was sent.',
      {
        code: 'INVALID_INPUT',
        outcome: 'not-sent',
      },
    );
  }
  throw new SmsError('The message has no text: pass `text` (the SMS body) to sendMail. Nothing was sent.', {
    code: 'INVALID_INPUT',
    outcome: 'not-sent',
  });
}
