import type { MailAddressLike } from '../transport/mail-message-like';

/** One entry of an address list as written, and its parts. */
export interface WrittenAddress extends MailAddressLike {
  written: string;
}

function unquote(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"'))
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1').trim();
  return trimmed;
}

function parseEntry(entry: string): WrittenAddress {
  // `Name <address>`: the address is the last angle-bracketed part; what comes before is the display name.
  const bracketed = /^([\s\S]*)<([^<>]*)>$/.exec(entry);
  if (bracketed !== null)
    return { written: entry, name: unquote(bracketed[1] ?? ''), address: (bracketed[2] ?? '').trim() };
  return { written: entry, name: '', address: entry };
}

/**
 * Splits a header-style address list (`"Doe, John" <+33612345678>, +989121234567; Bob <0912…>`) at the commas
 * and semicolons that are outside quotes and angle brackets, as Nodemailer's address parser does. Nodemailer's
 * own parser is not used because this package has no runtime dependency on Nodemailer, and because it drops
 * anything that is not an email address from the envelope.
 *
 * A group (`Team: +989121234569, +989121234570;`) gives its members: as in Nodemailer, a colon outside quotes
 * and angle brackets ends the group's name, which is dropped, and the semicolon ends the group.
 */
export function splitAddressList(input: string): WrittenAddress[] {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let bracketed = false;
  for (let index = 0; index < input.length; index += 1) {
    const character = input[index]!;
    if (quoted && character === '\\') {
      current += character + (input[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (character === '"' && !bracketed) quoted = !quoted;
    else if (!quoted && character === '<') bracketed = true;
    else if (!quoted && character === '>') bracketed = false;
    else if (!quoted && !bracketed && (character === ',' || character === ';')) {
      entries.push(current);
      current = '';
      continue;
    } else if (!quoted && !bracketed && character === ':') {
      // What came before is the group's name, not a recipient.
      current = '';
      continue;
    }
    current += character;
  }
  entries.push(current);
  return entries
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map(parseEntry);
}
