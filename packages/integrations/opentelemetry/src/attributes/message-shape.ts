import { analyzeText, type BatchMessage, type SmsMessage, type TemplateMessage } from '@sms/core';

export type AnyMessage = SmsMessage | readonly BatchMessage[] | TemplateMessage;

/** What a span may say about a message without quoting it: recipients, encoding, segments. */
export interface MessageShape {
  recipients: readonly string[];
  /** Of the text, when the message has one (a template's text is the provider's). */
  encoding?: 'GSM-7' | 'UCS-2';
  /** Segments per recipient when every recipient gets the same text, else the sum over the batch. */
  segmentsPerRecipient?: number;
  /** Segments of the whole send: per recipient times recipients, or the batch's sum. */
  segments?: number;
  /** A batch's segments, message by message. */
  batchSegments?: readonly number[];
}

/** The segments of the message sent to the recipient at `index`, when the text is known. */
export function segmentsAt(shape: MessageShape, index: number): number | undefined {
  return shape.batchSegments?.[index] ?? shape.segmentsPerRecipient;
}

function toList(to: string | readonly string[]): readonly string[] {
  return typeof to === 'string' ? [to] : to;
}

/**
 * Counted afresh on each call: a caller may send the same message object again after changing it, so a shape is
 * reused only within one send (see `OperationRecord`), never remembered by object.
 */
export function messageShapeOf(message: AnyMessage): MessageShape {
  if (Array.isArray(message)) {
    const batch = message as readonly BatchMessage[];
    let segments = 0;
    let encoding: MessageShape['encoding'] = 'GSM-7';
    const batchSegments = batch.map((entry) => {
      const analysis = analyzeText(entry.text);
      segments += analysis.segments;
      if (analysis.encoding === 'UCS-2') encoding = 'UCS-2';
      return analysis.segments;
    });
    return { recipients: batch.map((entry) => entry.to), encoding, segments, batchSegments };
  }
  const single = message as SmsMessage | TemplateMessage;
  const recipients = toList(single.to);
  if (!('text' in single) || typeof single.text !== 'string') return { recipients };
  const analysis = analyzeText(single.text);
  return {
    recipients,
    encoding: analysis.encoding,
    segmentsPerRecipient: analysis.segments,
    segments: analysis.segments * recipients.length,
  };
}
