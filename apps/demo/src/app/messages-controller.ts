import { BadRequestException, Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import type { BatchMessage, SendOptions, SendResult } from '@sms/core';
import { serializeSendResult } from '@sms/express';
import { InjectSms, SmsClient } from '@sms/nestjs';
import { dateOf, optionalString, recipientsOf, requireString } from './read-body';
import { SentMessages } from './sent-messages';

type JsonBody = Record<string, unknown>;

/** Sends through the Nest-injected client: one message, a list, a batch, an OTP, a scheduled send. */
@Controller('api/messages')
export class MessagesController {
  constructor(
    @InjectSms() private readonly sms: SmsClient,
    @Inject(SentMessages) private readonly sent: SentMessages,
  ) {}

  @Post()
  @HttpCode(202)
  async send(@Body() body: JsonBody) {
    return this.answer(await this.sms.send({ to: recipientsOf(body), text: requireString(body, 'text') }, this.routing(body)));
  }

  @Post('batch')
  @HttpCode(202)
  async sendBatch(@Body() body: JsonBody) {
    const messages = body.messages;
    if (!Array.isArray(messages)) throw new BadRequestException('`messages` must be a list of { to, text }');
    const batch: BatchMessage[] = messages.map((message: JsonBody) => ({ to: requireString(message, 'to'), text: requireString(message, 'text') }));
    return this.answer(await this.sms.sendBatch(batch, this.routing(body)));
  }

  @Post('otp')
  @HttpCode(202)
  async sendOtp(@Body() body: JsonBody) {
    const result = await this.sms.sendTemplate({ to: recipientsOf(body), template: 'otp', params: { code: requireString(body, 'code') } }, this.routing(body));
    return this.answer(result);
  }

  @Post('scheduled')
  @HttpCode(202)
  async schedule(@Body() body: JsonBody) {
    const result = await this.sms.send({ to: recipientsOf(body), text: requireString(body, 'text'), sendAt: dateOf(body, 'sendAt') }, this.routing(body));
    return this.answer(result);
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

  private routing(body: JsonBody): SendOptions {
    const provider = optionalString(body, 'provider');
    return provider === undefined ? {} : { provider };
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
