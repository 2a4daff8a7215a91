import type { SendOutcome, SmsError, SmsErrorCode } from '@sms/core';
import {
  errorFromStatus,
  isRecord,
  readInteger,
  readRecordList,
  readString,
  type HttpClient,
  type HttpResponse,
} from '@sms/core/provider-utils';

/** What one documented SMSAfzar `errorCode` means for a caller. */
export interface SmsAfzarErrorTableEntry {
  /** The HTTP status the documents give with the code. */
  httpStatus: 400 | 403;
  code: SmsErrorCode;
  outcome: SendOutcome;
  /** What went wrong, in words. */
  meaning: string;
  /** What the caller can do about it. */
  advice: string;
}

/**
 * The `errorCode`s SMSAfzar documents. 401 (credentials) and 5xx (an incident number, not a code) are
 * recognised by their HTTP status instead.
 */
export const SMS_AFZAR_ERROR_TABLE: Readonly<Record<number, SmsAfzarErrorTableEntry>> = Object.freeze({
  1001: {
    httpStatus: 400,
    code: 'INVALID_INPUT',
    outcome: 'not-sent',
    meaning: 'the parameters are not valid',
    advice: 'Fix them and send again. Nothing was sent.',
  },
  1005: {
    httpStatus: 403,
    code: 'PERMISSION',
    outcome: 'not-sent',
    meaning: 'this account is not allowed to call this method',
    advice: 'Ask SMSAfzar to enable the method for the account. Nothing was sent.',
  },
  1006: {
    httpStatus: 403,
    code: 'PERMISSION',
    outcome: 'not-sent',
    meaning: "it does not accept calls from this server's IP address",
    advice: 'Add the address to the allowed IPs of the web service in the SMSAfzar panel. Nothing was sent.',
  },
  1053: {
    httpStatus: 400,
    code: 'INVALID_SENDER',
    outcome: 'not-sent',
    meaning: 'the sender line is not defined on this account',
    advice: 'Pass a `from` or `senderNumber` the account owns. Nothing was sent.',
  },
  1106: {
    httpStatus: 400,
    code: 'NOT_FOUND',
    outcome: 'not-sent',
    meaning: 'it does not know this batchId',
    advice: 'It may be wrong, already sent or already canceled.',
  },
  1107: {
    httpStatus: 400,
    code: 'TEMPLATE',
    outcome: 'not-sent',
    meaning: 'it does not know this templateId',
    advice: 'Check the template id in the SMSAfzar panel. Nothing was sent.',
  },
});

export interface SmsAfzarErrorBody {
  errorCode?: number;
  errorMessage?: string;
  validationErrors: { field: string; errorMessage?: string }[];
}

// A 500 answer names its incident in the message too: "… | شناسه خطا : 1000011011".
const INCIDENT_IN_MESSAGE = /شناسه\s*خطا\s*:?\s*(\d+)/;

/** Reads `{ errorCode, errorMessage, validationErrors? }` from any answer, leniently. */
export function readErrorBody(body: unknown): SmsAfzarErrorBody {
  if (!isRecord(body)) return { validationErrors: [] };
  const errorMessage = readString(body, 'errorMessage', 'message');
  let errorCode = readInteger(body, 'errorCode', 'code');
  if (errorCode === undefined && errorMessage !== undefined) {
    const incident = INCIDENT_IN_MESSAGE.exec(errorMessage)?.[1];
    if (incident !== undefined) errorCode = Number(incident);
  }
  const validationErrors = readRecordList(body, 'validationErrors', 'errors').flatMap((item) => {
    const field = readString(item, 'field', 'name', 'propertyName');
    if (field === undefined) return [];
    const message = readString(item, 'errorMessage', 'message');
    return [message === undefined ? { field } : { field, errorMessage: message }];
  });
  const result: SmsAfzarErrorBody = { validationErrors };
  if (errorCode !== undefined) result.errorCode = errorCode;
  if (errorMessage !== undefined) result.errorMessage = errorMessage;
  return result;
}

/** Provider text without the leading dot the right-to-left documents put in front of Persian sentences. */
export function cleanProviderText(text: string): string {
  return text
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/\s+/g, ' ');
}

/**
 * Maps an unsuccessful SMSAfzar answer to an `SmsError` by HTTP status and `errorCode`, as the documents
 * describe them. 4xx answers prove nothing was done (`not-sent`); 500 leaves the outcome `unknown` and keeps
 * the incident number as `providerCode`.
 */
export function errorFromResponse(http: HttpClient, response: HttpResponse): SmsError {
  const provider = http.provider;
  const status = response.statusCode;
  const body = readErrorBody(response.json);
  const code = body.errorCode;
  const said = body.errorMessage === undefined ? '' : ` SMSAfzar said: "${cleanProviderText(body.errorMessage)}".`;
  const codeText = code === undefined ? `HTTP ${status}` : `HTTP ${status}, errorCode ${code}`;
  const withCode = code === undefined ? { response } : { response, providerCode: code };
  const entry = code === undefined ? undefined : SMS_AFZAR_ERROR_TABLE[code];
  const fromTable = (row: SmsAfzarErrorTableEntry): SmsError => {
    // 1001 lists the fields it refused; the message names each of them.
    const fields =
      code === 1001
        ? body.validationErrors.map((item) =>
            item.errorMessage === undefined ? item.field : `${item.field} (${cleanProviderText(item.errorMessage)})`,
          )
        : [];
    const list = fields.length === 0 ? '' : ` Invalid fields: ${fields.join('; ')}.`;
    return http.error(`${provider} refused the request: ${row.meaning} (${codeText}).${list}${said} ${row.advice}`, {
      ...withCode,
      code: row.code,
      outcome: row.outcome,
    });
  };

  if (status === 401) {
    return http.error(
      `${provider} refused the credentials (${codeText}).${said} Check the API key, or the userName, password and domain used for the token. Nothing was sent.`,
      { ...withCode, code: 'AUTHENTICATION', retryable: false },
    );
  }
  if (status === 403) {
    if (entry?.httpStatus === 403) return fromTable(entry);
    return http.error(
      `${provider} refused this call for this account or address (${codeText}).${said} Nothing was sent.`,
      { ...withCode, code: 'PERMISSION' },
    );
  }
  if (status >= 500 && code !== undefined) {
    return http.error(
      `${provider} failed with an internal error (${codeText}).${said} The request may have been processed, so check its status before sending again; ` +
        `quote incident ${code} to SMSAfzar support.`,
      { ...withCode, code: 'PROVIDER_ERROR', outcome: 'unknown' },
    );
  }
  if (status >= 400 && status < 500 && status !== 429 && code !== undefined) {
    // A code the documents give with 403 is not trusted on another status: it is read as a plain refusal.
    if (entry !== undefined && entry.httpStatus !== 403) return fromTable(entry);
    return http.error(`${provider} refused the request (${codeText}).${said} Nothing was sent.`, {
      ...withCode,
      code: 'INVALID_INPUT',
    });
  }
  // 429, 5xx without SMSAfzar's envelope (an HTML 502 page) and anything unexpected.
  return errorFromStatus(
    http,
    response,
    body.errorMessage === undefined ? undefined : cleanProviderText(body.errorMessage),
  );
}
