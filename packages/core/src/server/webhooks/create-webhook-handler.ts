import { SmsError } from '../../errors/sms-error';
import type { WebhookEvent, WebhookRequest } from '../../model/webhook-event';
import { jsonAnswer } from '../answers/json-answer';
import { problemAnswer } from '../answers/problem-answer';
import type { ServerAnswer } from '../answers/server-answer';
import { createProblem } from '../problems/create-problem';
import { defaultProblemType } from '../problems/problem-details';
import { hasRequestBody } from '../requests/has-request-body';
import { isEmptyObject } from '../requests/is-empty-object';
import { createAddressAllowList } from './create-address-allow-list';
import { createSecretMatcher } from './create-secret-matcher';
import type { WebhookContext, WebhookErrorContext, WebhookHandlerOptions } from './webhook-handler-options';
import type { WebhookCaller, WebhookHttpRequest } from './webhook-http-request';

/** How an adapter introduces itself to the handler. */
export interface WebhookAdapterSettings {
  /** Names the adapter in startup errors and warnings (`webhookRouter`). Default `createWebhookHandler`. */
  name?: string;
  /** The content types the adapter's body parsers read, listed in a 415's `Accept-Post`. Default JSON, form fields and text. */
  bodyTypes?: readonly string[];
}

/** One provider's webhook endpoint without its framework. */
export interface WebhookHandler<Request = unknown> {
  /** The provider's id. */
  readonly provider: string;
  /**
   * The address and secret checks alone, for adapters that can run them before reading the body: a 403 or
   * 401 answer, or `undefined` when the caller may go on.
   */
  authenticate(caller: WebhookCaller): ServerAnswer | undefined;
  /** Reads an authenticated callback: parses it with the provider's `parseWebhook` and awaits the callbacks. */
  receive(incoming: WebhookHttpRequest, request: Request): Promise<ServerAnswer>;
  /** `authenticate`, then `receive`. */
  handle(incoming: WebhookHttpRequest, request: Request): Promise<ServerAnswer>;
}

const TOKEN_PARAMETER = 'token';
const DEFAULT_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'text/plain'];

function queryWithoutToken(query: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  // A copy (Express 5's `req.query` is a getter), without the secret: the provider's parser never sees it.
  return Object.fromEntries(Object.entries(query ?? {}).filter(([key]) => key !== TOKEN_PARAMETER));
}

