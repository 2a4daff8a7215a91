import { resolveMessageTarget, SmsError, type MessageReference, type MessageTarget } from '@sms/core';
import { assertListValue } from '../validation/ghasedak-inputs';

/** The message ids (and recipients, where known) a `cancel` or `getStatus` target names, validated. */
export function messageIdsOf(target: MessageTarget, provider: string, operation: string): MessageReference[] {
  const resolved = resolveMessageTarget(target, { provider, action: operation });
  if (resolved.references.length === 0) {
    throw new SmsError(`${operation} on ${provider} needs at least one message id (a SendResult with ids, an id, or a list of ids).`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  return resolved.references.map((reference) => ({ ...reference, id: assertListValue(reference.id, provider, 'message id') }));
}
