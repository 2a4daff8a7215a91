import { SmsError, type DeliveryStatus, type SentMessage } from '@sms/core';
import { fromGhasedakNumber } from '../native/ghasedak-recipients';

/** One message of a gateway request as it was sent. */
export interface RequestedMessage {
  /** E.164. */
  to: string;
  /** Its client reference id, when it had one. */
  reference?: string | undefined;
  /** Its text, when items of one request may differ by text only. */
  text?: string | undefined;
  status: DeliveryStatus;
  segments?: number | undefined;
}

/** What the gateway says it sent: a receptor and an id, and the reference and text it echoes. */
export interface ReportedMessage {
  receptor: string;
  messageId: string;
  clientReferenceId?: string | undefined;
  message?: string | undefined;
  cost?: number | undefined;
}

/**
 * Pairs the messages of one request with what the gateway reports, never by position (its OTP answers come
 * back reversed): by client reference id where the request had one, else by recipient and text, else by
 * recipient alone; a recipient given twice takes the reported ids in turn. A message nothing is reported for
 * is `unknown` with a `BAD_RESPONSE` error: it may have gone out.
 */
export function matchGatewayResults(
  provider: string,
  requested: readonly RequestedMessage[],
  reported: readonly ReportedMessage[],
): SentMessage[] {
  const byReference = new Map<string, ReportedMessage>();
  const byRecipient = new Map<string, ReportedMessage[]>();
  for (const item of reported) {
    if (item.clientReferenceId !== undefined) byReference.set(item.clientReferenceId, item);
    const to = fromGhasedakNumber(item.receptor);
    const list = byRecipient.get(to) ?? [];
    list.push(item);
    byRecipient.set(to, list);
  }
  const used = new Set<ReportedMessage>();
  const take = (message: RequestedMessage): ReportedMessage | undefined => {
    if (message.reference !== undefined) {
      const found = byReference.get(message.reference);
      if (found !== undefined && !used.has(found)) return found;
    }
    const candidates = (byRecipient.get(message.to) ?? []).filter((item) => !used.has(item));
    return (
      candidates.find((item) => message.text !== undefined && item.message === message.text) ??
      candidates.find((item) => message.reference === undefined || item.clientReferenceId === undefined) ??
      undefined
    );
  };
  let missing: SmsError | undefined;
  return requested.map((message) => {
    const found = take(message);
    if (found === undefined) {
      missing ??= new SmsError(
        `${provider} reported ${reported.length} sent messages for ${requested.length} requested, and not every one could be matched; check the status of this send (by reference) before sending again.`,
        { code: 'BAD_RESPONSE', provider, outcome: 'unknown' },
      );
      const entry: SentMessage = { to: message.to, status: 'unknown', error: missing };
      if (message.reference !== undefined) entry.reference = message.reference;
      return entry;
    }
    used.add(found);
    const entry: SentMessage = { to: message.to, status: message.status, id: found.messageId };
    if (message.segments !== undefined) entry.segments = message.segments;
    if (found.cost !== undefined) entry.cost = found.cost;
    if (message.reference !== undefined) entry.reference = message.reference;
    return entry;
  });
}
