import { SmsError, type DeliveryReport, type InboundMessage, type WebhookEvent, type WebhookRequest } from '@sms/core';
import { readBoolean, readField, readInteger, readNumber, readString } from '@sms/core/provider-utils';
import { parseSmsPartnerDate } from '../native/parse-sms-partner-date';
import { mapSmsPartnerStatus } from './map-sms-partner-status';
import { normalizeReportedNumber } from './normalize-reported-number';
import { readWebhookFields, type WebhookFields } from './read-webhook-fields';
import type { SmsPartnerWebhookContext } from './sms-partner-unified-context';

function positiveInteger(value: unknown): number | undefined {
  const parsed = readInteger(value);
  return parsed !== undefined && parsed > 0 ? parsed : undefined;
}

function phone(context: SmsPartnerWebhookContext, value: unknown): string | undefined {
  return normalizeReportedNumber(value, context.defaultCountry);
}

function deliveryReport(context: SmsPartnerWebhookContext, fields: WebhookFields, messageId: string): WebhookEvent {
  const provider = context.id;
  const status = readString(fields, 'status');
  const statusCode = readString(fields, 'statusCode');
  const byCode = mapSmsPartnerStatus(statusCode);
  const report: DeliveryReport = {
    provider,
    id: messageId,
    status: byCode === 'unknown' ? mapSmsPartnerStatus(status) : byCode,
    providerStatus: status ?? statusCode ?? null,
    raw: fields,
  };
  const to = phone(context, readField(fields, 'phoneNumber', 'phone_number'));
  if (to !== undefined) report.to = to;
  const at = parseSmsPartnerDate(fields.date);
  if (at !== undefined) report.at = at;
  const cost = readNumber(fields.cost);
  if (cost !== undefined) report.cost = cost;
  return { type: 'delivery-report', provider, report };
}

function shortNumberReply(
  context: SmsPartnerWebhookContext,
  fields: WebhookFields,
  kind: 'response' | 'stop',
): WebhookEvent {
  const provider = context.id;
  const from = phone(context, readField(fields, 'phone_number', 'phoneNumber', 'msisdn'));
  if (from === undefined)
    throw new SmsError('This SMS Partner reply has no phone_number.', { code: 'INVALID_INPUT', provider });
  const message: InboundMessage = { provider, from, text: readString(fields, 'text') ?? '', raw: fields };
  // On the short number, message_id names the message that was answered.
  const inReplyTo = readString(fields, 'message_id', 'messageId');
  if (inReplyTo !== undefined) message.inReplyTo = inReplyTo;
  if (kind === 'stop') return { type: 'opt-out', provider, phoneNumber: from, message, raw: fields };
  return { type: 'inbound', provider, message };
}

function longNumberReply(context: SmsPartnerWebhookContext, parts: readonly WebhookFields[]): WebhookEvent {
  const provider = context.id;
  const first = parts[0]!;
  const from = phone(context, first.msisdn);
  if (from === undefined)
    throw new SmsError('This SMS Partner reply has no msisdn.', { code: 'INVALID_INPUT', provider });
  const message: InboundMessage = {
    provider,
    from,
    text: parts.map((part) => readString(part, 'text') ?? '').join(''),
    raw: parts.length === 1 ? first : parts,
  };
  const id = readString(first, 'messageId', 'message_id');
  if (id !== undefined) message.id = id;
  const to = phone(context, first.to);
  if (to !== undefined) message.to = to;
  // The long-number payload is Vonage's inbound format, whose message-timestamp is UTC.
  const receivedAt = parseSmsPartnerDate(first['message-timestamp'], 'utc');
  if (receivedAt !== undefined) message.receivedAt = receivedAt;
  if (readString(first, 'type')?.toLowerCase() === 'stop')
    return { type: 'opt-out', provider, phoneNumber: from, message, raw: message.raw };
  return { type: 'inbound', provider, message };
}

function parseRecord(context: SmsPartnerWebhookContext, fields: WebhookFields): WebhookEvent[] {
  const provider = context.id;
  const type = readString(fields, 'type')?.toLowerCase();
  if (fields.msisdn !== undefined) {
    const concat = readBoolean(fields.concat) === true;
    if (!concat) return [longNumberReply(context, [fields])];
    const reference = readString(fields, 'concat-ref');
    const total = positiveInteger(fields['concat-total']);
    const part = positiveInteger(fields['concat-part']);
    if (reference === undefined || total === undefined || part === undefined || part > total) {
      throw new SmsError('This SMS Partner multi-part reply lacks a valid concat-ref, concat-total or concat-part.', {
        code: 'INVALID_INPUT',
        provider,
      });
    }
    const complete = context.replyParts.add(`${readString(fields, 'msisdn')}\u0000${reference}`, part, total, fields);
    return complete === undefined ? [] : [longNumberReply(context, complete)];
  }
  if (type === 'response' || type === 'stop') return [shortNumberReply(context, fields, type)];
  const messageId = readString(fields, 'messageId', 'message_id');
  if (messageId !== undefined && (fields.status !== undefined || fields.statusCode !== undefined))
    return [deliveryReport(context, fields, messageId)];
  throw new SmsError(
    `This is not an SMS Partner delivery receipt, reply or STOP: its fields are ${Object.keys(fields).join(', ') || 'none'}.`,
    { code: 'INVALID_INPUT', provider },
  );
}

/**
 * The unified `parseWebhook`: delivery receipts (`urlDlr`), replies and STOPs to the short number
 * (`type: response | stop`), and replies to a long number (`msisdn`…), multi-part ones put back together
 * by `concat-ref` in the bounded buffer of the provider instance (an incomplete reply yields `[]`).
 */
export async function parseWebhook(
  context: SmsPartnerWebhookContext,
  request: WebhookRequest,
): Promise<WebhookEvent[]> {
  return readWebhookFields(request, context.id).flatMap((fields) => parseRecord(context, fields));
}
