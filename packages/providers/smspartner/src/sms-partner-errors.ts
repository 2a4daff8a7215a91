import type { SendOutcome, SmsError, SmsErrorCode } from '@sms/core';
import {
  errorFromStatus,
  readInteger,
  readList,
  readString,
  type HttpClient,
  type HttpResponse,
} from '@sms/core/provider-utils';

/**
 * Which kind of call an answer belongs to. SMS Partner reuses small codes with different meanings per
 * endpoint (5 is "already canceled" for a cancel but "empty number list" for a status call).
 */
export type SmsPartnerOperation = 'send' | 'cancel' | 'status' | 'account' | 'stop-list' | 'lookup';

/** What one SMS Partner error code means for a caller. */
export interface SmsPartnerErrorMeaning {
  readonly code: SmsErrorCode;
  /** What went wrong, in words. */
  readonly problem: string;
  /** What to do about it. */
  readonly advice: string;
  /** Whether the request may have been processed; `not-sent` when omitted. */
  readonly outcome?: SendOutcome;
}

/** SMS Partner's error codes and what each means for a caller. */
export interface SmsPartnerErrorTable {
  /** Codes with one meaning on every endpoint. */
  readonly common: Readonly<Record<number, SmsPartnerErrorMeaning>>;
  /** Codes whose meaning depends on the kind of call; they win over `common` for that kind. */
  readonly byOperation: Readonly<
    Partial<Record<SmsPartnerOperation, Readonly<Record<number, SmsPartnerErrorMeaning>>>>
  >;
}

const SCHEDULE_ADVICE = 'Pass sendAt as a Date on a 5-minute step (or use toSmsPartnerSchedule()).';

// The table is exported: frozen, so that editing it cannot change how this package reads answers.
function frozen(table: Record<number, SmsPartnerErrorMeaning>): Readonly<Record<number, SmsPartnerErrorMeaning>> {
  for (const meaning of Object.values(table)) Object.freeze(meaning);
  return Object.freeze(table);
}

/**
 * SMS Partner's error codes as `SmsError` codes and outcomes: the error table of its documentation
 * (pages/docs/gestion-des-erreurs), and the codes of the message-cancel table and the status pages.
 */
