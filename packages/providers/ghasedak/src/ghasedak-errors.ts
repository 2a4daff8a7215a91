import type { SendOutcome, SmsError, SmsErrorCode } from '@sms/core';
import {
  errorFromStatus,
  parseRetryAfter,
  readInteger,
  type HttpClient,
  type HttpResponse,
} from '@sms/core/provider-utils';
import type { GhasedakEnvelope } from './native/ghasedak-envelope';

/** One row of the seed's error table ("جدول موارد خطا"), as it comes back inside `items` of a 419 answer. */
export interface GhasedakErrorTableEntry {
  code: SmsErrorCode;
  outcome: SendOutcome;
  /** The table's meaning, translated. */
  meaning: string;
  /** What the caller can do about it. */
  advice: string;
}

const REFUSED = 'not-sent' as const;
// System errors: the request reached Ghasedak and it may have acted on part of it.
const MAYBE = 'unknown' as const;

export const GHASEDAK_ERROR_TABLE: Readonly<Record<number, GhasedakErrorTableEntry>> = {
  1: {
    code: 'AUTHENTICATION',
    outcome: REFUSED,
    meaning: 'the user name or password is not valid',
    advice: 'Check the API key.',
  },
  2: { code: 'INVALID_INPUT', outcome: REFUSED, meaning: 'the lists are empty', advice: 'Pass at least one item.' },
  3: {
    code: 'INVALID_INPUT',
    outcome: REFUSED,
    meaning: 'a list has more than 100 items',
    advice: 'Send at most 100 items per request.',
  },
  4: {
    code: 'INVALID_INPUT',
    outcome: REFUSED,
    meaning: 'the sender, recipient and text lists have different lengths',
    advice: 'Give every message its own sender, recipient and text.',
  },
  5: {
    code: 'PROVIDER_ERROR',
    outcome: MAYBE,
    meaning: 'new messages cannot be fetched right now',
    advice: 'Try again later.',
  },
  6: {
    code: 'AUTHENTICATION',
    outcome: REFUSED,
    meaning: 'the account is inactive or its credentials are wrong',
    advice: 'Check the API key and that the account is active in the Ghasedak panel.',
  },
  7: {
    code: 'INVALID_SENDER',
    outcome: REFUSED,
    meaning: 'the account has no access to this sender line',
    advice: 'Send from one of your own lines (the lineNumber setting or `from`).',
  },
  8: {
    code: 'INVALID_RECIPIENT',
    outcome: REFUSED,
    meaning: 'the recipient number is not valid',
    advice: 'Check the recipient number.',
  },
  9: {
    code: 'INSUFFICIENT_CREDIT',
    outcome: REFUSED,
    meaning: 'the account does not have enough Rial credit',
    advice: 'Top up the Ghasedak account and send again.',
  },
  10: {
    code: 'PROVIDER_ERROR',
    outcome: MAYBE,
    meaning: 'a system error occurred at Ghasedak',
    advice: 'The request may have been processed: check the status before sending again.',
  },
  11: {
    code: 'PERMISSION',
    outcome: REFUSED,
    meaning: 'requests from this IP address are not allowed',
    advice: "Allow this server's IP address in the Ghasedak panel.",
  },
  20: {
    code: 'INVALID_RECIPIENT',
    outcome: REFUSED,
    meaning: 'the recipient number is filtered (it blocks advertising messages)',
    advice: 'Use the verification service (sendTemplate), which reaches filtered numbers.',
  },
  21: {
    code: 'PROVIDER_ERROR',
    outcome: MAYBE,
    meaning: 'the connection to the upstream operator is down',
    advice: 'The request may have been processed: check the status before sending again.',
  },
  24: {
    code: 'PERMISSION',
    outcome: REFUSED,
    meaning: 'this service is not available on the free plan',
    advice: 'Upgrade the Ghasedak plan to use it.',
  },
};

/** A 400 answer's `message` is a string holding a JSON array of messages: `"[\"receptor is required\"]"`. */
function readServerMessages(message: string): string[] {
  const trimmed = message.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    } catch {
      // Not JSON after all: use the text as it is.
    }
  }
  return trimmed === '' ? [] : [trimmed];
}

