import { SmsError, type SendOptions, type SmsClient } from '@sms/core';
import type { RequestHandler } from 'express';
import { smsErrorHandler } from '../errors/sms-error-handler';
import { createProblem } from '../problems/create-problem';
import { resolveProblemOptions, type ProblemOptions } from '../problems/problem-options';
import { sendProblem } from '../problems/send-problem';
import { serializeSendResult } from '../serialization/serialize-send-result';
import { parseSendRequest } from '../validation/parse-send-request';
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
 * A route handler that sends the SMS described by a JSON body and answers `202` with the result, or an
 * `application/problem+json` document. Mount `express.json()` before it.
 *
 * ```ts
 * app.post('/sms', express.json(), sendSmsHandler(client));
 * ```
 */
export function sendSmsHandler(client: SmsClient, options: SendSmsHandlerOptions = {}): RequestHandler {
  if (typeof client?.send !== 'function' || typeof client.sendTemplate !== 'function') {
    throw new SmsError('sendSmsHandler needs an SmsClient (from createSmsClient) as its first argument.', { code: 'INVALID_INPUT' });
  }
  const rules = {
    maxRecipients: positiveInteger(options.maxRecipients, 'maxRecipients', DEFAULT_MAX_RECIPIENTS),
    allowProvider: options.allowProvider ?? true,
    allowText: options.allowText ?? true,
    allowTemplates: options.allowTemplates ?? true,
  };
  if (!rules.allowText && !rules.allowTemplates) {
    throw new SmsError('sendSmsHandler: `allowText` and `allowTemplates` are both false, so nothing could ever be sent.', { code: 'INVALID_INPUT' });
  }
  const timeoutMs = options.timeoutMs === undefined ? undefined : positiveInteger(options.timeoutMs, 'timeoutMs', 0);
  const problemOptions = resolveProblemOptions(options);
  const answerError = smsErrorHandler(options);

  return async (request, response, next) => {
    try {
      const reading = readJsonBody(request);
      if (reading.kind === 'parser-missing') {
        // The developer's mistake, not the caller's: say exactly what to mount.
        sendProblem(
          response,
          createProblem(
            'BODY_PARSER_MISSING',
            500,
            'JSON body parser missing',
            'sendSmsHandler found no parsed JSON body. Mount express.json() before it: app.use(express.json()) or app.post(path, express.json(), sendSmsHandler(client)).',
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
}
