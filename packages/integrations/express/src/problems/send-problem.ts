import { problemAnswer, type ProblemDetails } from '@sms/core/server';
import type { Response } from 'express';
import { writeAnswer } from '../answers/write-answer';

/** Answers with an `application/problem+json` document, with `Retry-After` when the problem has one. */
export function sendProblem(response: Response, problem: ProblemDetails): void {
  writeAnswer(response, problemAnswer(problem));
}
