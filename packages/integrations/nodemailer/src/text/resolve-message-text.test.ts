import { describe, expect, it, vi } from 'vitest';
import type { MailDataLike, MailMessageLike } from '../transport/mail-message-like';
import { resolveMessageText } from './resolve-message-text';

const imports = vi.hoisted(() => ({ htmlToText: 0 }));
vi.mock('html-to-text', async (importOriginal) => {
  imports.htmlToText += 1;
  return importOriginal();
});

function mailOf(data: MailDataLike): MailMessageLike {
  return { data, resolveContent: async (source, key) => (source as Record<string, unknown>)[key] };
}

describe('resolveMessageText', () => {
  it('imports html-to-text only when a message with only html arrives, and once', async () => {
    expect(await resolveMessageText(mailOf({ text: 'Plain', html: '<p>Rich</p>' }), true)).toBe('Plain');
    await expect(resolveMessageText(mailOf({ html: '<p>Rich</p>' }), false)).rejects.toThrow(
      'create the transport with `htmlToText: true`',
    );
    expect(imports.htmlToText).toBe(0);

    expect(await resolveMessageText(mailOf({ html: '<p>Caf&eacute;</p>' }), true)).toBe('Café');
    expect(await resolveMessageText(mailOf({ html: '<p>Th&eacute;</p>' }), true)).toBe('Thé');
    expect(imports.htmlToText).toBe(1);
  });
});
