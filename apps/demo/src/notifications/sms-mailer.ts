import type { SmsClient } from '@sms/core';
import { smsTransport, type SmsSentMessageInfo } from '@sms/nodemailer';
import nodemailer, { type Transporter } from 'nodemailer';

/**
 * The notification path of the demo: code that already sends mail through Nodemailer sends SMS by
 * swapping the transport. One transporter per provider, so a notification can be pinned to one of them;
 * `default` goes through the client with its failover.
 */
export class SmsMailer {
  private readonly transporters = new Map<string, Transporter<SmsSentMessageInfo>>();

  constructor(private readonly client: SmsClient) {}

  async notify(to: string | string[], text: string, provider?: string): Promise<SmsSentMessageInfo> {
    return this.transporter(provider).sendMail({ to, text });
  }

  close(): void {
    for (const transporter of this.transporters.values()) transporter.close();
  }

  private transporter(provider: string | undefined): Transporter<SmsSentMessageInfo> {
    const key = provider ?? 'default';
    let transporter = this.transporters.get(key);
    if (transporter === undefined) {
      const target = provider === undefined ? { client: this.client } : { provider: this.client.provider(provider) };
      transporter = nodemailer.createTransport(smsTransport(target, { defaultCountry: 'IR' }));
      this.transporters.set(key, transporter);
    }
    return transporter;
  }
}
