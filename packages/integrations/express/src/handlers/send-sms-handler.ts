import { SmsError, type CountryCode, type SendOptions, type SmsClient } from '@sms/core';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { smsErrorHandler } from '../errors/sms-error-handler';
import { createProblem } from '../problems/create-problem';
import { resolveProblemOptions, type ProblemOptions } from '../problems/problem-options';
import { sendProblem } from '../problems/send-problem';
import { serializeSendResult } from '../serialization/serialize-send-result';
import { parseSendRequest } from '../validation/parse-send-request';
import { readBodyLimit } from './read-body-limit';
import { readJsonBody } from './read-json-body';

export interface SendSmsHandlerOptions extends ProblemOptions {
  /** Most recipients one request may list. Default 100. */
  maxRecipients?: number;
  /** Honour `provider` in the body. Default `true`; `false` refuses it with a 400. */
  allowProvider?: boolean;
  /** Accept `{ text }` bodies. Default `true` (set `false` for a templates-only endpoint such as OTP). */
  allowText?: boolean;
  /** Accept `{ template, params }` bodies. Default `true`. */
  allowTemplates?: boolean;
  /** Per-send timeout passed to the client. */
  timeoutMs?: number;
  /** Largest body the handler reads (413 beyond), in bytes or as `'100kb'`. Default `'100kb'`. */
  limit?: number | string;
  /**
   * Country of numbers written in national notation, to recognise one recipient listed twice in two
   * notations (`0912…` and `+98912…` with `IR`). Without it, national numbers are compared as written.
   */
  defaultCountry?: CountryCode;
}

const DEFAULT_MAX_RECIPIENTS = 100;

function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new SmsError(`sendSmsHandler: \`${name}\` must be a positive whole number, got ${String(value)}.`, { code: 'INVALID_INPUT' });
  }
  return value;
}

/**
 * The route that sends the SMS described by a JSON body and answers `202` with the result, or an
 * `application/problem+json` document: a list of handlers, which Express takes wherever it takes one. It
 * reads the JSON body itself (`application/json` and `application/*+json`, `limit`), or uses what an
 * `express.json()` mounted before it parsed, and answers the errors of either parser as problems (malformed
 * 400, too large 413, unsupported charset or encoding 415).
 *
 * ```ts
 * app.post('/sms', requireLogin, sendSmsHandler(client));
 * ```
 */
export function sendSmsHandler(client: SmsClient, options: SendSmsHandlerOptions = {}): [RequestHandler, RequestHandler, ErrorRequestHandler] {
  if (typeof client?.send !== 'function' || typeof client.sendTemplate !== 'function') {
    throw new SmsError('sendSmsHandler needs an SmsClient (from createSmsClient) as its first argument.', { code: 'INVALID_INPUT' });
  }
  const rules = {
    maxRecipients: positiveInteger(options.maxRecipients, 'maxRecipients', DEFAULT_MAX_RECIPIENTS),
    allowProvider: options.allowProvider ?? true,
    allowText: options.allowText ?? true,
    allowTemplates: options.allowTemplates ?? true,
    defaultCountry: options.defaultCountry,
  };
  if (!rules.allowText && !rules.allowTemplates) {
    throw new SmsError('sendSmsHandler: `allowText` and `allowTemplates` are both false, so nothing could ever be sent.', { code: 'INVALID_INPUT' });
  }
  if (options.defaultCountry !== undefined && !/^[A-Z]{2}$/.test(String(options.defaultCountry))) {
    throw new SmsError(`sendSmsHandler: \`defaultCountry\` must be an ISO 3166 country code such as 'IR' or 'FR', got ${JSON.stringify(options.defaultCountry)}.`, { code: 'INVALID_INPUT' });
  }
  const timeoutMs = options.timeoutMs === undefined ? undefined : positiveInteger(options.timeoutMs, 'timeoutMs', 0);
  const problemOptions = resolveProblemOptions(options);
  const answerError = smsErrorHandler(options);
  // Skips a body that a parser mounted before the route already read.
  const readBody = express.json({ limit: readBodyLimit(options.limit, 'sendSmsHandler'), type: ['application/json', 'application/*+json'] });

  const send: RequestHandler = async (request, response, next) => {
    try {
      const reading = readJsonBody(request);
      if (reading.kind === 'parser-missing') {
        // The developer's mistake, not the caller's: another parser (text, raw) consumed the JSON body.
        sendProblem(
          response,
          createProblem(
            'BODY_PARSER_MISSING',
            500,
            'JSON body parser missing',
            'sendSmsHandler found the JSON body read by another body parser (as text or bytes). Let sendSmsHandler read it, or mount express.json() before it instead.',
            problemOptions,
          ),
        );
        return;
      }
      if (reading.kind === 'not-json') {
        response.setHeader('Accept-Post', 'application/json');
        sendProblem(
          response,
          createProblem('UNSUPPORTED_MEDIA_TYPE', 415, 'Unsupported media type', 'Send the request as JSON with Content-Type: application/json.', problemOptions),
        );
        return;
      }
      const parsed =
        reading.kind === 'empty'
          ? { ok: false as const, problems: [{ pointer: '#', detail: 'The request has no body: send a JSON object such as {"to": "+989121234567", "text": "Hello"}.' }] }
          : parseSendRequest(reading.body, rules);
      if (!parsed.ok) {
        const problem = createProblem('INVALID_INPUT', 400, 'Invalid input', 'The request body is not a valid SMS request; see `errors`.', problemOptions);
        problem.errors = parsed.problems;
        sendProblem(response, problem);
        return;
      }

      const sendOptions: SendOptions = {};
      if (parsed.request.provider !== undefined) sendOptions.provider = parsed.request.provider;
      if (timeoutMs !== undefined) sendOptions.timeoutMs = timeoutMs;
      const result = parsed.request.kind === 'text' ? await client.send(parsed.request.message, sendOptions) : await client.sendTemplate(parsed.request.message, sendOptions);
      response.status(202).setHeader('Cache-Control', 'no-store');
      response.json(serializeSendResult(result, problemOptions));
    } catch (error) {
      // An SmsError becomes a problem answer; anything else goes to the app's error handlers (Express 4 does
      // not catch rejected handlers itself).
      answerError(error, request, response, next);
    }
  };
  // Only errors reach it: the body parsers' (this route's or one mounted before it), and an SmsError thrown
  // by a handler of the route; anything else goes on to the app's error handlers.
  return [readBody, send, answerError];
}
