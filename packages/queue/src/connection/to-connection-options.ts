import { SmsError } from '@sms/core';
import type { ConnectionOptions } from 'bullmq';
import type { SmsQueueConnection } from './sms-queue-connection';

// BullMQ takes ioredis options or an ioredis instance, not a URL; reading the URL here spares users an
// ioredis import of their own (this package may import only @sms/core and bullmq).
export function toConnectionOptions(connection: SmsQueueConnection, caller: string): ConnectionOptions {
  if (typeof connection !== 'string') {
    if (typeof connection !== 'object' || connection === null)
      throw new SmsError(`${caller}: \`connection\` must be a Redis URL or BullMQ connection options.`, {
        code: 'INVALID_INPUT',
      });
    return connection;
  }
  let url: URL;
  try {
    url = new URL(connection);
  } catch {
    throw new SmsError(`${caller}: \`connection\` is not a valid URL; write it as redis://host:6379.`, {
      code: 'INVALID_INPUT',
    });
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new SmsError(`${caller}: \`connection\` must start with redis:// or rediss://, not ${url.protocol}//.`, {
      code: 'INVALID_INPUT',
    });
  const options: Record<string, unknown> = { host: url.hostname || '127.0.0.1', port: Number(url.port || 6379) };
  if (url.username !== '') options.username = decodeURIComponent(url.username);
  if (url.password !== '') options.password = decodeURIComponent(url.password);
  const database = url.pathname.replace(/^\//, '');
  if (database !== '') options.db = Number(database);
  if (url.protocol === 'rediss:') options.tls = {};
  return options as ConnectionOptions;
}
