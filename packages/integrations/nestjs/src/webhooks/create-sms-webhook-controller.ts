import { Controller, Get, Inject, Param, Post, Req, Res, type Type } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  createProblem,
  hasRequestBody,
  problemAnswer,
  type WebhookHandler,
  type WebhookHttpRequest,
} from '@sms/core/server';
import { writeAnswer } from '../http/write-answer';
import { createWebhookHandlers } from './create-webhook-handlers';
import { SMS_WEBHOOK_MODULE_OPTIONS } from './sms-webhook-module-options-token';
import type { SmsWebhookHttpRequest, SmsWebhookModuleOptions } from './sms-webhook-options';

/** The plain data `@sms/core/server` reads, from Express's or Fastify's request. */
function incomingOf(request: SmsWebhookHttpRequest, secret: string | undefined): WebhookHttpRequest {
  const stream = request.raw ?? request;
  return {
    method: request.method,
    headers: request.headers,
    body: request.body,
    query: request.query,
    pathSecret: secret,
    clientAddress: request.ip ?? request.socket?.remoteAddress ?? request.raw?.socket?.remoteAddress,
    // A body none of the app's parsers read (its content type is not theirs) is still unread.
    bodyUnread: hasRequestBody(request.headers) && stream.readableEnded === false,
  };
}

/**
 * The controller of `SmsWebhookModule`, mounted at `path`: `POST` (and `GET`) `<path>/<provider id>/<secret>`
 * or `<path>/<provider id>?token=<secret>` hand the callback to that provider's handler of `@sms/core/server`.
 */
export function createSmsWebhookController(path: string): Type<unknown> {
  @Controller(path)
  class SmsWebhookController {
    private readonly handlers: Map<string, WebhookHandler<SmsWebhookHttpRequest>>;

    constructor(
      @Inject(SMS_WEBHOOK_MODULE_OPTIONS) options: SmsWebhookModuleOptions,
      @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    ) {
      this.handlers = createWebhookHandlers(options);
    }

    @Post([':provider', ':provider/:secret'])
    post(
      @Param('provider') provider: string,
      @Param('secret') secret: string | undefined,
      @Req() request: SmsWebhookHttpRequest,
      @Res() response: unknown,
    ) {
      return this.receive(provider, secret, request, response);
    }

    @Get([':provider', ':provider/:secret'])
    get(
      @Param('provider') provider: string,
      @Param('secret') secret: string | undefined,
      @Req() request: SmsWebhookHttpRequest,
      @Res() response: unknown,
    ) {
      return this.receive(provider, secret, request, response);
    }

    private async receive(
      provider: string,
      secret: string | undefined,
      request: SmsWebhookHttpRequest,
      response: unknown,
    ): Promise<void> {
      const handler = this.handlers.get(provider);
      const answer =
        handler === undefined
          ? problemAnswer(createProblem('NOT_FOUND', 404, 'Not found', 'No SMS webhook is registered at this path.'))
          : await handler.handle(incomingOf(request, secret), request);
      writeAnswer(this.adapterHost.httpAdapter, response, answer);
    }
  }
  return SmsWebhookController;
}
