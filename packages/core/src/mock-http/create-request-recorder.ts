import { createRequire } from 'node:module';
import type { Dispatcher, MockAgent } from 'undici';
import type { HttpMethod } from '../http/http-types';
import { createSecretHider } from './hide-secrets';
import { toRecordedRequest, type DispatchedRequest, type RecordedRequest } from './recorded-request';

export type { RecordedRequest };

export interface RequestRecorderOptions {
  /** The provider's origin, e.g. `https://api.ghasedak.me`. Requests anywhere else fail. */
  origin: string;
  /**
   * The credentials the provider sends, by name (`{ apiKey: TEST_API_KEY }`): wherever one appears in a
   * recorded request (a header, the query, the body; as written or encoded) it is shown as `[apiKey]`, so a
   * snapshot shows where a credential goes without holding it. Add one learnt later with `hideSecret`.
   */
  secrets?: Readonly<Record<string, string | undefined>>;
}

/** A prepared answer. Give `json` or `text`, or neither for an empty body. */
export interface MockAnswer {
  /** Default 200. */
  status?: number;
  /** Sent as JSON, with `content-type: application/json; charset=utf-8`. */
  json?: unknown;
  /** Sent as it is, with `content-type: text/plain; charset=utf-8` unless `headers` name another. */
  text?: string;
  /** Answer headers (`retry-after`, another `content-type`…). */
  headers?: Readonly<Record<string, string>>;
}

export interface ReplyOptions {
  /** Query parameters the request must carry, with these values; it may carry others. */
  query?: Readonly<Record<string, string>>;
  /** Headers the request must carry, with these values (names in any case); it may carry others. */
  headers?: Readonly<Record<string, string>>;
  /** How many matching requests this answers. Default 1. */
  times?: number;
  /** Milliseconds before the answer (or the error) comes, for timeouts and requests that overlap. */
  delayMs?: number;
}

export interface RequestRecorder {
  /** The undici dispatcher to give the provider (its `dispatcher` setting). It records every request sent through it. */
  readonly dispatcher: Dispatcher;
  /** The `MockAgent` underneath (net connections disabled), for a case `reply` does not cover. */
  readonly agent: MockAgent;
  /**
   * Every request sent through `dispatcher` so far, in the order they were sent, answered or not: a fresh
   * list on each read, credentials replaced by their markers. Made for `expect(recorder.requests).toMatchInlineSnapshot()`.
   */
  readonly requests: RecordedRequest[];
  /**
   * Answers the next request (or `times` requests) with `method` and `path` (the path without its query: a
   * string for that exact path, a pattern tested on it). `answer` may be a function of the recorded request.
   * Replies are matched in the order they were prepared.
   */
  reply(
    method: HttpMethod,
    path: string | RegExp,
    answer: MockAnswer | ((request: RecordedRequest) => MockAnswer),
    options?: ReplyOptions,
  ): void;
  /**
   * Fails the next matching request at the connection level instead of answering it: `'ECONNRESET'`
   * (a connection dropped after the request was sent), `'ECONNREFUSED'`, any other error code, or an `Error`.
   */
  replyWithError(method: HttpMethod, path: string | RegExp, error: string | Error, options?: ReplyOptions): void;
  /** Shows `value` as `[name]` in recorded requests from now on, those already recorded included (a token the provider obtained). */
  hideSecret(name: string, value: string): void;
  /**
   * Throws when a request had no reply prepared or a prepared reply was never used, naming them; closes the
   * agent in any case. Call it after each test (`usePerTest(create, (recorder) => recorder.close())`).
   */
  close(): Promise<void>;
}

// The messages Node gives these errors, so a test's error reads like the real one.
const TRANSPORT_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ECONNRESET: 'socket hang up',
  ECONNREFUSED: 'connect ECONNREFUSED',
  ETIMEDOUT: 'connect ETIMEDOUT',
  EPIPE: 'write EPIPE',
};

const NOT_MATCHED = 'UND_MOCK_ERR_MOCK_NOT_MATCHED';

// The handler callbacks of both undici handler interfaces (the one `request()` passes and the newer one).
const HANDLER_CALLBACKS = [
  'onConnect',
  'onHeaders',
  'onData',
  'onComplete',
  'onError',
  'onUpgrade',
  'onBodySent',
  'onRequestSent',
  'onResponseStarted',
  'onRequestStart',
  'onRequestUpgrade',
  'onResponseStart',
  'onResponseData',
  'onResponseEnd',
  'onResponseError',
] as const;

type Handler = Dispatcher.DispatchHandler & Record<string, unknown>;

/** The same handler, with its error callbacks passing each error through `replace` first. */
function withErrorsReplaced(handler: Handler, replace: (error: unknown) => unknown): Handler {
  const wrapped: Record<string, unknown> = {};
  for (const name of HANDLER_CALLBACKS) {
    const callback = handler[name];
    if (typeof callback === 'function') wrapped[name] = callback.bind(handler);
  }
  const { onError, onResponseError } = wrapped as {
    onError?: (error: unknown) => void;
    onResponseError?: (controller: unknown, error: unknown) => void;
  };
  if (onError !== undefined) wrapped.onError = (error: unknown) => onError(replace(error));
  if (onResponseError !== undefined)
    wrapped.onResponseError = (controller: unknown, error: unknown) => onResponseError(controller, replace(error));
  return wrapped as Handler;
}

function describeRoute(method: string, path: string | RegExp, options: ReplyOptions): string {
  const query = options.query === undefined ? '' : `?${new URLSearchParams({ ...options.query }).toString()}`;
  return `${method} ${String(path)}${query}`;
}

