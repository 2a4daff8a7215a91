import type { ConnectionOptions } from 'bullmq';

/** A Redis URL (`redis://user:password@host:6379/0`, `rediss://…` for TLS) or BullMQ's own connection options. */
export type SmsQueueConnection = string | ConnectionOptions;
