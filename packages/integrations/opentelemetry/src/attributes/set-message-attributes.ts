import type { Span } from '@opentelemetry/api';
import type { MessageShape } from './message-shape';
import { redactRecipient, type RecipientRecording } from './redact-recipient';
import { SmsAttributes } from './sms-attributes';

export interface RecipientPolicy {
  recording: RecipientRecording;
  hashKey: string | undefined;
  maxRecorded: number;
}

/**
 * Describes a message on its span: counts, encoding, segments, and its recipients only when the policy allows,
 * redacted. One `setAttribute` each rather than an attributes object: no object built and walked per span.
 */
export function setMessageAttributes(span: Span, shape: MessageShape, policy: RecipientPolicy): void {
  span.setAttribute(SmsAttributes.recipientCount, shape.recipients.length);
  if (shape.encoding !== undefined) span.setAttribute(SmsAttributes.encoding, shape.encoding);
  if (shape.segments !== undefined) span.setAttribute(SmsAttributes.segments, shape.segments);
  const recording = policy.recording;
  if (recording !== 'none' && policy.maxRecorded > 0) {
    span.setAttribute(
      SmsAttributes.recipients,
      shape.recipients
        .slice(0, policy.maxRecorded)
        .map((recipient) => redactRecipient(recipient, recording, policy.hashKey)),
    );
  }
}