function bodyOf(answer: MockAnswer): { data: string; contentType?: string } {
  if (answer.json !== undefined)
    return { data: JSON.stringify(answer.json), contentType: 'application/json; charset=utf-8' };
  if (answer.text !== undefined) return { data: answer.text, contentType: 'text/plain; charset=utf-8' };
  return { data: '' };
}

/**
 * An undici `MockAgent` for a provider's tests that records every request in a plain, snapshot-friendly
 * form and answers only what the test prepared: a request with no reply prepared fails at once and again,
 * naming it, in `close()`. Needs no test runner.
 *
 * ```ts
 * const recorder = usePerTest(() => createRequestRecorder({ origin: 'https://api.ghasedak.me', secrets: { apiKey: KEY } }), (recorder) => recorder.close());
 * recorder.reply('POST', '/v2/sms/send/simple', { json: { result: { code: 200 }, items: [2578793735] } });
 * await createGhasedak({ apiKey: KEY, dispatcher: recorder.dispatcher }).send({ to: '09121234567', text: 'hi' });
 * expect(recorder.requests).toMatchInlineSnapshot();
 * ```
 */
export function createRequestRecorder(options: RequestRecorderOptions): RequestRecorder {
  // undici is loaded here rather than imported by the module: provider-utils is imported by every provider in
  // production, where loading undici's mock classes would be start-up time for nothing.
  const { MockAgent: MockAgentClass } = createRequire(import.meta.url)('undici') as typeof import('undici');
  const origin = new URL(options.origin).origin;
  const agent = new MockAgentClass();
  agent.disableNetConnect();
  const pool = agent.get(origin);
  const hider = createSecretHider(options.secrets);
  const dispatched: DispatchedRequest[] = [];
  const unmatched: string[] = [];
  // The path matchers of prepared replies and what they stand for, to name the ones never used.
  const routes = new Map<unknown, string>();
  let closed = false;

  const dispatcher = agent.compose((dispatch) => (request, handler) => {
    dispatched.push({ method: request.method, path: request.path, headers: request.headers, body: request.body });
    const replaceNotMatched = (error: unknown): unknown => {
      if ((error as { code?: unknown } | null)?.code !== NOT_MATCHED) return error;
      const target = `${request.method} ${hider.text(`${String(request.origin ?? '')}${request.path}`)}`;
      unmatched.push(target);
      return Object.assign(
        new Error(
          `No reply was prepared for ${target}: prepare one with recorder.reply() or recorder.replyWithError().`,
        ),
        { code: NOT_MATCHED },
      );
    };
    return dispatch(request, withErrorsReplaced(handler as Handler, replaceNotMatched));
  });

  const intercept = (method: HttpMethod, path: string | RegExp, replyOptions: ReplyOptions) => {
    const matchesPath = (requested: string): boolean => {
      const url = new URL(requested, origin);
      if (typeof path === 'string' ? url.pathname !== path : !path.test(url.pathname)) return false;
      return Object.entries(replyOptions.query ?? {}).every(([name, value]) => url.searchParams.get(name) === value);
    };
    routes.set(matchesPath, describeRoute(method, path, replyOptions));
    const expectedHeaders = Object.entries(replyOptions.headers ?? {});
    const matchesHeaders = (headers: Record<string, string>): boolean =>
      expectedHeaders.every(([name, value]) => headers[name.toLowerCase()] === value);
    return pool.intercept({
      method,
      path: matchesPath,
      ...(expectedHeaders.length === 0 ? {} : { headers: matchesHeaders }),
    });
  };

  const schedule = (scope: ReturnType<ReturnType<typeof intercept>['reply']>, replyOptions: ReplyOptions): void => {
    if (replyOptions.delayMs !== undefined) scope.delay(replyOptions.delayMs);
    if (replyOptions.times !== undefined) scope.times(replyOptions.times);
  };

  return {
    dispatcher,
    agent,
    get requests() {
      return dispatched.map((request) => toRecordedRequest(request, hider));
    },
    reply(method, path, answer, replyOptions = {}) {
      const scope = intercept(method, path, replyOptions).reply((request) => {
        const chosen =
          typeof answer === 'function' ? answer(toRecordedRequest(request as DispatchedRequest, hider)) : answer;
        const { data, contentType } = bodyOf(chosen);
        const headers = { ...(contentType === undefined ? {} : { 'content-type': contentType }), ...chosen.headers };
        return { statusCode: chosen.status ?? 200, data, responseOptions: { headers } };
      });
      schedule(scope, replyOptions);
    },
    replyWithError(method, path, error, replyOptions = {}) {
      const thrown =
        typeof error === 'string'
          ? Object.assign(new Error(TRANSPORT_ERROR_MESSAGES[error] ?? error), { code: error })
          : error;
      schedule(intercept(method, path, replyOptions).replyWithError(thrown), replyOptions);
    },
    hideSecret(name, value) {
      hider.add(name, value);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (unmatched.length > 0) {
          throw new Error(
            `${unmatched.length} request(s) had no reply prepared: ${unmatched.join(', ')}. Prepare one with recorder.reply() or recorder.replyWithError().`,
          );
        }
        const unused = agent.pendingInterceptors().map((interceptor) => {
          const route = routes.get(interceptor.path) ?? `${interceptor.method} ${String(interceptor.path)}`;
          // `timesInvoked` is documented for pendingInterceptors() but missing from undici's types.
          const used = (interceptor as { timesInvoked?: unknown }).timesInvoked;
          const left = typeof used === 'number' && interceptor.times !== null ? interceptor.times - used : 1;
          return left > 1 ? `${route} (${left} more times)` : route;
        });
        if (unused.length > 0)
          throw new Error(
            `Prepared replies were never used: ${unused.join(', ')}. The provider did not send the requests the test expected.`,
          );
      } finally {
        await agent.close();
      }
    },
  };
}
