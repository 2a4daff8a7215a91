import type { Agent, Dispatcher } from 'undici';
import { createRedactor, type Redactor } from '../errors/create-redactor';
import { SmsError, type SmsErrorOptions } from '../errors/sms-error';
import { boundResponseBody } from './bound-response-body';
import { CORE_VERSION } from './core-version';
import { DeadlineSignal } from './deadline-signal';
import { encodeForm } from './encode-form';
import { mapTransportError } from './map-transport-error';
import { parseRetryAfter } from './parse-retry-after';
import { readBodyText } from './read-body-text';
import type { HttpClientSettings, HttpRequest, HttpResponse, QueryValue } from './http-types';
import type { CallOptions } from '../model/call-options';
import { assertCallOptions, isTimeoutMs, MAX_TIMEOUT_MS } from '../validation/assert-call-options';
import { describeValue } from '../validation/describe-value';
import { createRateLimiter, type RateLimiter } from '../rate-limit/create-rate-limiter';

const DEFAULT_CONNECTIONS = 32;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
// undici's own defaults are 300 s, far beyond what an SMS API needs to answer.
const DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
const DEFAULT_BODY_TIMEOUT_MS = 30_000;
// The headers and body timeouts only bound silences; this bounds the whole call, so a slow-drip answer ends too.
const DEFAULT_TIMEOUT_MS = 60_000;
// SMS APIs answer in kilobytes; a bulk answer for hundreds of recipients stays far below this.
const DEFAULT_MAX_RESPONSE_BYTES = 1_048_576;
// How long a 429 without a Retry-After holds a rate-limited provider: the queue's shared limits' default too.
const DEFAULT_RATE_LIMITED_PAUSE_MS = 1_000;
const CORE_PRODUCT = `sms-core/${CORE_VERSION}`;
const PROJECT_COMMENT = '(+https://github.com/sms-sdk/sms)';
// A product token as RFC 9110 defines it: `name` or `name/version`, from token characters only.
const PRODUCT_TOKEN = /^[\w!#$%&'*+.^`|~-]+(?:\/[\w!#$%&'*+.^`|~-]+)?$/;

export interface HttpClient {
  readonly provider: string;
  /** The overall deadline, in milliseconds, of a call that sets no `timeoutMs` of its own. */
  readonly timeoutMs: number;
  /**
   * Sends one request and reads its whole answer. Transport failures become `SmsError`s; HTTP statuses do not.
   * A caller's `CallOptions` can be passed as they are; their `signal` and `timeoutMs` win over the request's.
   * An answer over `maxResponseBytes` fails with `BAD_RESPONSE`; the answer's `json` comes back redacted.
   */
  request(request: HttpRequest, options?: CallOptions): Promise<HttpResponse>;
  /**
   * Builds an `SmsError` for this provider with the answer's status and body attached, redacted, and cut to a
   * few kilobytes (`responseBody`, when given, is bounded and redacted the same way).
   */
  error(message: string, options: Omit<SmsErrorOptions, 'provider'> & { response?: HttpResponse }): SmsError;
  /** Removes this provider's credentials from a text or a value. */
  redact<T>(value: T): T;
  /** Closes the client's own sockets (not an injected dispatcher). Later requests fail. */
  close(): Promise<void>;
}

function appendQuery(path: string, query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (query === undefined) return path;
  // A query is encoded as a form body is: providers take the same parameters either way.
  const encoded = encodeForm(query);
  if (encoded === '') return path;
  return `${path}${path.includes('?') ? '&' : '?'}${encoded}`;
}

function copyInto(target: Record<string, string>, source: Readonly<Record<string, string>> | undefined): void {
  if (source === undefined) return;
  for (const name in source) target[name] = source[name]!;
}

// An object or an array after JSON's whitespace: an answer worth parsing whatever its content type says.
const JSON_START = /^[ \t\r\n]*[[{]/;

/** `sms-ghasedak/0.2.0 sms-core/0.1.0 (+https://github.com/sms-sdk/sms)`: the provider's products first, most specific first. */
function userAgentOf(provider: string, products: readonly string[] | undefined = []): string {
  const wrong = Array.isArray(products)
    ? products.find((product) => typeof product !== 'string' || !PRODUCT_TOKEN.test(product))
    : products;
  if (wrong !== undefined) {
    throw new SmsError(
      `userAgent in the ${provider} HTTP client settings must be a list of product tokens such as ['sms-${provider}/1.2.3']; got ${describeValue(wrong)}.`,
      {
        code: 'INVALID_INPUT',
        provider,
      },
    );
  }
  return [...products, CORE_PRODUCT, PROJECT_COMMENT].join(' ');
}

function invalidTimeout(provider: string, value: unknown, where: 'settings' | 'call'): SmsError {
  const place = where === 'settings' ? `in the ${provider} settings` : `for a call to ${provider}`;
  return new SmsError(
    `timeoutMs ${place} must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS} (the deadline cannot be turned off); got ${String(value)}.${where === 'call' ? ' Nothing was sent.' : ''}`,
    { code: 'INVALID_INPUT', provider, outcome: 'not-sent', retryable: false },
  );
}

function sameSecrets(left: readonly (string | undefined)[], right: readonly (string | undefined)[]): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index += 1) if (left[index] !== right[index]) return false;
  return true;
}

function abortOnDeadline(signal: DeadlineSignal, deadlineMs: number): void {
  signal.abort(new DOMException(`The ${deadlineMs} ms deadline passed.`, 'TimeoutError'), true);
}

function abortedBeforeStart(provider: string, signal: AbortSignal): SmsError {
  return new SmsError(`The call to ${provider} was aborted before it started; nothing was sent.`, {
    code: 'ABORTED',
    provider,
    outcome: 'not-sent',
    retryable: false,
    cause: signal.reason,
  });
}

function parseJson(text: string, contentType: string | string[] | undefined): unknown {
  const type = Array.isArray(contentType) ? contentType[0] : contentType;
  if (!(type?.includes('json') || JSON_START.test(text))) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The HTTP helper provider packages build on: one keep-alive pool per provider instance, explicit timeouts. */
export function createHttpClient(settings: HttpClientSettings): HttpClient {
  const base = new URL(settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`);
  const origin = base.origin;
  const basePath = base.pathname;
  const provider = settings.provider;
  const headersTimeout = settings.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const bodyTimeout = settings.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!isTimeoutMs(timeoutMs)) throw invalidTimeout(provider, timeoutMs, 'settings');
  const maxResponseBytes = settings.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw new SmsError(
      `maxResponseBytes in the ${provider} settings must be a whole number of bytes, at least 1; got ${String(maxResponseBytes)}.`,
      {
        code: 'INVALID_INPUT',
        provider,
      },
    );
  }
  const userAgent = userAgentOf(provider, settings.userAgent);
  const limiter: RateLimiter | undefined =
    settings.rateLimit === undefined ? undefined : createRateLimiter({ provider, rateLimit: settings.rateLimit });
  let ownAgent: Promise<Agent> | undefined;
  let closed = false;

  // Every answer is checked against the secrets, so the redactor is rebuilt only when they change (a new token).
  let knownSecrets: readonly (string | undefined)[] = [];
  let knownRedactor = createRedactor(knownSecrets);
  const redactor = (): Redactor => {
    const secrets = settings.secrets?.() ?? [];
    if (!sameSecrets(secrets, knownSecrets)) {
      knownSecrets = secrets;
      knownRedactor = createRedactor(secrets);
    }
    return knownRedactor;
  };
  const tooLarge = (): SmsError =>
    new SmsError(
      `${provider} answered with a body over ${maxResponseBytes} bytes, so it was not read; the request may have been processed, so check its status before sending again. ` +
        `If such answers are expected, raise the maxResponseBytes setting.`,
      { code: 'BAD_RESPONSE', provider, outcome: 'unknown' },
    );

  // undici is loaded and the agent made on first use: importing a provider costs no undici start-up (most
  // of the SDK's import time), and creating one opens nothing.
  const createAgent = async (): Promise<Agent> => {
    const { Agent: AgentClass } = await import('undici');
    return new AgentClass({
      connections: settings.connections ?? DEFAULT_CONNECTIONS,
      connect: { timeout: settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
      headersTimeout,
      bodyTimeout,
      keepAliveTimeout: 4_000,
    });
  };
  let agent: Agent | undefined;
  const dispatcher = (): Dispatcher | Promise<Dispatcher> => {
    if (settings.dispatcher !== undefined) return settings.dispatcher;
    if (agent !== undefined) return agent;
    ownAgent ??= createAgent().then((created) => (agent = created));
    return ownAgent;
  };

  const error: HttpClient['error'] = (message, options) => {
    const { response, ...rest } = options;
    // A provider that says so in the body of a 200 (Ghasedak's result code 429) holds every request too; a 429
    // status was already held when it came in.
    if (rest.code === 'RATE_LIMITED' && limiter !== undefined && response?.statusCode !== 429)
      limiter.pause(rest.retryAfterMs ?? DEFAULT_RATE_LIMITED_PAUSE_MS);
    const redact = redactor();
    let responseBody: unknown;
    if (rest.responseBody !== undefined) responseBody = boundResponseBody(rest.responseBody, redact);
    else if (response !== undefined)
      responseBody = boundResponseBody(response.json ?? response.text, redact, response.text);
    return new SmsError(redact.text(message), {
      ...rest,
      provider,
      ...(response === undefined ? {} : { statusCode: response.statusCode }),
      ...(responseBody === undefined ? {} : { responseBody }),
    });
  };

  const request = async (call: HttpRequest, callOptions?: CallOptions): Promise<HttpResponse> => {
    // Every provider call goes through here: a signal or timeout of the wrong type from plain JavaScript is
    // refused as INVALID_INPUT before the request, not left to AbortSignal.any to throw a TypeError.
    assertCallOptions(callOptions, provider);
    const callerSignal = callOptions?.signal ?? call.signal;
    if (closed) {
      throw new SmsError(
        `This ${provider} provider was closed; nothing was sent. Create a new provider to send again.`,
        {
          code: 'NETWORK',
          provider,
          outcome: 'not-sent',
          retryable: false,
        },
      );
    }
    if (callerSignal?.aborted) throw abortedBeforeStart(provider, callerSignal);
    const deadlineMs = callOptions?.timeoutMs ?? call.timeoutMs ?? timeoutMs;
    if (!isTimeoutMs(deadlineMs)) throw invalidTimeout(provider, deadlineMs, 'call');

    // The deadline covers the wait for the rate limit too: a turn that comes too late fails at once, unsent.
    let timeLeftMs = deadlineMs;
    let target = dispatcher();
    if (limiter !== undefined) {
      // The first requests would otherwise take their turns while undici loads, then all leave together.
      if (!('request' in target)) target = await target;
      const startedAt = limiter.now();
      const deadlineAt = startedAt + deadlineMs;
      const turn = limiter.acquire({ deadlineAt, deadlineMs, signal: callerSignal });
      if (turn !== undefined) {
        await turn;
        // An abort in the moment between the turn and this line would otherwise go unseen by the request.
        if (callerSignal?.aborted) throw abortedBeforeStart(provider, callerSignal);
        timeLeftMs = Math.max(1, Math.ceil(deadlineAt - limiter.now()));
      }
    }
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent };
    // Copied name by name rather than spread: spreading objects of changing shapes was a measurable part of every send.
    copyInto(headers, settings.headers?.());
    copyInto(headers, call.headers);
    let body: string | undefined;
    if (call.json !== undefined) {
      body = JSON.stringify(call.json);
      headers['content-type'] = 'application/json';
    } else if (call.form !== undefined) {
      body = encodeForm(call.form);
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }

    const options: Dispatcher.RequestOptions = {
      origin,
      path: appendQuery(basePath + (call.path.startsWith('/') ? call.path.slice(1) : call.path), call.query),
      method: call.method,
      headers,
      headersTimeout,
      bodyTimeout,
    };
    if (body !== undefined) options.body = body;
    // One light signal, with a timer cleared when the call settles, instead of AbortSignal.timeout/any, whose
    // signals and timers live on for the whole deadline after every call.
    const signal = new DeadlineSignal();
    options.signal = signal as unknown as NonNullable<Dispatcher.RequestOptions['signal']>;
    const timer = setTimeout(abortOnDeadline, timeLeftMs, signal, deadlineMs);
    let onCallerAbort: (() => void) | undefined;
    if (callerSignal !== undefined) {
      onCallerAbort = () => signal.abort(callerSignal.reason);
      callerSignal.addEventListener('abort', onCallerAbort, { once: true });
    }

    try {
      const answer = await ('request' in target ? target : await target).request(options);
      // The provider says it is over its limit: hold every request of this provider, not only the caller's retry.
      if (answer.statusCode === 429 && limiter !== undefined)
        limiter.pause(parseRetryAfter(answer.headers['retry-after']) ?? DEFAULT_RATE_LIMITED_PAUSE_MS);
      const declared = Number(answer.headers['content-length']);
      if (declared > maxResponseBytes) {
        answer.body.destroy();
        throw tooLarge();
      }
      const text = await readBodyText(answer.body, maxResponseBytes, tooLarge);
      let json = parseJson(text, answer.headers['content-type']);
      if (json !== undefined && call.redactAnswer !== false) {
        // One pass over the text; the parsed answer is copied only when it holds something to remove.
        const redact = redactor();
        if (redact.mayReveal(text)) json = redact.value(json);
      }
      return { statusCode: answer.statusCode, headers: answer.headers, text, json };
    } catch (failure) {
      const deadlinePassed = signal.deadlinePassed;
      const context = { provider, redactor: redactor(), deadlineMs, deadlinePassed };
      throw mapTransportError(failure, callerSignal === undefined ? context : { ...context, callerSignal });
    } finally {
      clearTimeout(timer);
      if (onCallerAbort !== undefined) callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  };

  return {
    provider,
    timeoutMs,
    request,
    error,
    redact: (value) => redactor().value(value),
    async close() {
      closed = true;
      limiter?.close();
      const pending = ownAgent;
      ownAgent = undefined;
      agent = undefined;
      await (await pending)?.close();
    },
  };
}
