import { defaultProblemType, type ProblemDetails } from './problem-details';
import type { ProblemOptions } from './problem-options';

/** A problem raised by an endpoint itself (not by the SDK): its own code, status and sentence. */
export function createProblem(
  code: string,
  status: number,
  title: string,
  detail: string,
  options: Pick<ProblemOptions, 'problemType'> = {},
): ProblemDetails {
  return { type: (options.problemType ?? defaultProblemType)(code), title, status, detail, code };
}
