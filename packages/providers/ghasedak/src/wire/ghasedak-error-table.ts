import type { SendOutcome, SmsErrorCode } from '@sms/core';

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
  1: { code: 'AUTHENTICATION', outcome: REFUSED, meaning: 'the user name or password is not valid', advice: 'Check the API key.' },
  2: { code: 'INVALID_INPUT', outcome: REFUSED, meaning: 'the lists are empty', advice: 'Pass at least one item.' },
  3: { code: 'INVALID_INPUT', outcome: REFUSED, meaning: 'a list has more than 100 items', advice: 'Send at most 100 items per request.' },
  4: {
    code: 'INVALID_INPUT',
    outcome: REFUSED,
    meaning: 'the sender, recipient and text lists have different lengths',
    advice: 'Give every message its own sender, recipient and text.',
  },
  5: { code: 'PROVIDER_ERROR', outcome: MAYBE, meaning: 'new messages cannot be fetched right now', advice: 'Try again later.' },
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
  8: { code: 'INVALID_RECIPIENT', outcome: REFUSED, meaning: 'the recipient number is not valid', advice: 'Check the recipient number.' },
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
