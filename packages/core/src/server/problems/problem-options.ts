import { defaultProblemType, type ProblemTypeResolver } from './problem-details';

/** How errors and results are written into answers; shared by the send handler and the error answers. */
export interface ProblemOptions {
  /** The problem `type` URI for a code. Default: `urn:sms:error:<code in kebab-case>`. */
  problemType?: ProblemTypeResolver;
  /**
   * Put every error's own message in `detail`. Default `false`: only messages about the caller's input are
   * shown; errors about this server's account or provider get a fixed sentence (their messages name
   * providers, balances and upstream answers that are not the caller's business).
   */
  exposeErrorMessages?: boolean;
  /** Include the provider's parsed answer (`raw`) in serialised results. Default `false`. */
  includeRaw?: boolean;
}

export interface ResolvedProblemOptions {
  problemType: ProblemTypeResolver;
  exposeErrorMessages: boolean;
  includeRaw: boolean;
}

export function resolveProblemOptions(options: ProblemOptions | undefined): ResolvedProblemOptions {
  // Resolving resolved options again changes nothing, so the public helpers may resolve what they are given.
  return {
    problemType: options?.problemType ?? defaultProblemType,
    exposeErrorMessages: options?.exposeErrorMessages ?? false,
    includeRaw: options?.includeRaw ?? false,
  };
}
