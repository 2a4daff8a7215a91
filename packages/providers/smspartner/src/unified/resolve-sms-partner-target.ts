import { SmsError, type MessageTarget, type ResolvedTarget } from '@sms/core';
import { resolveMessageTarget } from '@sms/core/provider-utils';

/** Flattens a `MessageTarget`, refusing an empty one or a `SendResult` of another provider, before any request. */
export function resolveSmsPartnerTarget(target: MessageTarget, provider: string, action: string): ResolvedTarget {
  if (target === undefined || target === null) {
    throw new SmsError(`Nothing to ${action}: pass what send() returned, a message id, or a list of ids.`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  const resolved = resolveMessageTarget(target, { provider, action });
  for (const reference of resolved.references) {
    if (typeof reference.id !== 'string' || reference.id.trim() === '') {
      throw new SmsError(`Cannot ${action} a message without an id (got ${JSON.stringify(reference.id)}).`, {
        code: 'INVALID_INPUT',
        provider,
      });
    }
  }
  if (resolved.references.length === 0 && resolved.batchIds.length === 0) {
    throw new SmsError(`Nothing to ${action}: the target holds no message id (a send that failed has none).`, {
      code: 'INVALID_INPUT',
      provider,
    });
  }
  return resolved;
}
