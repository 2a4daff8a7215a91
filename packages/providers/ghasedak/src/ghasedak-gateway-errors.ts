import type { SmsError } from '@sms/core';
import type { HttpClient, HttpResponse } from '@sms/core/provider-utils';
import type { GhasedakErrorTableEntry } from './ghasedak-errors';
import type { GhasedakGatewayEnvelope } from './native/gateway-envelope';

/**
 * One row of the gateway's error table: a body `statusCode` and what it means for the caller, as in v2's
 * table. `meaning` holds the server's names for the code (the only list found is a third-party one:
 * reference §1.5).
 */
export type GhasedakGatewayErrorTableEntry = GhasedakErrorTableEntry;

const REFUSED = 'not-sent' as const;
// The server took the request in and failed somewhere: it may have acted on part of it.
const MAYBE = 'unknown' as const;

/**
 * The body `statusCode`s of Ghasedak's gateway (reference §1.5), whatever the HTTP status that carried them.
 * Codes that name a refusal of the request (bad input, key, line, credit, template) are `not-sent`; codes
 * that name a failure after the request was taken in are `unknown`. Note that 429 here is a missing template
 * parameter, not rate limiting.
 */
export const GHASEDAK_GATEWAY_ERROR_TABLE: Readonly<Record<number, GhasedakGatewayErrorTableEntry>> = {
  400: {
    code: 'INVALID_INPUT',
    outcome: REFUSED,
    meaning: 'the input is not valid (InvalidInput, EmptyReceiver, or the opt-out suffix "لغو11" is missing)',
    advice: 'Fix the parameters the message names.',
  },
  401: {
    code: 'AUTHENTICATION',
    outcome: REFUSED,
    meaning: 'the API key is wrong or missing, or the account is inactive',
    advice: 'Check the apiKey setting or the GHASEDAK_API_KEY environment variable, and that the account is active.',
  },
  402: {
    code: 'PROVIDER_ERROR',
    outcome: MAYBE,
    meaning: 'the operation failed (OperationFailed)',
    advice: 'The request may have been processed: check the status before sending again.',
  },
  406: {
    code: 'INVALID_SENDER',
    outcome: REFUSED,
    meaning: 'the sender line does not belong to this account (LineOwnershipError)',
    advice: 'Send from one of your own lines (the lineNumber setting or `from`).',
  },
  412: {
    code: 'INVALID_SENDER',
    outcome: REFUSED,
    meaning:
      'the line cannot be used for this send (inaccessible, inactive, public or expired line, wrong operator or service, plan upgrade needed)',
    advice: 'Check the sender line and its state in the Ghasedak panel.',
  },
  413: {
    code: 'INVALID_INPUT',
    outcome: REFUSED,
    meaning: 'the message is too long or has too many recipients (MessageLengthLimit, ReceiversMaxLimit)',
    advice: 'Shorten the text, or lower the gatewayChunkSize setting.',
  },
  416: {
    code: 'PERMISSION',
    outcome: REFUSED,
    meaning: 'requests from this IP address are not allowed (ForbiddenIp)',
    advice: "Allow this server's IP address in the Ghasedak panel.",
  },
  418: {
    code: 'INSUFFICIENT_CREDIT',
    outcome: REFUSED,
    meaning: 'the account does not have enough credit (NotEnoughCredit)',
    advice: 'Top up the Ghasedak account and send again.',
  },
  419: {
    code: 'PERMISSION',
    outcome: REFUSED,
    meaning: "the account's tariff does not allow this send (BadTariff)",
    advice: 'Check the account plan and tariff in the Ghasedak panel.',
  },
  420: {
    code: 'INVALID_INPUT',
    outcome: REFUSED,
    meaning: 'the text contains a link that is not allowed (MessageInvalidLink)',
    advice: 'Remove the link or have it approved in the Ghasedak panel.',
  },
  422: {
    code: 'INVALID_INPUT',
    outcome: REFUSED,
    meaning: 'the text contains a character that is not allowed (MessageInvalidCharacter)',
    advice: 'Remove the character the server refuses.',
  },
  426: {
    code: 'PERMISSION',
    outcome: REFUSED,
    meaning: 'this service needs a higher plan (UpgradePlan)',
    advice: 'Upgrade the Ghasedak plan to use it.',
  },
  428: {
    code: 'TEMPLATE',
    outcome: REFUSED,
    meaning: 'the template is not valid or not approved (InvalidMessageTemplate)',
    advice: 'Check the template name in the Ghasedak panel.',
  },
  429: {
    code: 'TEMPLATE',
    outcome: REFUSED,
    meaning: 'template parameters are missing (MissedParams)',
    advice: 'Pass every parameter the template names (native.templates.parameters lists them).',
  },
  451: {
    code: 'PROVIDER_ERROR',
    outcome: MAYBE,
    meaning: 'the request repeats an earlier one (DuplicateRequest)',
    advice: 'The earlier request may have gone out: check the status by message id or reference before sending again.',
  },
  500: {
    code: 'PROVIDER_ERROR',
    outcome: MAYBE,
    meaning: 'an unknown error occurred at Ghasedak (UnknownError)',
    advice: 'The request may have been processed: check the status before sending again.',
  },
};

/** Maps an envelope that is not a success to an `SmsError`, whatever the HTTP status was: the body is the truth. */
export function errorFromGatewayEnvelope(
  http: HttpClient,
  response: HttpResponse,
  envelope: GhasedakGatewayEnvelope,
  path: string,
): SmsError {
  const provider = http.provider;
  const code = envelope.statusCode;
  const said = envelope.message === '' ? '' : `: ${envelope.message}`;
  const entry = GHASEDAK_GATEWAY_ERROR_TABLE[code];
  if (entry === undefined) {
    // A 200 with isSuccess false, or a code outside the table: the request may have been acted on.
    return http.error(
      `${provider} failed on ${path} with a status code it does not document (statusCode ${code}${said}); the request may have been processed, so check its status before sending again.`,
      { code: 'PROVIDER_ERROR', providerCode: code, response, outcome: 'unknown' },
    );
  }
  const refused = entry.outcome === 'not-sent' ? ' The request was refused.' : '';
  return http.error(
    `${provider} refused ${path}: ${entry.meaning} (statusCode ${code}${said}). ${entry.advice}${refused}`,
    {
      code: entry.code,
      providerCode: code,
      outcome: entry.outcome,
      response,
      ...(entry.code === 'AUTHENTICATION' ? { retryable: false } : {}),
    },
  );
}
