/** What a provider supports and its limits. The client refuses a call a provider lacks before any request. */
export interface SmsCapabilities {
  /** Most recipients of one text in one request; `send` splits longer lists. */
  maxRecipientsPerRequest: number;
  /** Most personalised messages in one request of `sendBatch`. */
  maxBatchSize?: number;
  /** Personalised messages (`sendBatch`). */
  batch: boolean;
  /** Provider-side templates (`sendTemplate`). */
  templates: boolean;
  /** `sendAt`. */
  scheduling: boolean;
  /** Cancel a scheduled message. */
  cancel: boolean;
  /** How long before its send time a scheduled message can still be canceled, in milliseconds. */
  cancelWindowMs?: number;
  /** Delivery status by id (`getStatus`). */
  status: boolean;
  /**
   * `getStatus` also finds the entries of a `SendResult` that carry only a per-message `reference` (no id,
   * because the send's answer was lost), and a reference it reports nothing for provably never reached the
   * provider (Ghasedak `checkid`, `sms/status` type 2). What lets a queue settle an interrupted send instead of
   * guessing. Absent means no.
   */
  statusByReference?: boolean;
  balance: boolean;
  /** Polling received messages (`listInbound`). */
  inbound: boolean;
  /** Text-to-speech calls. */
  voice: boolean;
  /** Delivery receipts or replies pushed to a URL (`parseWebhook`). */
  webhooks: boolean;
}
