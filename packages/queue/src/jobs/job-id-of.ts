import { createHash } from 'node:crypto';

// BullMQ refuses custom ids with a colon or that look like integers, and keys are the user's own strings
// (`order:42`); a hash is always a valid id, of bounded length, and the same in every process.
export function jobIdOf(idempotencyKey: string): string {
  return `sms-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}`;
}
