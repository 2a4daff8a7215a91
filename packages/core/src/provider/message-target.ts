import { SmsError } from '../errors/sms-error';
import type { SendResult } from '../model/send-result';
import { describeValue } from '../validation/describe-value';
import { invalidInput, isObject } from '../validation/invalid-input';
import { timeOfDate } from '../validation/time-of-date';

/** One message to act on: its provider id, and its recipient where the provider needs both. */
export interface MessageReference {
  id: string;
  to?: string;
}

/**
 * What `cancel` and `getStatus` accept: the `SendResult` a send returned, one id, or a list of ids or
 * `{ id, to }` references.
 */
export type MessageTarget = SendResult | string | readonly (string | MessageReference)[];

export interface ResolvedTarget {
  /** The provider named by a `SendResult`, if the target was one. */
  provider?: string;
  /** Distinct message references, in order. */
  references: MessageReference[];
  /** Distinct batch ids (SMSAfzar, SMS Partner). */
  batchIds: string[];
  sendAt?: Date;
  /**
   * Entries of a `SendResult` that have no provider id but a per-message `reference` (a request whose answer
   * was lost): a provider that finds messages by your reference (Ghasedak `checkid`) can still look them up.
   */
  unidentified?: ReferencedMessage[];
}

/** A message known only by the per-message reference it was sent with. */
export interface ReferencedMessage {
  reference: string;
  to: string;
}

export function isSendResult(value: unknown): value is SendResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as SendResult).messages)
  );
}

/** Who resolves a target: a provider refuses the `SendResult` of another one, whose ids mean nothing to it. */
export interface TargetOwner {
  provider: string;
  /** What the caller is doing, for the error: `cancel`, `getStatus`… */
  action: string;
}

/** A send time as a `SendResult` carries it: a `Date`, or an ISO text once the result went through JSON. */
function sendTimeOf(value: unknown): Date | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : timeOfDate(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** A target of the wrong shape, refused before any request. */
function invalidTarget(problem: string, owner: TargetOwner | undefined): SmsError {
  const action = owner?.action ?? 'cancel or getStatus';
  return invalidInput(
    `${problem}: ${action} takes what a send returned, a message id, or a list of ids or { id, to } references.`,
    owner?.provider,
  );
}

const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

/**
 * Flattens any `MessageTarget` into references and batch ids, so each provider reads it one way. A target of
 * the wrong shape (a number, `null`, a reference without a string `id`) and, with an `owner`, a `SendResult`
 * of another provider are refused with `INVALID_INPUT` before any request.
 */
export function resolveMessageTarget(target: MessageTarget, owner?: TargetOwner): ResolvedTarget {
  const references: MessageReference[] = [];
  const batchIds = new Set<string>();
  const seen = new Set<string>();
  const add = (reference: MessageReference): void => {
    const key = `${reference.id}\u0000${reference.to ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    references.push(reference);
  };
  if (typeof target === 'string') {
    add({ id: target });
    return { references, batchIds: [] };
  }
  if (isSendResult(target)) {
    if (!isOptionalString(target.provider) || !isOptionalString(target.batchId))
      throw invalidTarget('This SendResult has a `provider` or `batchId` that is not a string', owner);
    if (owner !== undefined && target.provider !== undefined && target.provider !== owner.provider) {
      throw new SmsError(
        `This SendResult came from ${target.provider}, not ${owner.provider}: ${owner.action} it through ${target.provider}.`,
        {
          code: 'INVALID_INPUT',
          provider: owner.provider,
        },
      );
    }
    if (target.batchId !== undefined) batchIds.add(target.batchId);
    const unidentified = new Map<string, ReferencedMessage>();
    for (const message of target.messages) {
      if (
        !isObject(message) ||
        !isOptionalString(message.id) ||
        !isOptionalString(message.to) ||
        !isOptionalString(message.batchId)
      ) {
        throw invalidTarget(
          `An entry of this SendResult's messages is ${isObject(message) ? 'an object whose id, to or batchId is not a string' : describeValue(message)}`,
          owner,
        );
      }
      if (message.batchId !== undefined) batchIds.add(message.batchId);
      if (message.id !== undefined) add({ id: message.id, to: message.to });
      else if (typeof message.reference === 'string' && !unidentified.has(message.reference)) {
        unidentified.set(message.reference, { reference: message.reference, to: message.to });
      }
    }
    const resolved: ResolvedTarget = { provider: target.provider, references, batchIds: [...batchIds] };
    const sendAt = sendTimeOf(target.sendAt);
    if (sendAt !== undefined) resolved.sendAt = sendAt;
    if (unidentified.size > 0) resolved.unidentified = [...unidentified.values()];
    return resolved;
  }
  if (!Array.isArray(target)) throw invalidTarget(`The target is ${describeValue(target)}`, owner);
  for (const item of target as readonly unknown[]) {
    if (typeof item === 'string') add({ id: item });
    else if (isObject(item) && typeof item.id === 'string' && isOptionalString(item.to))
      add(item as unknown as MessageReference);
    else
      throw invalidTarget(
        `An item of the target list is ${isObject(item) ? 'an object without a string `id`' : describeValue(item)}`,
        owner,
      );
  }
  return { references, batchIds: [] };
}
