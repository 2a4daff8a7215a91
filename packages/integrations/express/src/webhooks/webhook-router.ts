import { SmsError } from '@sms/core';
import {
  createWebhookHandler,
  defaultProblemType,
  hasRequestBody,
  problemFromBodyParserError,
  type WebhookCaller,
} from '@sms/core/server';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Router } from 'express';
import { writeAnswer } from '../answers/write-answer';
import { readBodyLimit } from '../handlers/read-body-limit';
import { sendProblem } from '../problems/send-problem';
import type { WebhookRouterOptions } from './webhook-router-options';

const REMOVED_TRUST_PROXY =
  "webhookRouter: `trustProxy` was removed. The router reads the caller's address from req.ip, which follows Express's own setting: " +
  "app.set('trust proxy', 1) for one proxy in front of the app, 'loopback', or the proxies' addresses.";

function callerOf(request: Request): WebhookCaller {
  // req.ip applies the app's `trust proxy` setting (proxy-addr); without one it is the socket's peer.
  return {
    clientAddress: request.ip ?? request.socket.remoteAddress,
    pathSecret: request.params.secret,
    query: request.query,
  };
}

/**
 * An Express Router receiving one provider's callbacks (delivery receipts, replies, STOP). It mounts its
 * own body parsers (JSON, urlencoded, text; `limit` bytes at most), checks the caller's address (`req.ip`)
 * and the secret before reading the body, then hands the callback to `@sms/core/server`'s webhook handler,
 * which parses it with the provider's `parseWebhook` and awaits your callbacks before answering: `200` when
 * every event was handled, `500` when a callback threw (so the provider sends it again), `400` for a payload
 * that cannot be read, `401` without the right secret, `403` from an address not allowed, `413` for a body
 * too large.
 *
 * ```ts
 * app.use('/webhooks/smspartner', webhookRouter({ provider, secret, onDeliveryReport, onInbound }));
 * // give the provider https://example.com/webhooks/smspartner/<secret>
 * ```
 */
export function webhookRouter(options: WebhookRouterOptions): Router {
  const handler = createWebhookHandler<Request>(options, { name: 'webhookRouter' });
  if ((options as { trustProxy?: unknown }).trustProxy !== undefined) {
    throw new SmsError(REMOVED_TRUST_PROXY, { code: 'INVALID_INPUT', provider: handler.provider });
  }
  const limit = readBodyLimit(options.limit, 'webhookRouter');
  const problemType = options.problemType ?? defaultProblemType;

  const authenticate: RequestHandler = (request, response, next) => {
    const refusal = handler.authenticate(callerOf(request));
    if (refusal === undefined) next();
    else writeAnswer(response, refusal);
  };

  const parsers: RequestHandler[] = [
    express.json({ limit, type: ['application/json', 'application/*+json'] }),
    express.urlencoded({ extended: false, limit }),
    express.text({ limit, type: 'text/*' }),
  ];

  const receive: RequestHandler = (request, response, next) => {
    const incoming = {
      ...callerOf(request),
      method: request.method,
      headers: request.headers,
      body: request.body,
      // A body no parser understood is still unread.
      bodyUnread: hasRequestBody(request.headers) && !request.readableEnded,
    };
    handler
      .receive(incoming, request)
      .then((answer) => writeAnswer(response, answer))
      .catch(next);
  };

  const bodyErrors: ErrorRequestHandler = (error: unknown, _request, response, next) => {
    const bodyProblem = response.headersSent
      ? undefined
      : problemFromBodyParserError(error, 'callback', { problemType });
    if (bodyProblem === undefined) next(error);
    else sendProblem(response, bodyProblem);
  };

  const router = express.Router();
  // `/:secret` for the secret in the path; `/` for `?token=`.
  for (const path of ['/', '/:secret']) {
    router.post(path, authenticate, ...parsers, receive);
    router.get(path, authenticate, receive);
  }
  router.use(bodyErrors);
  return router;
}
