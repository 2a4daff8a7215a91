import type { SmsErrorCode } from '../../errors/sms-error-code';

export interface CodeAnswer {
  status: number;
  title: string;
  /**
   * Said to the caller instead of the error's message when that message is not meant for them; a sentence
   * about the outcome (nothing sent, or maybe sent) is added to it.
   */
  detail: string;
  /**
   * Whether the error's own message may reach the caller: yes when it is about the caller's input; no when
   * it is about this server's account or its provider (balance, credentials, upstream answers).
   */
  exposeMessage: boolean;
}

/**
 * How each `SmsError` code is answered over HTTP. `AUTHENTICATION` is a 502, not a 401: the provider refused
 * this server's credentials, which is a misconfiguration of the server, not something the caller can fix by
 * authenticating differently (and a 401 would make clients prompt for their own credentials).
 */
export const ERROR_CODE_STATUSES: Readonly<Record<SmsErrorCode, CodeAnswer>> = {
  INVALID_INPUT: {
    status: 400,
    title: 'Invalid input',
    detail: 'The request is not a valid SMS request.',
    exposeMessage: true,
  },
  INVALID_RECIPIENT: {
    status: 400,
    title: 'Invalid recipient',
    detail: 'A recipient is not a valid phone number.',
    exposeMessage: true,
  },
  INVALID_SENDER: {
    status: 400,
    title: 'Invalid sender',
    detail: 'The sender is not allowed for this account.',
    exposeMessage: true,
  },
  TEMPLATE: {
    status: 400,
    title: 'Template error',
    detail: 'The template or its parameters were refused.',
    exposeMessage: true,
  },
  INSUFFICIENT_CREDIT: {
    status: 402,
    title: 'Insufficient credit',
    detail: 'The SMS account has not enough credit for this message.',
    exposeMessage: false,
  },
  PERMISSION: {
    status: 403,
    title: 'Permission denied',
    detail: 'The SMS account is not allowed to do this.',
    exposeMessage: false,
  },
  AUTHENTICATION: {
    status: 502,
    title: 'SMS provider refused the server credentials',
    detail: 'The SMS provider refused the credentials this server is configured with. The server needs fixing.',
    exposeMessage: false,
  },
  NOT_FOUND: {
    status: 404,
    title: 'Not found',
    detail: 'The SMS provider does not know this message.',
    exposeMessage: true,
  },
  CANCEL_WINDOW_PASSED: {
    status: 409,
    title: 'Cancel window passed',
    detail: 'The message can no longer be canceled.',
    exposeMessage: true,
  },
  RATE_LIMITED: {
    status: 429,
    title: 'Rate limited',
    detail: 'The SMS provider is rate limiting this account; try again later.',
    exposeMessage: true,
  },
  UNSUPPORTED: {
    status: 501,
    title: 'Not supported',
    detail: 'The SMS provider does not support this operation.',
    exposeMessage: true,
  },
  PROVIDER_ERROR: {
    status: 502,
    title: 'SMS provider error',
    detail: 'The SMS provider answered with an error.',
    exposeMessage: false,
  },
  BAD_RESPONSE: {
    status: 502,
    title: 'Unreadable SMS provider answer',
    detail: "The SMS provider's answer could not be read.",
    exposeMessage: false,
  },
  NETWORK: {
    status: 502,
    title: 'SMS provider unreachable',
    detail: 'The SMS provider could not be reached.',
    exposeMessage: false,
  },
  TIMEOUT: {
    status: 504,
    title: 'SMS provider timed out',
    detail: 'The SMS provider did not answer in time.',
    exposeMessage: false,
  },
  ABORTED: {
    status: 503,
    title: 'Send aborted',
    detail: 'The send was stopped by this server before it reached the provider.',
    exposeMessage: false,
  },
};

/** The answer for a code this version does not know (a newer core): a generic upstream failure. */
export const UNKNOWN_CODE_ANSWER: CodeAnswer = {
  status: 502,
  title: 'SMS error',
  detail: 'The SMS could not be sent.',
  exposeMessage: false,
};