export const SMS_PARTNER_ERROR_TABLE: SmsPartnerErrorTable = Object.freeze({
  common: frozen({
    1: {
      code: 'AUTHENTICATION',
      problem: 'the API key is missing',
      advice: 'Pass apiKey to createSmsPartner() or set SMSPARTNER_API_KEY.',
    },
    2: { code: 'INVALID_INPUT', problem: 'a phone number is required', advice: 'Pass at least one recipient.' },
    3: { code: 'INVALID_INPUT', problem: 'a message id is required', advice: 'Pass the message_id a send returned.' },
    4: {
      code: 'NOT_FOUND',
      problem: 'no message was found with this id',
      advice: 'Check the message id (and the phone number).',
    },
    9: { code: 'INVALID_INPUT', problem: 'the request did not pass validation', advice: 'Fix the fields listed.' },
    10: { code: 'AUTHENTICATION', problem: 'the API key was refused', advice: 'Check apiKey or SMSPARTNER_API_KEY.' },
    11: {
      code: 'INSUFFICIENT_CREDIT',
      problem: 'the account does not have enough credit',
      advice: 'Top up the SMS Partner account.',
    },
    13: {
      code: 'INVALID_RECIPIENT',
      problem: 'the account has no price for these numbers (destination not served)',
      advice: 'Check the numbers or ask SMS Partner to open the destination.',
    },
    14: {
      code: 'INVALID_RECIPIENT',
      problem: 'the number is on the STOP list (the recipient opted out)',
      advice:
        'Do not send to it; remove it with native.stopList.remove() only if the recipient asked to receive messages again.',
    },
    15: { code: 'INVALID_INPUT', problem: 'the number is already in the list', advice: 'Nothing to do.' },
    20: { code: 'PERMISSION', problem: 'the account is disabled', advice: 'Contact SMS Partner support.' },
    22: {
      code: 'INVALID_INPUT',
      problem: 'marketing messages may only be sent between 08:00 and 22:00 (Paris time)',
      advice: 'Schedule the message with sendAt, or ask SMS Partner to lift the restriction.',
    },
    23: {
      code: 'INVALID_INPUT',
      problem: 'marketing messages may not be sent on Sundays or public holidays',
      advice: 'Schedule the message for a working day with sendAt.',
    },
    30: { code: 'PERMISSION', problem: 'the account is blocked', advice: 'Contact SMS Partner support.' },
    40: {
      code: 'PERMISSION',
      problem: 'API access is denied for this account',
      advice: 'Ask SMS Partner to enable API access.',
    },
    42: {
      code: 'INVALID_INPUT',
      problem: 'Low Cost (gamme 2) messages are limited to 160 characters',
      advice: 'Shorten the text or use gamme 1 (Premium).',
    },
    43: { code: 'INVALID_INPUT', problem: 'the message text is required', advice: 'Pass a non-empty text.' },
    44: {
      code: 'INVALID_SENDER',
      problem: 'the sender is invalid',
      advice: 'Use 3 to 11 letters or digits, without special characters.',
    },
    45: { code: 'INVALID_INPUT', problem: 'the scheduled date is required', advice: SCHEDULE_ADVICE },
    46: { code: 'INVALID_INPUT', problem: 'the scheduled hour is required', advice: SCHEDULE_ADVICE },
    47: { code: 'INVALID_INPUT', problem: 'the scheduled minutes are invalid', advice: SCHEDULE_ADVICE },
    48: { code: 'INVALID_INPUT', problem: 'the scheduled minutes must be on a 5-minute step', advice: SCHEDULE_ADVICE },
    49: { code: 'INVALID_INPUT', problem: 'the scheduled date is invalid', advice: SCHEDULE_ADVICE },
    50: {
      code: 'INVALID_INPUT',
      problem: 'at most 500 numbers are allowed per request',
      advice: 'Split the list (the unified send does this for you).',
    },
    51: {
      code: 'INVALID_INPUT',
      problem: 'the Low Cost range is not available for this account or destination',
      advice: 'Use gamme 1 (Premium).',
    },
    52: { code: 'INVALID_INPUT', problem: 'the text is longer than 10 concatenated SMS', advice: 'Shorten the text.' },
    55: { code: 'INVALID_RECIPIENT', problem: 'there is no number to send to', advice: 'Check the recipients.' },
    90: {
      code: 'INVALID_INPUT',
      problem: 'the request body was not valid JSON',
      advice: 'Report this to the @sms maintainers.',
    },
    96: {
      code: 'PERMISSION',
      problem: "this server's IP address is not authorised for the account",
      advice: 'Allow the IP address in the SMS Partner dashboard.',
    },
    500: {
      code: 'PROVIDER_ERROR',
      problem: 'SMS Partner had a problem queueing the request',
      advice: 'It may have been accepted: check its status before sending again.',
      outcome: 'unknown',
    },
    992: {
      code: 'INVALID_SENDER',
      problem: 'this sender is not authorised for the account',
      advice: 'Use an approved sender or have it registered with SMS Partner.',
    },
  }),
  // Codes whose meaning depends on the endpoint (message-cancel table of the seed; status error codes).
  byOperation: Object.freeze({
    cancel: frozen({
      // Already canceled: nothing scheduled remains under this id, which is what NOT_FOUND tells a caller.
      5: { code: 'NOT_FOUND', problem: 'this send was already canceled', advice: 'Nothing to do: it will not go out.' },
      6: {
        code: 'CANCEL_WINDOW_PASSED',
        problem: 'a scheduled send cannot be canceled less than 5 minutes before its time',
        advice: 'It will go out as scheduled.',
      },
      // Already sent: too late to cancel, the same situation for a caller as a passed cancel window.
      7: {
        code: 'CANCEL_WINDOW_PASSED',
        problem: 'this message was already sent and cannot be canceled',
        advice: 'Nothing can stop it now.',
      },
    }),
    status: frozen({
      5: {
        code: 'INVALID_INPUT',
        problem: 'the list of numbers is empty',
        advice: 'Pass at least one { phoneNumber, messageId } pair.',
      },
      6: {
        code: 'INVALID_INPUT',
        problem: 'a phone number is badly formatted',
        advice: 'Write numbers in international form (+33…).',
      },
    }),
  }),
});

