import { describeValue } from '../validation/describe-value';
import { assertCallOptions } from '../validation/assert-call-options';
import { invalidInput } from '../validation/invalid-input';
import type { SendOptions } from './sms-client-types';

/** The values of `FailoverPolicy`, for checks of plain JavaScript input. */
export const FAILOVER_POLICIES: readonly unknown[] = ['not-sent', 'always', 'never'];

/**
 * Refuses the options of a client call before any provider is called, with `INVALID_INPUT`: the call options
 * every provider takes, a `provider` that is not a string and a `failover` that is no policy.
 */
export function assertSendOptions(options: unknown): asserts options is SendOptions | undefined {
  assertCallOptions(options);
  if (options === undefined) return;
  const { provider, failover } = options as Record<string, unknown>;
  if (provider !== undefined && typeof provider !== 'string')
    throw invalidInput(
      `\`provider\` must be the id of one of the client's providers, as a string, not ${describeValue(provider)}.`,
      undefined,
    );
  if (failover !== undefined && !FAILOVER_POLICIES.includes(failover))
    throw invalidInput(
      `Unknown failover policy ${describeValue(failover)}: use 'not-sent', 'always' or 'never'.`,
      undefined,
    );
}
