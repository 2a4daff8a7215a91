import type { WebhookFields } from './read-webhook-fields';

interface PendingReply {
  total: number;
  parts: Map<number, WebhookFields>;
  firstSeenAt: number;
}

/** A multi-part reply put back together: its parts in order. */
export type CompleteReply = WebhookFields[];

// A part that has waited this long will not be completed: its other parts were lost.
const PENDING_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Holds the parts of multi-part replies until every part has arrived. Bounded: beyond `capacity` pending
 * replies, the oldest is dropped, so a flood of incomplete replies cannot exhaust memory.
 */
export class ReplyPartsBuffer {
  readonly #pending = new Map<string, PendingReply>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Adds one part; returns every part in order once the reply is complete, else `undefined`. */
  add(key: string, part: number, total: number, fields: WebhookFields, now: number = Date.now()): CompleteReply | undefined {
    this.#dropExpired(now);
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = { total, parts: new Map(), firstSeenAt: now };
      this.#pending.set(key, pending);
      while (this.#pending.size > this.#capacity) {
        const oldest = this.#pending.keys().next().value;
        if (oldest === undefined) break;
        this.#pending.delete(oldest);
      }
    }
    // A part posted twice (a retried callback) replaces the first copy.
    pending.parts.set(part, fields);
    if (pending.parts.size < pending.total) return undefined;
    this.#pending.delete(key);
    return [...pending.parts.entries()].sort(([left], [right]) => left - right).map(([, value]) => value);
  }

  #dropExpired(now: number): void {
    for (const [key, pending] of this.#pending) {
      if (now - pending.firstSeenAt <= PENDING_LIFETIME_MS) break;
      this.#pending.delete(key);
    }
  }
}
