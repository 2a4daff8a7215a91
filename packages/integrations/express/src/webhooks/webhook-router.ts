import { SmsError, type WebhookEvent, type WebhookRequest } from '@sms/core';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, type Router } from 'express';
import { hasRequestBody } from '../handlers/has-request-body';
import { isEmptyObject } from '../handlers/is-empty-object';
import { readBodyLimit } from '../handlers/read-body-limit';
import { createProblem } from '../problems/create-problem';
import { defaultProblemType, type ProblemTypeResolver } from '../problems/problem-details';
import { problemFromBodyParserError } from '../problems/problem-from-body-parser-error';
import { sendProblem } from '../problems/send-problem';
import { clientAddress } from './client-address';
import { createAddressAllowList } from './create-address-allow-list';
import { createSecretMatcher } from './create-secret-matcher';
import type { WebhookContext, WebhookErrorContext, WebhookRouterOptions } from './webhook-router-options';

const TOKEN_PARAMETER = 'token';

function queryWithoutToken(request: Request): Record<string, unknown> {
  // Express 5's `req.query` is a getter; copy it, and keep the secret out of what the provider parser sees.
  return Object.fromEntries(Object.entries(request.query ?? {}).filter(([key]) => key !== TOKEN_PARAMETER));
}

function warn(message: string, error: unknown): void {
  // A library does not log; a process warning reaches stderr (or the app's 'warning' listener) when no onError was given.
  process.emitWarning(`${message} ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { type: 'SmsWebhookWarning' });
}

/**
 * An Express Router receiving one provider's callbacks (delivery receipts, replies, STOP). It mounts its
 * own body parsers (JSON, urlencoded, text; `limit` bytes at most), checks the caller's address and the
 * secret, parses with the provider's `parseWebhook`, and awaits your callbacks before answering: `200`
 * when every event was handled, `500` when a callback threw (so the provider sends it again), `400` for a
 * payload that cannot be read, `401` without the right secret, `403` from an address not allowed, `413`
 * for a body too large.
 *
 * ```ts
 * app.use('/webhooks/smspartner', webhookRouter({ provider, secret, onDeliveryReport, onInbound }));
 * // give the provider https://example.com/webhooks/smspartner/<secret>
 * ```
 */
export function webhookRouter(options: WebhookRouterOptions): Router {
  const provider = options?.provider;
  if (provider === undefined || provider === null || typeof provider.id !== 'string') {
    throw new SmsError('webhookRouter needs `provider`: the provider whose callbacks it receives.', { code: 'INVALID_INPUT' });
  }
  const parseWebhook = provider.parseWebhook?.bind(provider);
  if (typeof parseWebhook !== 'function') {
    throw new SmsError(`webhookRouter: the ${provider.id} provider has no parseWebhook, so it cannot read its callbacks. Use a provider that supports webhooks.`, {
      code: 'UNSUPPORTED',
      provider: provider.id,
    });
  }
  if (typeof options.onDeliveryReport !== 'function' || typeof options.onInbound !== 'function') {
    throw new SmsError('webhookRouter needs both `onDeliveryReport` and `onInbound` callbacks, so that no event is dropped unseen.', {
      code: 'INVALID_INPUT',
      provider: provider.id,
    });
  }
  const trustProxy = options.trustProxy;
  if (trustProxy !== undefined && typeof trustProxy !== 'boolean' && !(Number.isInteger(trustProxy) && trustProxy >= 0)) {
    throw new SmsError('webhookRouter: `trustProxy` must be true, false or the number of proxies in front of the app.', { code: 'INVALID_INPUT', provider: provider.id });
  }
  const matchesSecret = createSecretMatcher(options.secret);
  const isAllowed = options.allowIps === undefined ? undefined : createAddressAllowList(options.allowIps);
  const problemType: ProblemTypeResolver = options.problemType ?? defaultProblemType;
  const limit = readBodyLimit(options.limit, 'webhookRouter');
  const problem = (response: Response, code: string, status: number, title: string, detail: string): void => {
    sendProblem(response, createProblem(code, status, title, detail, { problemType }));
  };

  const report = async (error: unknown, context: WebhookErrorContext): Promise<void> => {
    if (options.onError === undefined) {
      warn(`@sms/express webhookRouter (${provider.id}): ${context.stage === 'parse' ? 'a callback payload was refused' : `the ${context.event?.type} callback threw; answered 500 so the provider retries`}. Pass onError to handle this.`, error);
      return;
    }
    try {
      await options.onError(error, context);
    } catch {
      // The answer is already decided; an error reporter that fails must not hide the original failure.
    }
  };

  const authenticate: RequestHandler = (request, response, next) => {
    if (isAllowed !== undefined && !isAllowed(clientAddress(request, trustProxy))) {
      problem(response, 'FORBIDDEN', 403, 'Forbidden', 'This address may not call this webhook.');
      return;
    }
    const candidate = request.params.secret ?? request.query[TOKEN_PARAMETER];
    if (!matchesSecret(candidate)) {
      problem(response, 'UNAUTHORIZED', 401, 'Unauthorized', 'Missing or wrong webhook secret.');
      return;
    }
    next();
  };

  const parsers: RequestHandler[] = [
    express.json({ limit, type: ['application/json', 'application/*+json'] }),
    express.urlencoded({ extended: false, limit }),
    express.text({ limit, type: 'text/*' }),
  ];

  const dispatch = async (event: WebhookEvent, request: Request): Promise<void> => {
    const context: WebhookContext = { provider: provider.id, event, request };
    switch (event.type) {
      case 'delivery-report':
        await options.onDeliveryReport(event.report, context);
        return;
      case 'inbound':
        await options.onInbound(event.message, context);
        return;
      case 'opt-out':
        if (options.onOptOut !== undefined) await options.onOptOut(event, context);
        else await options.onInbound(event.message ?? { provider: event.provider, from: event.phoneNumber, text: '', raw: event.raw }, context);
        return;
      default:
        throw new SmsError(`webhookRouter: ${provider.id} produced an event of unknown type "${(event as { type?: unknown }).type}".`, { code: 'UNSUPPORTED', provider: provider.id });
    }
  };

  const handleWebhook = async (request: Request, response: Response): Promise<void> => {
    const hasBody = hasRequestBody(request);
    if (hasBody && !request.readableEnded) {
      // No parser understood the Content-Type: refuse it rather than hand the provider an empty payload.
      response.setHeader('Accept-Post', 'application/json, application/x-www-form-urlencoded, text/plain');
      problem(response, 'UNSUPPORTED_MEDIA_TYPE', 415, 'Unsupported media type', 'Send the callback as JSON, form fields or text.');
      return;
    }
    // Express 4 leaves `{}` where nothing was parsed; Express 5 leaves undefined. Give providers one shape.
    const body: unknown = !hasBody && isEmptyObject(request.body) ? undefined : request.body;
    const webhookRequest: WebhookRequest = { method: request.method, headers: request.headers, body, query: queryWithoutToken(request) };

    let events: WebhookEvent[];
    try {
      events = await parseWebhook(webhookRequest);
      if (!Array.isArray(events)) throw new SmsError(`${provider.id}'s parseWebhook returned no list of events.`, { code: 'BAD_RESPONSE', provider: provider.id });
    } catch (error) {
      await report(error, { provider: provider.id, stage: 'parse', request });
      problem(response, 'INVALID_INPUT', 400, 'Unreadable callback', `The ${provider.id} callback payload could not be read.`);
      return;
    }

    for (const event of events) {
      try {
        await dispatch(event, request);
      } catch (error) {
        await report(error, { provider: provider.id, stage: 'callback', event, request });
        problem(response, 'WEBHOOK_CALLBACK_FAILED', 500, 'Callback failed', 'The event could not be handled; send it again later.');
        return;
      }
    }
    response.status(200).json({ received: events.length });
  };

  const handle: RequestHandler = (request, response, next) => {
    handleWebhook(request, response).catch(next);
  };

  const bodyErrors: ErrorRequestHandler = (error: unknown, _request, response, next) => {
    const bodyProblem = response.headersSent ? undefined : problemFromBodyParserError(error, 'callback', { problemType });
    if (bodyProblem === undefined) next(error);
    else sendProblem(response, bodyProblem);
  };

  const router = express.Router();
  // `/:secret` for the secret in the path; `/` for `?token=`.
  for (const path of ['/', '/:secret']) {
    router.post(path, authenticate, ...parsers, handle);
    router.get(path, authenticate, handle);
  }
  router.use(bodyErrors);
  return router;
}
