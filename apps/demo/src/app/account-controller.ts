import { Controller, Get, Inject, Query } from '@nestjs/common';
import { InjectSms, SmsClient } from '@sms/nestjs';
import { DemoActivity } from './demo-activity';

/** Reads: balance and inbound messages per provider, and what the app has seen (attempts, webhook events). */
@Controller('api')
export class AccountController {
  constructor(
    @InjectSms() private readonly sms: SmsClient,
    @Inject(DemoActivity) private readonly activity: DemoActivity,
  ) {}

  @Get('balance')
  async balance(@Query('provider') provider?: string) {
    const { raw: _raw, ...balance } = await this.sms.getBalance(provider === undefined ? {} : { provider });
    return balance;
  }

  @Get('inbound')
  async inbound(@Query('provider') provider?: string) {
    const messages = await this.sms.listInbound({}, provider === undefined ? {} : { provider });
    return messages.map(({ raw: _raw, ...message }) => message);
  }

  @Get('activity')
  activitySince(@Query('provider') provider?: string) {
    const matches = (entry: { provider: string }) => provider === undefined || entry.provider === provider;
    return {
      attempts: this.activity.attempts.filter(matches),
      webhookEvents: this.activity.webhookEvents.filter(matches),
    };
  }
}
