import type { WebhookFields } from './read-webhook-fields';

interface PendingReply {
  total: number;
  parts: Map<number, WebhookFields>;
  /** When the first part arrived (pending), or when the last one did (completed). */
  since: number;
}

/** A multi-part reply put back together: its parts in order. */
export type CompleteReply = WebhookFields[];

// A part that has waited this long will not be completed: its other parts were lost. A completed reply is
// kept as long, for the provider's retries.
const PENDING_LIFETIME_MS = 24 * 60 * 60 * 1000;

function inOrder(reply: PendingReply): CompleteReply {
  return [...reply.parts.entries()].sort(([left], [right]) => left - right).map(([, value]) => value);
}

function sameFields(left: WebhookFields | undefined, right: WebhookFields): boolean {
  return left !== undefined && JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Holds the parts of multi-part replies until every part has arrived. Bounded: beyond `capacity` pending
 * replies, the oldest is dropped, so a flood of incomplete replies cannot exhaust memory.
 *
 * A completed reply is kept too (as many as `capacity`, for as long as a pending one): when the receiver
 * fails to handle it (an error answer), the provider posts the completing part again, and that retry must
 * give the whole reply again rather than start a new one that never completes. A part that differs from
 * the one kept is a new reply reusing the reference, and replaces the completed one.
 */
export class ReplyPartsBuffer {
  readonly #pending = new Map<string, PendingReply>();
  readonly #completed = new Map<string, PendingReply>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** Incomplete replies waiting for parts. */
  get size(): number {
    return this.#pending.size;
  }

  /** Adds one part; returns every part in order once the reply is complete, else `undefined`. */
  add(
    key: string,
    part: number,
    total: number,
    fields: WebhookFields,
    now: number = Date.now(),
  ): CompleteReply | undefined {
    this.#dropExpired(this.#pending, now);
    this.#dropExpired(this.#completed, now);
    const completed = this.#completed.get(key);
    if (completed !== undefined) {
      if (completed.total === total && sameFields(completed.parts.get(part), fields)) return inOrder(completed);
      this.#completed.delete(key);
    }
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = { total, parts: new Map(), since: now };
      this.#keep(this.#pending, key, pending);
    }
    // A part posted twice (a retried callback) replaces the first copy.
    pending.parts.set(part, fields);
    if (pending.parts.size < pending.total) return undefined;
    this.#pending.delete(key);
    pending.since = now;
    this.#keep(this.#completed, key, pending);
    return inOrder(pending);
  }

  #keep(replies: Map<string, PendingReply>, key: string, reply: PendingReply): void {
    replies.set(key, reply);
    while (replies.size > this.#capacity) {
      const oldest = replies.keys().next().value;
      if (oldest === undefined) break;
      replies.delete(oldest);
    }
  }

  #dropExpired(replies: Map<string, PendingReply>, now: number): void {
    for (const [key, reply] of replies) {
      if (now - reply.since <= PENDING_LIFETIME_MS) break;
      replies.delete(key);
    }
  }
}