function warn(message: string, error: unknown): void {
  // A library does not log; a process warning reaches stderr (or the app's 'warning' listener) when no onError was given.
  process.emitWarning(`${message} ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, {
    type: 'SmsWebhookWarning',
  });
}

/**
 * Receives one provider's callbacks (delivery receipts, replies, STOP) on plain data: checks the caller's
 * address and the secret, parses with the provider's `parseWebhook`, and awaits your callbacks before
 * answering: `200` when every event was handled, `500` when a callback threw (so the provider sends it
 * again), `400` for a payload that cannot be read, `401` without the right secret, `403` from an address not
 * allowed, `415` for a body the framework's parsers did not read. The options are checked here, at startup.
 */
export function createWebhookHandler<Request = unknown>(
  options: WebhookHandlerOptions<Request>,
  adapter: WebhookAdapterSettings = {},
): WebhookHandler<Request> {
  const name = adapter.name ?? 'createWebhookHandler';
  const provider = options?.provider;
  if (provider === undefined || provider === null || typeof provider.id !== 'string') {
    throw new SmsError(`${name} needs \`provider\`: the provider whose callbacks it receives.`, {
      code: 'INVALID_INPUT',
    });
  }
  const parseWebhook = provider.parseWebhook?.bind(provider);
  if (typeof parseWebhook !== 'function') {
    throw new SmsError(
      `${name}: the ${provider.id} provider has no parseWebhook, so it cannot read its callbacks. Use a provider that supports webhooks.`,
      {
        code: 'UNSUPPORTED',
        provider: provider.id,
      },
    );
  }
  if (typeof options.onDeliveryReport !== 'function' || typeof options.onInbound !== 'function') {
    throw new SmsError(
      `${name} needs both \`onDeliveryReport\` and \`onInbound\` callbacks, so that no event is dropped unseen.`,
      {
        code: 'INVALID_INPUT',
        provider: provider.id,
      },
    );
  }
  const matchesSecret = createSecretMatcher(options.secret, name);
  const isAllowed = options.allowIps === undefined ? undefined : createAddressAllowList(options.allowIps, name);
  const problemOptions = { problemType: options.problemType ?? defaultProblemType };
  const acceptPost = (adapter.bodyTypes ?? DEFAULT_BODY_TYPES).join(', ');
  const problem = (
    code: string,
    status: number,
    title: string,
    detail: string,
    headers?: Record<string, string>,
  ): ServerAnswer => problemAnswer(createProblem(code, status, title, detail, problemOptions), headers);

  const report = async (error: unknown, context: WebhookErrorContext<Request>): Promise<void> => {
    if (options.onError === undefined) {
      const what =
        context.stage === 'parse'
          ? 'a callback payload was refused'
          : `the ${context.event?.type} callback threw; answered 500 so the provider retries`;
      warn(`${name} (${provider.id}): ${what}. Pass onError to handle this.`, error);
      return;
    }
    try {
      await options.onError(error, context);
    } catch {
      // The answer is already decided; an error reporter that fails must not hide the original failure.
    }
  };

  const dispatch = async (event: WebhookEvent, request: Request): Promise<void> => {
    const context: WebhookContext<Request> = { provider: provider.id, event, request };
    switch (event.type) {
      case 'delivery-report':
        await options.onDeliveryReport(event.report, context);
        return;
      case 'inbound':
        await options.onInbound(event.message, context);
        return;
      case 'opt-out':
        if (options.onOptOut !== undefined) await options.onOptOut(event, context);
        else
          await options.onInbound(
            event.message ?? { provider: event.provider, from: event.phoneNumber, text: '', raw: event.raw },
            context,
          );
        return;
      default:
        throw new SmsError(
          `${name}: ${provider.id} produced an event of unknown type "${(event as { type?: unknown }).type}".`,
          { code: 'UNSUPPORTED', provider: provider.id },
        );
    }
  };

  const authenticate = (caller: WebhookCaller): ServerAnswer | undefined => {
    if (isAllowed !== undefined && !isAllowed(caller.clientAddress)) {
      return problem('FORBIDDEN', 403, 'Forbidden', 'This address may not call this webhook.');
    }
    if (!matchesSecret(caller.pathSecret ?? caller.query?.[TOKEN_PARAMETER])) {
      return problem('UNAUTHORIZED', 401, 'Unauthorized', 'Missing or wrong webhook secret.');
    }
    return undefined;
  };

  const receive = async (incoming: WebhookHttpRequest, request: Request): Promise<ServerAnswer> => {
    if (incoming.bodyUnread === true) {
      // Refused rather than handing the provider an empty payload.
      return problem(
        'UNSUPPORTED_MEDIA_TYPE',
        415,
        'Unsupported media type',
        `Send the callback as one of: ${acceptPost}.`,
        { 'accept-post': acceptPost },
      );
    }
    // Express 4's parsers leave `{}` where nothing was parsed; Express 5 leaves undefined. Providers get one shape.
    const body = !hasRequestBody(incoming.headers) && isEmptyObject(incoming.body) ? undefined : incoming.body;
    const webhookRequest: WebhookRequest = {
      method: incoming.method,
      headers: incoming.headers,
      body,
      query: queryWithoutToken(incoming.query),
    };

    let events: WebhookEvent[];
    try {
      events = await parseWebhook(webhookRequest);
      if (!Array.isArray(events))
        throw new SmsError(`${provider.id}'s parseWebhook returned no list of events.`, {
          code: 'BAD_RESPONSE',
          provider: provider.id,
        });
    } catch (error) {
      await report(error, { provider: provider.id, stage: 'parse', request });
      return problem(
        'INVALID_INPUT',
        400,
        'Unreadable callback',
        `The ${provider.id} callback payload could not be read.`,
      );
    }

    for (const event of events) {
      try {
        await dispatch(event, request);
      } catch (error) {
        await report(error, { provider: provider.id, stage: 'callback', event, request });
        return problem(
          'WEBHOOK_CALLBACK_FAILED',
          500,
          'Callback failed',
          'The event could not be handled; send it again later.',
        );
      }
    }
    return jsonAnswer(200, { received: events.length });
  };

  return {
    provider: provider.id,
    authenticate,
    receive,
    handle: async (incoming, request) => authenticate(incoming) ?? receive(incoming, request),
  };
}
