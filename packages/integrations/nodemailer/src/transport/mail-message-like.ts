/**
 * The parts of Nodemailer's `MailMessage` this transport reads. Declared here, structurally, so the
 * published types import neither `nodemailer` (10+, which ships its own types) nor `@types/nodemailer`
 * (6–9): a real `MailMessage` of any of those versions fits.
 */

/** An address as Nodemailer takes it: `{ name, address }`, possibly a group of addresses. */
export interface MailAddressLike {
  name?: string | undefined;
  address?: string | undefined;
  group?: readonly MailAddressLike[] | undefined;
}

/** A recipient field: a string (comma-separated lists allowed), an address object, or a (nested) list of these. */
export type MailAddressInput = string | MailAddressLike | readonly MailAddressInput[];

/** `mail.data`: the options given to `sendMail`, merged with the transporter's defaults. */
export interface MailDataLike {
  to?: MailAddressInput | undefined;
  cc?: MailAddressInput | undefined;
  bcc?: MailAddressInput | undefined;
  /** Nodemailer allows a list here too; the first entry is the sender. */
  from?: MailAddressInput | undefined;
  /** A string, a Buffer, a stream, or `{ content }` / `{ path }`: resolved with `resolveContent`. */
  text?: unknown;
  html?: unknown;
  /** Nodemailer 10 puts `sendMail({ signal })` here. */
  signal?: AbortSignal | undefined;
}

export interface MailMessageLike {
  data: MailDataLike;
  /** Reads a content field (stream, Buffer, `{ path }`…) to a string or a Buffer. */
  resolveContent(data: object, key: string): Promise<unknown>;
}
