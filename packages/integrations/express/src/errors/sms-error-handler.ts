import { errorAnswer, type ProblemOptions } from '@sms/core/server';
import type { ErrorRequestHandler } from 'express';
import { writeAnswer } from '../answers/write-answer';

export type SmsErrorHandlerOptions = ProblemOptions;

/**
 * An error middleware for apps that call the client in their own routes: an `SmsError` becomes an
 * `application/problem+json` answer with a fitting status, and so does an error of Express's body parsers
 * (malformed body 400, too large 413, unsupported charset or encoding 415: an app-level `express.json()`
 * fails before any route runs); any other error goes on to the next error handler unchanged. Mount it after
 * your routes (and, on Express 4, pass errors of async routes to `next(error)` yourself: Express 4 does not
 * catch rejected promises).
 */
export function smsErrorHandler(options: SmsErrorHandlerOptions = {}): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    const answer = response.headersSent ? undefined : errorAnswer(error, options);
    if (answer === undefined) next(error);
    else writeAnswer(response, answer);
  };
}
