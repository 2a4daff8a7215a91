import { createSmsClient } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import nodemailer, { type SentMessageInfo, type Transport } from 'nodemailer';
import { describe, expectTypeOf, it } from 'vitest';
import type { MailMessageLike } from './mail-message-like';
import { smsTransport } from './sms-transport';
import type { SmsSentMessageInfo, SmsTransport } from './sms-transport-types';

describe('smsTransport against the types of nodemailer 10', () => {
  const transport = smsTransport({ provider: createMemoryProvider() });

  it('is a Transport of SmsSentMessageInfo, and of the default SentMessageInfo', () => {
    expectTypeOf(transport).toExtend<Transport<SmsSentMessageInfo>>();
    expectTypeOf(transport).toExtend<Transport>();
    expectTypeOf(transport).toExtend<Transport<SentMessageInfo>>();
  });

  it('makes createTransport infer its result type', () => {
    const transporter = nodemailer.createTransport(
      smsTransport({ client: createSmsClient({ providers: createMemoryProvider() }) }),
    );
    expectTypeOf(
      transporter.sendMail({ to: '+989121234567', text: 'Hi' }),
    ).resolves.toEqualTypeOf<SmsSentMessageInfo>();
    expectTypeOf(transporter.verify()).resolves.toEqualTypeOf<true>();
  });

  it('takes a real MailMessage where it takes a MailMessageLike', () => {
    expectTypeOf<Parameters<Transport<SmsSentMessageInfo>['send']>[0]>().toExtend<MailMessageLike>();
  });

  it('takes only a client or a provider', () => {
    // @ts-expect-error: a client and a provider at once is ambiguous
    smsTransport({ client: createSmsClient({ providers: createMemoryProvider() }), provider: createMemoryProvider() });
    // @ts-expect-error: neither
    smsTransport({});
    expectTypeOf(smsTransport).returns.toEqualTypeOf<SmsTransport>();
  });
});
