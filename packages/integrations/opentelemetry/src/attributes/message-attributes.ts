import type { Attributes } from '@opentelemetry/api';
import type { MessageShape } from './message-shape';
import { redactRecipient, type RecipientRecording } from './redact-recipient';
import { SmsAttributes } from './sms-attributes';

export interface RecipientPolicy {
  recording: RecipientRecording;
  hashKey: string | undefined;
  maxRecorded: number;
}

/** A message's attributes: counts, encoding, segments, and its recipients only when the policy allows, redacted. */
export function messageAttributesOf(shape: MessageShape, policy: RecipientPolicy): Attributes {
  const attributes: Attributes = { [SmsAttributes.recipientCount]: shape.recipients.length };
  if (shape.encoding !== undefined) attributes[SmsAttributes.encoding] = shape.encoding;
  if (shape.segments !== undefined) attributes[SmsAttributes.segments] = shape.segments;
  const recording = policy.recording;
  if (recording !== 'none' && policy.maxRecorded > 0) {
    attributes[SmsAttributes.recipients] = shape.recipients
      .slice(0, policy.maxRecorded)
      .map((recipient) => redactRecipient(recipient, recording, policy.hashKey));
  }
  return attributes;
}
