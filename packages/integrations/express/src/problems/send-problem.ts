import type { Response } from 'express';
import type { ProblemDetails } from './problem-details';

/** Answers with an `application/problem+json` document, with `Retry-After` when the problem has one. */
export function sendProblem(response: Response, problem: ProblemDetails): void {
  response.status(problem.status);
  response.setHeader('Content-Type', 'application/problem+json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  if (problem.retryAfter !== undefined) response.setHeader('Retry-After', String(problem.retryAfter));
  response.send(JSON.stringify(problem));
}
