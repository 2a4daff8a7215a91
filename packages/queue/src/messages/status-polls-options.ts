/** Periodic `getStatus` calls for messages that are `sent` and not yet delivered, failed or canceled. */
export interface SmsStatusPolls {
  /** How often the queue's messages are polled, by one worker at a time; also the wait before a message's first poll. Default 300,000 ms. */
  everyMs?: number;
  /** Messages sent longer ago than this are no longer polled. Default 172,800,000 ms (2 days). */
  maxAgeMs?: number;
  /** At most this many messages per poll; the next poll takes the next ones. Default 1,000. */
  batchSize?: number;
  /** Ids per `getStatus` call. Default 100. */
  chunkSize?: number;
}
