import type { SmsClient } from '@sms/core';
import { createProblem, createSendHandler, type SendHandlerOptions } from '@sms/core/server';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { writeAnswer } from '../answers/write-answer';
import { smsErrorHandler } from '../errors/sms-error-handler';
import { sendProblem } from '../problems/send-problem';
import { readBodyLimit } from './read-body-limit';
import { readJsonBody } from './read-json-body';

export interface SendSmsHandlerOptions extends SendHandlerOptions {
  /** Largest body the handler reads (413 beyond), in bytes or as `'100kb'`. Default `'100kb'`. */
  limit?: number | string;
}

const PARSER_MISSING_DETAIL =
  'sendSmsHandler found the JSON body read by another body parser (as text or bytes). Let sendSmsHandler read it, or mount express.json() before it instead.';

/**
 * The route that sends the SMS described by a JSON body and answers `202` with the result, or an
 * `application/problem+json` document: a list of handlers, which Express takes wherever it takes one. It
 * reads the JSON body itself (`application/json` and `application/*+json`, `limit`), or uses what an
 * `express.json()` mounted before it parsed, and answers the errors of either parser as problems (malformed
 * 400, too large 413, unsupported charset or encoding 415). Validation and sending are `@sms/core/server`'s
 * `createSendHandler`.
 *
 * ```ts
 * app.post('/sms', requireLogin, sendSmsHandler(client));
 * ```
 */
export function sendSmsHandler(
  client: SmsClient,
  options: SendSmsHandlerOptions = {},
): [RequestHandler, RequestHandler, ErrorRequestHandler] {
  const handleSend = createSendHandler(client, options, 'sendSmsHandler');
  const answerError = smsErrorHandler(options);
  // Skips a body that a parser mounted before the route already read.
  const readBody = express.json({
    limit: readBodyLimit(options.limit, 'sendSmsHandler'),
    type: ['application/json', 'application/*+json'],
  });

  const send: RequestHandler = (request, response, next) => {
    const reading = readJsonBody(request);
    if (reading.kind === 'parser-missing') {
      // The developer's mistake, not the caller's: another parser (text, raw) consumed the JSON body.
      sendProblem(
        response,
        createProblem('BODY_PARSER_MISSING', 500, 'JSON body parser missing', PARSER_MISSING_DETAIL, options),
      );
      return;
    }
    // Anything but an SmsError goes to the app's error handlers (Express 4 does not catch rejected handlers itself).
    handleSend(reading)
      .then((answer) => writeAnswer(response, answer))
      .catch((error: unknown) => answerError(error, request, response, next));
  };
  // Only errors reach it: the body parsers' (this route's or one mounted before it), and an SmsError thrown
  // by a handler of the route; anything else goes on to the app's error handlers.
  return [readBody, send, answerError];
}
