import { SmsError } from '@sms/core';

export const DEFAULT_BODY_LIMIT = '100kb';

const SIZE = /^\d+(?:\.\d+)?\s*(?:b|kb|mb|gb)?$/i;

/**
 * The `limit` option of a handler that reads bodies, checked at startup: Express's body parsers read a
 * limit they cannot parse (`'100 kilobytes'`) as no limit at all.
 */
export function readBodyLimit(limit: number | string | undefined, owner: string): number | string {
  if (limit === undefined) return DEFAULT_BODY_LIMIT;
  if (
    (typeof limit === 'number' && Number.isInteger(limit) && limit > 0) ||
    (typeof limit === 'string' && SIZE.test(limit.trim()))
  )
    return limit;
  throw new SmsError(
    `${owner}: \`limit\` must be a number of bytes or a size such as '100kb' or '1mb', got ${JSON.stringify(limit) ?? String(limit)}.`,
    {
      code: 'INVALID_INPUT',
    },
  );
}
