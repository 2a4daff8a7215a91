import { SmsError, type MessageReference, type MessageTarget, type ReferencedMessage } from '@sms/core';
import { resolveMessageTarget } from '@sms/core/provider-utils';
import { assertListValue } from '../native/ghasedak-inputs';

export interface TargetMessages {
  /** Messages known by their Ghasedak id. */
  references: MessageReference[];
  /** Messages of a `SendResult` known only by their checkid (their id never came back). */
  unidentified: ReferencedMessage[];
}

/**
 * The message ids (and recipients, where known) a `cancel` or `getStatus` target names, validated. With
 * `byCheckId`, entries without an id but with a checkid count too (`sms/status` finds them by it).
 */
export function messageIdsOf(
  target: MessageTarget,
  provider: string,
  operation: string,
  byCheckId = false,
): TargetMessages {
  const resolved = resolveMessageTarget(target, { provider, action: operation });
  const unidentified = byCheckId ? (resolved.unidentified ?? []) : [];
  if (resolved.references.length === 0 && unidentified.length === 0) {
    throw new SmsError(
      `${operation} on ${provider} needs at least one message id (a SendResult with ids, an id, or a list of ids).`,
      {
        code: 'INVALID_INPUT',
        provider,
      },
    );
  }
  return {
    references: resolved.references.map((reference) => ({
      ...reference,
      id: assertListValue(reference.id, provider, 'message id'),
    })),
    unidentified: unidentified.map((message) => ({
      ...message,
      reference: assertListValue(message.reference, provider, 'reference'),
    })),
  };
}
