import type { RequestHeaders } from '../requests/request-headers';

/** Who is calling a webhook, as far as authenticating them needs. */
export interface WebhookCaller {
  /** The caller's address as the framework found it (its `trust proxy` setting applied). */
  clientAddress?: string | undefined;
  /** The secret in the path (`<mount>/<secret>`), when the route has one. */
  pathSecret?: unknown;
  /** The query string's parameters; `token` is the secret when it is not in the path. */
  query?: Readonly<Record<string, unknown>> | undefined;
}

/** A provider's callback as an adapter hands it over: plain data read from its framework's request. */
export interface WebhookHttpRequest extends WebhookCaller {
  method: string;
  headers: RequestHeaders;
  /** The body as the framework's parsers left it. */
  body?: unknown;
  /** The request has a body that none of the framework's parsers read (its content type is not theirs). */
  bodyUnread?: boolean;
}
