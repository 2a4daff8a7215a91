import type { AnyMessage, MessageShape } from '../attributes/message-shape';

/** What an operation's span learns during one call, shared with the hooks of its attempts. */
export interface OperationRecord {
  /** How many attempts the hooks saw under the operation's span. */
  attempts: number;
  /** The message the caller passed, described once for the whole send when the span records. */
  message?: AnyMessage;
  shape?: MessageShape;
}
