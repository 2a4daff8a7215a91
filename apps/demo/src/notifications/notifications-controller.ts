import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { TextRequestPipe, type TextRequest } from '../app/pipes/text-request-pipe';
import { SmsMailer } from './sms-mailer';

@Controller('api/notifications')
export class NotificationsController {
  constructor(@Inject(SmsMailer) private readonly mailer: SmsMailer) {}

  @Post()
  @HttpCode(202)
  async notify(@Body(TextRequestPipe) request: TextRequest) {
    const { to, text } = request.message;
    const info = await this.mailer.notify(typeof to === 'string' ? to : [...to], text, request.provider);
    return {
      messageId: info.messageId,
      accepted: info.accepted,
      rejected: info.rejected,
      response: info.response,
      provider: info.result?.provider,
    };
  }
}
