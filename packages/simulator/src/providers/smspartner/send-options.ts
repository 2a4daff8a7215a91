import { formatLocalDateTime } from '../../clock/zoned-time';
import { readSchedule, SMSPARTNER_TIME_ZONE } from './read-schedule';
import { elementError } from './smspartner-envelope';
import type { ElementError, ResponseFormat } from './smspartner-envelope';
import { flagParameter, textParameter } from './smspartner-parameters';

export interface SendOptions {
  sender?: string;
  tag?: string;
  sendAtMs?: number;
  urlDlr?: string;
  urlResponse?: string;
  sandbox: boolean;
  isStopSms: boolean;
}

// What `isStopSms=1` appends on the Premium range (the exact wording is not documented).
export const STOP_MENTION = '\nSTOP au 36180';

/** The optional fields `send` and `bulk-send` share, checked into `errors` (code 9). */
export function readSendOptions(
  values: Record<string, unknown>,
  nowMs: number,
  errors: ElementError[],
  format: ResponseFormat,
): SendOptions {
  const sender = textParameter(values.sender);
  if (sender !== undefined && !/^[A-Za-z0-9 ]{3,11}$/.test(sender)) {
    errors.push(elementError('sender', 'The sender must be 3 to 11 letters or digits, without special characters.'));
  }
  const tag = textParameter(values.tag);
  if (tag !== undefined && !/^[a-z0-9_-]{1,20}$/.test(tag))
    errors.push(elementError('tag', 'The tag must be at most 20 lowercase characters, without spaces.'));
  const sendAtMs = readSchedule(values, nowMs, errors, format);
  const urlDlr = textParameter(values.urlDlr);
  const urlResponse = textParameter(values.urlResponse);
  for (const [field, url] of [
    ['urlDlr', urlDlr],
    ['urlResponse', urlResponse],
  ] as const) {
    if (url !== undefined && !/^https?:\/\/\S+$/i.test(url))
      errors.push(elementError(field, 'This value is not a valid URL.'));
  }
  return {
    ...(sender !== undefined ? { sender } : {}),
    ...(tag !== undefined ? { tag } : {}),
    ...(sendAtMs !== undefined ? { sendAtMs } : {}),
    ...(urlDlr !== undefined ? { urlDlr } : {}),
    ...(urlResponse !== undefined ? { urlResponse } : {}),
    sandbox: flagParameter(values.sandbox),
    isStopSms: flagParameter(values.isStopSms),
  };
}

/** `scheduledDeliveryDate` as the Go SDK's test data shows it in a scheduled send's answer. */
export function formatScheduled(sendAtMs: number): string {
  return formatLocalDateTime(new Date(sendAtMs), SMSPARTNER_TIME_ZONE);
}
