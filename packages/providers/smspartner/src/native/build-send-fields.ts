import { analyzeText } from '@sms/core';
import type { SmsPartnerGamme } from '../sms-partner-settings';
import { assertSender } from './assert-sender';
import { assertTag } from './assert-tag';
import { assertUrl } from './assert-url';
import { invalidNativeInput } from './native-input-checks';
import type { SmsPartnerSendFields } from './send-api-types';

/** Settings that fill the send fields a request leaves out. */
export interface SendDefaults {
  sender?: string;
  gamme?: SmsPartnerGamme;
  sandbox: boolean;
  urlDlr?: string;
  urlResponse?: string;
  unicode: boolean | 'auto';
}

const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function checkSchedule(fields: SmsPartnerSendFields, provider: string): void {
  const { scheduledDeliveryDate, time, minute } = fields;
  if (scheduledDeliveryDate === undefined && time === undefined && minute === undefined) return;
  if (scheduledDeliveryDate === undefined || time === undefined || minute === undefined) {
    throw invalidNativeInput(
      provider,
      'SMS Partner needs scheduledDeliveryDate, time and minute together to schedule a send',
    );
  }
  const date = DATE.exec(scheduledDeliveryDate);
  const day = Number(date?.[1]);
  const month = Number(date?.[2]);
  if (date === null || day < 1 || day > 31 || month < 1 || month > 12) {
    throw invalidNativeInput(
      provider,
      `scheduledDeliveryDate must be dd/MM/yyyy, got ${JSON.stringify(scheduledDeliveryDate)}`,
    );
  }
  if (!Number.isInteger(time) || time < 0 || time > 23)
    throw invalidNativeInput(provider, `time must be an hour from 0 to 23, got ${JSON.stringify(time)}`);
  if (!Number.isInteger(minute) || minute < 0 || minute > 55 || minute % 5 !== 0) {
    throw invalidNativeInput(provider, `minute must be 0 to 55 in steps of 5, got ${JSON.stringify(minute)}`);
  }
}

/**
 * The optional fields of a send or bulk send, in wire form and a stable order, with the settings'
 * defaults applied and every value checked before any request.
 */
export function buildSendFields(
  fields: SmsPartnerSendFields,
  defaults: SendDefaults,
  texts: readonly string[],
  provider: string,
): Record<string, unknown> {
  checkSchedule(fields, provider);
  const gamme = fields.gamme ?? defaults.gamme;
  if (gamme !== undefined && gamme !== 1 && gamme !== 2)
    throw invalidNativeInput(provider, 'gamme must be 1 (Premium) or 2 (Low Cost)');
  const sender = fields.sender ?? defaults.sender;
  const urlResponse = fields.urlResponse ?? defaults.urlResponse;
  const urlDlr = fields.urlDlr ?? defaults.urlDlr;
  const unicode =
    fields.isUnicode ??
    (defaults.unicode === 'auto' ? texts.some((text) => analyzeText(text).encoding === 'UCS-2') : defaults.unicode);
  const sandbox = fields.sandbox ?? defaults.sandbox;

  const wire: Record<string, unknown> = {};
  if (gamme !== undefined) wire.gamme = gamme;
  if (sender !== undefined) wire.sender = assertSender(sender, provider);
  if (fields.tag !== undefined) wire.tag = assertTag(fields.tag, provider);
  if (fields.scheduledDeliveryDate !== undefined) {
    wire.scheduledDeliveryDate = fields.scheduledDeliveryDate;
    wire.time = fields.time;
    wire.minute = fields.minute;
  }
  if (urlResponse !== undefined) wire.urlResponse = assertUrl(urlResponse, 'urlResponse', provider);
  if (urlDlr !== undefined) wire.urlDlr = assertUrl(urlDlr, 'urlDlr', provider);
  if (fields.isStopSms === true) wire.isStopSms = 1;
  if (unicode) wire.isUnicode = 1;
  if (sandbox) wire.sandbox = 1;
  return wire;
}
