import type { ProblemDetails } from './problem-details';
import type { ResolvedProblemOptions } from './problem-options';

/** A problem raised by this package itself (not by the SDK): its own code, status and sentence. */
export function createProblem(
  code: string,
  status: number,
  title: string,
  detail: string,
  options: Pick<ResolvedProblemOptions, 'problemType'>,
): ProblemDetails {
  return { type: options.problemType(code), title, status, detail, code };
}
