import type { ProblemOptions } from '../problems/problem-options';
import type { SendRequestRuleOptions } from './send-request-rules';

export interface SendHandlerOptions extends SendRequestRuleOptions, ProblemOptions {
  /** Per-send timeout passed to the client. */
  timeoutMs?: number;
}
