import { createSmsClient, normalizePhoneNumber } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import { smsTransport } from '../transport/sms-transport';
import { collectRecipients } from './collect-recipients';

/** The numbers Nodemailer's own parser finds: a bare number lands in `name` with an empty `address`. */
function numbersNodemailerReads(field: string): string[] {
  return addressparser(field, { flatten: true }).map((entry) =>
    normalizePhoneNumber(entry.address !== '' ? entry.address : entry.name, { defaultCountry: 'IR' }),
  );
}

describe('address groups (RFC 5322 `name: members;`), read as Nodemailer reads them', () => {
  it.each([
    ['bare numbers', 'Team: +989121234569, +989121234570;', ['+989121234569', '+989121234570']],
    [
      'named members',
      'Team: Ali <+989121234569>, "Rostami, Sara" <+989121234570>;',
      ['+989121234569', '+989121234570'],
    ],
    ['national numbers with spaces', 'Team: 0912 123 4569, +98 912 123 4570;', ['+989121234569', '+989121234570']],
    ['a group without its closing semicolon', 'Team: +989121234569, +989121234570', ['+989121234569', '+989121234570']],
    [
      'a group between single recipients',
      '+989121234567, Team: +989121234569; +989121234571',
      ['+989121234567', '+989121234569', '+989121234571'],
    ],
    [
      'two groups',
      'Team: +989121234569; Family: "Doe, John" <+33612345678>, +989121234570;',
      ['+989121234569', '+33612345678', '+989121234570'],
    ],
    ['a colon inside a quoted name, which is no group', '"Re: Team" <+989121234569>', ['+989121234569']],
  ])('%s: %s', (_shape, field, expected) => {
    expect(numbersNodemailerReads(field)).toEqual(expected);
    expect(collectRecipients({ to: field }, 'IR')).toEqual({ numbers: expected, rejected: [], rejectedErrors: [] });
  });

  it.each(['Team: ;', 'Team:;', 'Undisclosed recipients:;'])('an empty group (%s) has no recipient', (field) => {
    expect(numbersNodemailerReads(field)).toEqual([]);
    expect(collectRecipients({ to: field }, 'IR')).toEqual({ numbers: [], rejected: [], rejectedErrors: [] });
  });

  it('sends to every member of a group through nodemailer.createTransport().sendMail()', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ client: createSmsClient({ providers: memory }) }));

    const info = await transporter.sendMail({
      to: 'Team: +989121234569, +989121234570;',
      cc: 'Nobody: ;',
      text: 'Stand-up moved to 10:00',
    });

    expect(memory.calls).toEqual([
      { method: 'send', input: { to: ['+989121234569', '+989121234570'], text: 'Stand-up moved to 10:00' } },
    ]);
    expect(info.accepted).toEqual(['+989121234569', '+989121234570']);
    expect(info.rejected).toEqual([]);
  });
});
