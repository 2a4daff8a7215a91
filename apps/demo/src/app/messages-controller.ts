import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { SmsError, type SendOptions, type SendResult } from '@sms/core';
import { serializeSendResult } from '@sms/core/server';
import { InjectSms, SmsClient } from '@sms/nestjs';
import { BatchRequestPipe, type BatchRequest } from './pipes/batch-request-pipe';
import { OtpRequestPipe, type OtpRequest } from './pipes/otp-request-pipe';
import { TextRequestPipe, type TextRequest } from './pipes/text-request-pipe';
import { SentMessages } from './sent-messages';

function routing(request: { provider?: string }): SendOptions {
  return request.provider === undefined ? {} : { provider: request.provider };
}

/**
 * Sends through the Nest-injected client: one message, a list, a batch, an OTP, a scheduled send. Bodies are
 * read by pipes on `@sms/core/server`'s send-request parser; an `SmsError` (a refused body included) is
 * answered as a problem by `SmsExceptionFilter`.
 */
@Controller('api/messages')
export class MessagesController {
  constructor(
    @InjectSms() private readonly sms: SmsClient,
    @Inject(SentMessages) private readonly sent: SentMessages,
  ) {}

  @Post()
  @HttpCode(202)
  async send(@Body(TextRequestPipe) request: TextRequest) {
    return this.answer(await this.sms.send(request.message, routing(request)));
  }

  @Post('batch')
  @HttpCode(202)
  async sendBatch(@Body(BatchRequestPipe) request: BatchRequest) {
    return this.answer(await this.sms.sendBatch(request.messages, routing(request)));
  }

  @Post('otp')
  @HttpCode(202)
  async sendOtp(@Body(OtpRequestPipe) request: OtpRequest) {
    return this.answer(await this.sms.sendTemplate(request.message, routing(request)));
  }

  @Post('scheduled')
  @HttpCode(202)
  async schedule(@Body(TextRequestPipe) request: TextRequest) {
    if (request.message.sendAt === undefined) {
      throw new SmsError(
        'The request body is not valid. #/sendAt: `sendAt` is required to schedule, such as 2030-01-01T09:00:00Z.',
        { code: 'INVALID_INPUT' },
      );
    }
    return this.answer(await this.sms.send(request.message, routing(request)));
  }

  @Post(':ticket/cancel')
  async cancel(@Param('ticket') ticket: string) {
    const canceled = await this.sms.cancel(this.result(ticket));
    return { provider: canceled.provider, canceled: canceled.canceled, notCanceled: canceled.notCanceled ?? [] };
  }

  @Get(':ticket/status')
  async status(@Param('ticket') ticket: string) {
    const reports = await this.sms.getStatus(this.result(ticket));
    return reports.map(({ raw: _raw, ...report }) => report);
  }

  private result(ticket: string): SendResult {
    const result = this.sent.find(ticket);
    if (result === undefined) throw new NotFoundException(`No send with ticket ${ticket}`);
    return result;
  }

  private answer(result: SendResult) {
    return { ticket: this.sent.keep(result), result: serializeSendResult(result) };
  }
}
