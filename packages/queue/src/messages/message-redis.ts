import type { ScriptClient } from '../redis/run-lua-script';
import { SmsError } from '@sms/core';

/**
 * The part of BullMQ's Redis client the message store uses: Lua scripts, so that each operation (a job's 100
 * recipients, a batch of delivery reports, a page of records) is one round trip and atomic.
 */
export type MessageRedis = ScriptClient;

/** A BullMQ queue, worker or job's queue: BullMQ 6 keeps the client on its backend, BullMQ 5 on the queue. */
export interface MessageRedisHolder {
  toKey(type: string): string;
}

export async function messageRedisOf(holder: MessageRedisHolder): Promise<MessageRedis> {
  const candidate = holder as { backend?: { client?: Promise<unknown> }; client?: Promise<unknown> };
  const client = (await (candidate.backend?.client ?? candidate.client)) as MessageRedis | undefined;
  if (typeof client?.defineCommand !== 'function')
    throw new SmsError(
      '@sms/queue keeps message status with Redis Lua scripts, and this BullMQ connection offers none; use the Redis (ioredis) connection.',
      { code: 'UNSUPPORTED' },
    );
  return client;
}

/** The prefix of every message key of a queue: `<prefix>:<queue name>:messages`. */
export function messageKeyBase(holder: MessageRedisHolder): string {
  return holder.toKey('messages');
}
