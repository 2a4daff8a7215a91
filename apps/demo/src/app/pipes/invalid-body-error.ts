import { SmsError } from '@sms/core';
import type { FieldProblem } from '@sms/core/server';

const LISTED = 10;

/**
 * The error a pipe throws for a body it refuses: an `INVALID_INPUT` SmsError, which `SmsExceptionFilter`
 * answers as a 400 problem whose `detail` lists the first problems, each with its JSON pointer.
 */
export function invalidBodyError(problems: readonly FieldProblem[]): SmsError {
  const listed = problems.slice(0, LISTED).map((problem) => `${problem.pointer}: ${problem.detail}`);
  const more = problems.length > LISTED ? ` (and ${problems.length - LISTED} more)` : '';
  return new SmsError(`The request body is not valid. ${listed.join(' ')}${more}`, { code: 'INVALID_INPUT' });
}
