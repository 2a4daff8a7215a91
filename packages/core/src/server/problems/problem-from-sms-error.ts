import type { SmsError } from '../../errors/sms-error';
import type { SmsErrorCode } from '../../errors/sms-error-code';
import { isSendResult } from '../../provider/message-target';
import { serializeSendResult } from '../results/serialize-send-result';
import { ERROR_CODE_STATUSES, UNKNOWN_CODE_ANSWER } from './error-code-statuses';
import type { ProblemDetails, ProviderAttempt } from './problem-details';
import { resolveProblemOptions, type ProblemOptions } from './problem-options';

const OUTCOME_SENTENCES = {
  'not-sent': 'Nothing was sent.',
  unknown: 'The message may have gone out: check its status before sending it again.',
} as const;

function attemptsOf(error: SmsError): ProviderAttempt[] | undefined {
  // AllProvidersFailedError carries each provider's error; read it structurally so a second copy of core works.
  const errors = (error as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return undefined;
  return errors.map((attempt: SmsError) => ({
    ...(attempt.provider === undefined ? {} : { provider: attempt.provider }),
    code: attempt.code,
    outcome: attempt.outcome,
    retryable: attempt.retryable,
  }));
}

/**
 * The problem document for an `SmsError`. Only whitelisted members are copied: never the provider's
 * answer (`responseBody`), the `cause`, or anything of the request.
 */
export function problemFromSmsError(error: SmsError, problemOptions: ProblemOptions = {}): ProblemDetails {
  const options = resolveProblemOptions(problemOptions);
  const answer = ERROR_CODE_STATUSES[error.code as SmsErrorCode] ?? UNKNOWN_CODE_ANSWER;
  const detail =
    answer.exposeMessage || options.exposeErrorMessages
      ? error.message
      : `${answer.detail} ${OUTCOME_SENTENCES[error.outcome] ?? ''}`.trim();
  const problem: ProblemDetails = {
    type: options.problemType(error.code),
    title: answer.title,
    status: answer.status,
    detail,
    code: error.code,
  };
  if (error.provider !== undefined) problem.provider = error.provider;
  problem.outcome = error.outcome;
  problem.retryable = error.retryable;
  if (error.retryAfterMs !== undefined && Number.isFinite(error.retryAfterMs))
    problem.retryAfter = retryAfterSeconds(error.retryAfterMs);
  const attempts = attemptsOf(error);
  if (attempts !== undefined) problem.attempts = attempts;
  // Only a send's result is served: the endpoints send, they do not cancel.
  if (isSendResult(error.result)) problem.result = serializeSendResult(error.result, options);
  return problem;
}

/** Whole seconds, at least 1, as `Retry-After` wants them. */
export function retryAfterSeconds(milliseconds: number): number {
  return Math.max(1, Math.ceil(milliseconds / 1000));
}
