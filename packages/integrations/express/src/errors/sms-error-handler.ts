import { SmsError } from '@sms/core';
import type { ErrorRequestHandler } from 'express';
import { problemFromSmsError } from '../problems/problem-from-sms-error';
import { resolveProblemOptions, type ProblemOptions } from '../problems/problem-options';
import { sendProblem } from '../problems/send-problem';

export type SmsErrorHandlerOptions = ProblemOptions;

/**
 * An error middleware for apps that call the client in their own routes: an `SmsError` becomes an
 * `application/problem+json` answer with a fitting status; any other error goes on to the next error
 * handler unchanged. Mount it after your routes (and, on Express 4, pass errors of async routes to
 * `next(error)` yourself: Express 4 does not catch rejected promises).
 */
export function smsErrorHandler(options: SmsErrorHandlerOptions = {}): ErrorRequestHandler {
  const problemOptions = resolveProblemOptions(options);
  return (error: unknown, _request, response, next) => {
    if (!SmsError.isInstance(error) || response.headersSent) {
      next(error);
      return;
    }
    sendProblem(response, problemFromSmsError(error, problemOptions));
  };
}
