import type { ProblemDetails } from '../problems/problem-details';
import type { ServerAnswer } from './server-answer';

/**
 * The answer carrying a problem document: `application/problem+json`, `Cache-Control: no-store`, and
 * `Retry-After` when the problem has one. `headers` adds more (`accept-post` for a 415).
 */
export function problemAnswer(problem: ProblemDetails, headers: Readonly<Record<string, string>> = {}): ServerAnswer {
  const answer: ServerAnswer = {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: problem,
  };
  if (problem.retryAfter !== undefined) answer.headers['retry-after'] = String(problem.retryAfter);
  return answer;
}
