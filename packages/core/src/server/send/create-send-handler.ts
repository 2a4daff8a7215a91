import type { SmsClient } from '../../client/create-sms-client';
import type { SendOptions } from '../../client/sms-client-types';
import { SmsError } from '../../errors/sms-error';
import { jsonAnswer } from '../answers/json-answer';
import { problemAnswer } from '../answers/problem-answer';
import type { ServerAnswer } from '../answers/server-answer';
import { createProblem } from '../problems/create-problem';
import { problemFromSmsError } from '../problems/problem-from-sms-error';
import { resolveProblemOptions } from '../problems/problem-options';
import { serializeSendResult } from '../results/serialize-send-result';
import { parseSendRequest } from './parse-send-request';
import { positiveWholeNumber } from './positive-whole-number';
import { resolveSendRequestRules } from './resolve-send-request-rules';
import type { SendHandlerOptions } from './send-handler-options';
import type { SendRequestReading } from './send-request-reading';

/** Answers one send request; rejects only with an error that is not an `SmsError` (the adapter's to handle). */
export type SendHandler = (reading: SendRequestReading) => Promise<ServerAnswer>;

const NO_BODY_DETAIL = 'The request has no body: send a JSON object such as {"to": "+989121234567", "text": "Hello"}.';

/**
 * The send endpoint without its framework: validates the JSON body, sends it through the client and answers
 * `202` with the serialised result, or a problem document (400 invalid body, 415 not JSON, or the `SmsError`'s
 * status). The options are checked here, at startup; `owner` names the endpoint in those errors.
 */
export function createSendHandler(
  client: SmsClient,
  options: SendHandlerOptions = {},
  owner = 'createSendHandler',
): SendHandler {
  if (typeof client?.send !== 'function' || typeof client.sendTemplate !== 'function') {
    throw new SmsError(`${owner} needs an SmsClient (from createSmsClient) as its first argument.`, {
      code: 'INVALID_INPUT',
    });
  }
  const rules = resolveSendRequestRules(options, owner);
  const timeoutMs =
    options.timeoutMs === undefined ? undefined : positiveWholeNumber(options.timeoutMs, 'timeoutMs', 0, owner);
  const problemOptions = resolveProblemOptions(options);

  return async (reading) => {
    if (reading.kind === 'not-json') {
      const problem = createProblem(
        'UNSUPPORTED_MEDIA_TYPE',
        415,
        'Unsupported media type',
        'Send the request as JSON with Content-Type: application/json.',
        problemOptions,
      );
      return problemAnswer(problem, { 'accept-post': 'application/json' });
    }
    const parsed =
      reading.kind === 'empty'
        ? { ok: false as const, problems: [{ pointer: '#', detail: NO_BODY_DETAIL }] }
        : parseSendRequest(reading.body, rules);
    if (!parsed.ok) {
      const problem = createProblem(
        'INVALID_INPUT',
        400,
        'Invalid input',
        'The request body is not a valid SMS request; see `errors`.',
        problemOptions,
      );
      problem.errors = parsed.problems;
      return problemAnswer(problem);
    }

    const sendOptions: SendOptions = {};
    if (parsed.request.provider !== undefined) sendOptions.provider = parsed.request.provider;
    if (timeoutMs !== undefined) sendOptions.timeoutMs = timeoutMs;
    try {
      const result =
        parsed.request.kind === 'text'
          ? await client.send(parsed.request.message, sendOptions)
          : await client.sendTemplate(parsed.request.message, sendOptions);
      return jsonAnswer(202, serializeSendResult(result, problemOptions), { 'cache-control': 'no-store' });
    } catch (error) {
      if (SmsError.isInstance(error)) return problemAnswer(problemFromSmsError(error, problemOptions));
      throw error;
    }
  };
}