/** The meaning of an SMS Partner error code for an operation, or `undefined` for a code the documents do not list. */
export function meaningOfSmsPartnerCode(
  code: number,
  operation: SmsPartnerOperation,
): SmsPartnerErrorMeaning | undefined {
  return SMS_PARTNER_ERROR_TABLE.byOperation[operation]?.[code] ?? SMS_PARTNER_ERROR_TABLE.common[code];
}

function fieldName(elementId: string | undefined): string | undefined {
  if (elementId === undefined || elementId === '') return undefined;
  // Symfony form paths such as `children[phoneNumbers].data` name the request field in brackets.
  const match = /children\[([^\]]+)\]/.exec(elementId);
  return match?.[1] ?? elementId;
}

function describeItem(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  const text = readString(item, 'message');
  const field = fieldName(readString(item, 'elementId'));
  if (text === undefined) return field;
  return field === undefined ? text : `${field}: ${text}`;
}

/**
 * The validation problems of an SMS Partner answer, one per item, from `errors` (English pages) or
 * `error` (French pages and older answers): both spellings occur.
 */
function validationDetails(body: Readonly<Record<string, unknown>>): string[] {
  const details: string[] = [];
  for (const key of ['errors', 'error'] as const) {
    for (const item of readList(body, key)) {
      const detail = describeItem(item);
      if (detail !== undefined) details.push(detail);
    }
  }
  return details;
}

/**
 * The `SmsError` of an answer that says it failed (`success: false`, or a `code` other than 200): the
 * table's meaning of its code, with SMS Partner's message and every validation item. A code the table
 * lacks is read from the HTTP status when there is one, else it is a `PROVIDER_ERROR` with outcome `unknown`.
 */
export function errorFromSmsPartnerAnswer(
  http: HttpClient,
  response: HttpResponse,
  body: Readonly<Record<string, unknown>>,
  operation: SmsPartnerOperation,
): SmsError {
  // SMS Partner sends `code` as a number; a string of digits is read too.
  const code = readInteger(body, 'code');
  const providerMessage = readString(body, 'message')?.trim() || undefined;
  const details = validationDetails(body);
  const reference = `code ${code ?? 'missing'}${providerMessage === undefined ? '' : `: ${providerMessage}`}`;
  const listed = details.length === 0 ? '' : `: ${details.join('; ')}`;
  const meaning = code === undefined ? undefined : meaningOfSmsPartnerCode(code, operation);
  const common = { response, ...(code === undefined ? {} : { providerCode: code }) };

  if (meaning === undefined) {
    // The HTTP status says more than a code the table lacks (404 for a wrong path, 413, 5xx).
    if (response.statusCode >= 400) return errorFromStatus(http, response, `${reference}${listed}`);
    return http.error(
      `SMS Partner refused the request with an error this package does not know (${reference})${listed}; ` +
        'the request may have been processed, so check before repeating it.',
      { ...common, code: 'PROVIDER_ERROR', outcome: 'unknown' },
    );
  }
  const outcome = meaning.outcome ?? 'not-sent';
  const nothingSent = operation === 'send' && outcome === 'not-sent' ? ' Nothing was sent.' : '';
  return http.error(`SMS Partner: ${meaning.problem} (${reference})${listed}. ${meaning.advice}${nothingSent}`, {
    ...common,
    code: meaning.code,
    outcome,
  });
}
