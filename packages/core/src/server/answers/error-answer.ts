import { SmsError } from '../../errors/sms-error';
import { problemFromBodyParserError } from '../problems/problem-from-body-parser-error';
import { problemFromSmsError } from '../problems/problem-from-sms-error';
import { resolveProblemOptions, type ProblemOptions } from '../problems/problem-options';
import { problemAnswer } from './problem-answer';
import type { ServerAnswer } from './server-answer';

/**
 * The answer for an error a route threw: an `SmsError` as its problem document, an error of body-parser as a
 * fixed 400, 413 or 415 problem (`subject` names the body in its `detail`: `request`, `callback`), and
 * `undefined` for any other error, which the adapter hands back to its framework.
 */
export function errorAnswer(
  error: unknown,
  problemOptions: ProblemOptions = {},
  subject = 'request',
): ServerAnswer | undefined {
  const options = resolveProblemOptions(problemOptions);
  const problem = SmsError.isInstance(error)
    ? problemFromSmsError(error, options)
    : problemFromBodyParserError(error, subject, options);
  return problem === undefined ? undefined : problemAnswer(problem);
}