/** The error table's code: `items` is `[10]`, or the code alone. */
function tableCodeOf(items: unknown): number | undefined {
  return readInteger(Array.isArray(items) ? items[0] : items);
}

/** Maps an envelope whose `result.code` is not 200 to an `SmsError`, whatever the HTTP status was. */
export function errorFromEnvelope(
  http: HttpClient,
  response: HttpResponse,
  envelope: GhasedakEnvelope,
  path: string,
): SmsError {
  const { code, message } = envelope.result;
  const provider = http.provider;
  const said = message === '' ? '' : `: ${message}`;
  if (code === 400) {
    const messages = readServerMessages(message);
    const detail = messages.length === 0 ? 'no reason given' : messages.join('; ');
    return http.error(
      `${provider} rejected ${path} as invalid (${detail}). Fix the parameters; the request was refused.`,
      {
        code: 'INVALID_INPUT',
        providerCode: code,
        response,
      },
    );
  }
  if (code === 401) {
    return http.error(
      `${provider} refused the API key on ${path} (result code 401${said}). Check the apiKey setting or the GHASEDAK_API_KEY environment variable; the request was refused.`,
      { code: 'AUTHENTICATION', providerCode: code, response, retryable: false },
    );
  }
  if (code === 404) {
    return http.error(
      `${provider} answered ${path} with "not found" (result code 404${said}). Check the id or the base URL.`,
      {
        code: 'NOT_FOUND',
        providerCode: code,
        response,
      },
    );
  }
  if (code === 419) {
    const tableCode = tableCodeOf(envelope.items);
    const entry = tableCode === undefined ? undefined : GHASEDAK_ERROR_TABLE[tableCode];
    if (tableCode === undefined || entry === undefined) {
      return http.error(
        `${provider} failed on ${path} with an error it does not explain (result code 419${said}, items ${JSON.stringify(envelope.items)}); the request may have been processed, so check its status before sending again.`,
        { code: 'PROVIDER_ERROR', providerCode: tableCode ?? code, response, outcome: 'unknown' },
      );
    }
    const refused = entry.outcome === 'not-sent' ? ' The request was refused.' : '';
    return http.error(`${provider} refused ${path}: ${entry.meaning} (error ${tableCode}). ${entry.advice}${refused}`, {
      code: entry.code,
      providerCode: tableCode,
      outcome: entry.outcome,
      response,
    });
  }
  if (code === 429) {
    const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
    return http.error(
      `${provider} is rate limiting this account (result code 429${said}); the request was refused. Try again later.`,
      {
        code: 'RATE_LIMITED',
        providerCode: code,
        response,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      },
    );
  }
  if (code === 403) {
    return http.error(`${provider} does not allow ${path} for this account (result code 403${said}).`, {
      code: 'PERMISSION',
      providerCode: code,
      response,
    });
  }
  if (code >= 400 && code < 500) {
    return http.error(`${provider} rejected ${path} (result code ${code}${said}). Check the parameters.`, {
      code: 'INVALID_INPUT',
      providerCode: code,
      response,
    });
  }
  return http.error(
    `${provider} failed on ${path} (result code ${code}${said}); the request may have been processed, so check its status before sending again.`,
    { code: 'PROVIDER_ERROR', providerCode: code, response, outcome: 'unknown' },
  );
}

/**
 * Maps an answer that is not a Ghasedak envelope (an HTML error page, ASP.NET problem JSON, a truncated body),
 * for v2 and the gateway alike; `envelope` names the one that was expected.
 */
export function errorFromUnreadableAnswer(
  http: HttpClient,
  response: HttpResponse,
  path: string,
  envelope = "Ghasedak's JSON envelope",
): SmsError {
  if (response.statusCode >= 200 && response.statusCode < 300) {
    return http.error(
      `${http.provider} answered ${path} with HTTP ${response.statusCode} but not with its JSON envelope; the request may have been processed, so check its status before sending again.`,
      { code: 'BAD_RESPONSE', response, outcome: 'unknown' },
    );
  }
  return errorFromStatus(http, response, `on ${path}, with a body that is not ${envelope}`);
}
