import { SmsError, type CountryCode, type DeliveryReport, type InboundMessage, type WebhookEvent, type WebhookRequest } from '@sms/core';
import { normalizeReportedNumber } from '../phone/normalize-reported-number';
import { mapSmsPartnerStatus } from '../status/map-sms-partner-status';
import { parseSmsPartnerDate } from '../status/parse-sms-partner-date';
import { readWebhookFields, type WebhookFields } from './read-webhook-fields';
import { ReplyPartsBuffer } from './reply-parts-buffer';

export interface WebhookParserSettings {
  provider: string;
  defaultCountry: CountryCode;
  /** Most incomplete multi-part replies kept at once. */
  maxPendingReplies: number;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function positiveInteger(value: unknown): number | undefined {
  const parsed = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}

/**
 * Builds `parseWebhook` for one provider instance: delivery receipts (`urlDlr`), replies and STOPs to the
 * short number (`type: response | stop`), and replies to a long number (`msisdn`…), multi-part ones put
 * back together by `concat-ref` in a bounded buffer of this instance (an incomplete reply yields `[]`).
 */
export function createWebhookParser(settings: WebhookParserSettings): (request: WebhookRequest) => Promise<WebhookEvent[]> {
  const { provider, defaultCountry } = settings;
  const buffer = new ReplyPartsBuffer(settings.maxPendingReplies);
  const phone = (value: unknown): string | undefined => normalizeReportedNumber(value, defaultCountry);

  const deliveryReport = (fields: WebhookFields, messageId: string): WebhookEvent => {
    const status = text(fields.status);
    const statusCode = text(fields.statusCode);
    const byCode = mapSmsPartnerStatus(statusCode);
    const report: DeliveryReport = {
      provider,
      id: messageId,
      status: byCode === 'unknown' ? mapSmsPartnerStatus(status) : byCode,
      providerStatus: status ?? statusCode ?? null,
      raw: fields,
    };
    const to = phone(fields.phoneNumber ?? fields.phone_number);
    if (to !== undefined) report.to = to;
    const at = parseSmsPartnerDate(fields.date);
    if (at !== undefined) report.at = at;
    const cost = Number(fields.cost);
    if (fields.cost !== undefined && fields.cost !== '' && Number.isFinite(cost)) report.cost = cost;
    return { type: 'delivery-report', provider, report };
  };

  const shortNumberReply = (fields: WebhookFields, kind: 'response' | 'stop'): WebhookEvent => {
    const from = phone(fields.phone_number ?? fields.phoneNumber ?? fields.msisdn);
    if (from === undefined) throw new SmsError('This SMS Partner reply has no phone_number.', { code: 'INVALID_INPUT', provider });
    const message: InboundMessage = { provider, from, text: text(fields.text) ?? '', raw: fields };
    // On the short number, message_id names the message that was answered.
    const inReplyTo = text(fields.message_id ?? fields.messageId);
    if (inReplyTo !== undefined) message.inReplyTo = inReplyTo;
    if (kind === 'stop') return { type: 'opt-out', provider, phoneNumber: from, message, raw: fields };
    return { type: 'inbound', provider, message };
  };

  const longNumberReply = (parts: readonly WebhookFields[]): WebhookEvent => {
    const first = parts[0]!;
    const from = phone(first.msisdn);
    if (from === undefined) throw new SmsError('This SMS Partner reply has no msisdn.', { code: 'INVALID_INPUT', provider });
    const message: InboundMessage = {
      provider,
      from,
      text: parts.map((part) => text(part.text) ?? '').join(''),
      raw: parts.length === 1 ? first : parts,
    };
    const id = text(first.messageId ?? first.message_id);
    if (id !== undefined) message.id = id;
    const to = phone(first.to);
    if (to !== undefined) message.to = to;
    // The long-number payload is Vonage's inbound format, whose message-timestamp is UTC.
    const receivedAt = parseSmsPartnerDate(first['message-timestamp'], 'utc');
    if (receivedAt !== undefined) message.receivedAt = receivedAt;
    if (text(first.type)?.toLowerCase() === 'stop') return { type: 'opt-out', provider, phoneNumber: from, message, raw: message.raw };
    return { type: 'inbound', provider, message };
  };

  const parseRecord = (fields: WebhookFields): WebhookEvent[] => {
    const type = text(fields.type)?.toLowerCase();
    if (fields.msisdn !== undefined) {
      const concat = text(fields.concat)?.toLowerCase() === 'true' || fields.concat === true;
      if (!concat) return [longNumberReply([fields])];
      const reference = text(fields['concat-ref']);
      const total = positiveInteger(fields['concat-total']);
      const part = positiveInteger(fields['concat-part']);
      if (reference === undefined || total === undefined || part === undefined || part > total) {
        throw new SmsError('This SMS Partner multi-part reply lacks a valid concat-ref, concat-total or concat-part.', { code: 'INVALID_INPUT', provider });
      }
      const complete = buffer.add(`${text(fields.msisdn)}\u0000${reference}`, part, total, fields);
      return complete === undefined ? [] : [longNumberReply(complete)];
    }
    if (type === 'response' || type === 'stop') return [shortNumberReply(fields, type)];
    const messageId = text(fields.messageId ?? fields.message_id);
    if (messageId !== undefined && (fields.status !== undefined || fields.statusCode !== undefined)) return [deliveryReport(fields, messageId)];
    throw new SmsError(
      `This is not an SMS Partner delivery receipt, reply or STOP: its fields are ${Object.keys(fields).join(', ') || 'none'}.`,
      { code: 'INVALID_INPUT', provider },
    );
  };

  return async (request) => readWebhookFields(request, provider).flatMap(parseRecord);
}
