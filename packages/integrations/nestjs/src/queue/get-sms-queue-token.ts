import { SmsError } from '@sms/core';

/** The token of the queue registered without a `name`. */
export const SMS_QUEUE = 'SMS_QUEUE';

/**
 * The injection token of a queue: `SMS_QUEUE` for the one registered without a name, `SMS_QUEUE:<name>` for
 * `SmsQueueModule.forRoot({ name })`. Use it with `moduleRef.get(...)` or `@Inject(...)`.
 */
export function getSmsQueueToken(name?: string): string {
  return name === undefined ? SMS_QUEUE : `${SMS_QUEUE}:${assertQueueName(name)}`;
}

/** The name is also the BullMQ queue name, so an empty one is a configuration mistake caught at startup. */
export function assertQueueName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '')
    throw new SmsError(
      `An SMS queue name must be a non-empty string (got ${JSON.stringify(name)}); leave \`name\` out for the default queue.`,
      { code: 'INVALID_INPUT' },
    );
  return name;
}
