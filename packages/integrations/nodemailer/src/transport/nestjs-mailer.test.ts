import 'reflect-metadata';
import { MailerModule, MailerService } from '@nestjs-modules/mailer';
import { Test } from '@nestjs/testing';
import { createSmsClient } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import { smsTransport } from './sms-transport';
import type { SmsSentMessageInfo } from './sms-transport-types';

describe('smsTransport in @nestjs-modules/mailer', () => {
  it('sends SMS as a named transport next to a mail transport, and is closed with the app when it owns the client', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await Test.createTestingModule({
      imports: [
        MailerModule.forRoot({
          transport: { jsonTransport: true },
          transports: { sms: smsTransport({ client: createSmsClient({ providers: memory }) }, { closeClient: true }) },
        }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const mailer = app.get(MailerService);

    const info = (await mailer.sendMail({
      transporterName: 'sms',
      from: 'Shop <noreply@shop.example>',
      to: ['+989121234567', 'Sara <+989121234568>'],
      text: 'Your order has shipped',
    })) as SmsSentMessageInfo;
    const mail = await mailer.sendMail({
      from: 'Shop <noreply@shop.example>',
      to: 'someone@example.com',
      subject: 'Receipt',
      text: 'By email',
    });

    expect(memory.calls).toEqual([
      { method: 'send', input: { to: ['+989121234567', '+989121234568'], text: 'Your order has shipped' } },
    ]);
    expect(info.accepted).toEqual(['+989121234567', '+989121234568']);
    expect(info.response).toBe('250 memory accepted 2 messages');
    // `from` is an email: the SMS goes out from the provider's default sender.
    expect(info.envelope.from).toBe(false);
    expect(mail.envelope).toEqual({ from: 'noreply@shop.example', to: ['someone@example.com'] });
    await expect(mailer.verifyAllTransporters()).resolves.toBe(true);
    expect(memory.calls.at(-1)).toEqual({ method: 'getBalance', input: undefined });

    await app.close();
    expect(memory.closed).toBe(true);
  });

  it('works as the only transport and passes SmsError failures through MailerService', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await Test.createTestingModule({
      imports: [MailerModule.forRoot({ transport: smsTransport({ provider: memory }, { defaultCountry: 'IR' }) })],
    }).compile();
    const mailer = moduleRef.get(MailerService);

    await mailer.sendMail({ to: '0912 123 4567', from: '10008566', text: 'Hello' });
    await expect(mailer.sendMail({ to: 'ali@example.com', text: 'Hello' })).rejects.toMatchObject({
      name: 'SmsError',
      code: 'INVALID_RECIPIENT',
    });

    expect(memory.messages.map((message) => [message.to, message.from, message.text])).toEqual([
      ['+989121234567', '10008566', 'Hello'],
    ]);
    await moduleRef.close();
    expect(memory.closed).toBe(false);
  });
});
