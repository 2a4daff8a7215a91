import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { optionalString, recipientsOf, requireString } from '../app/read-body';
import { SmsMailer } from './sms-mailer';

@Controller('api/notifications')
export class NotificationsController {
  constructor(@Inject(SmsMailer) private readonly mailer: SmsMailer) {}

  @Post()
  @HttpCode(202)
  async notify(@Body() body: Record<string, unknown>) {
    const info = await this.mailer.notify(recipientsOf(body), requireString(body, 'text'), optionalString(body, 'provider'));
    return { messageId: info.messageId, accepted: info.accepted, rejected: info.rejected, response: info.response, provider: info.result?.provider };
  }
}
