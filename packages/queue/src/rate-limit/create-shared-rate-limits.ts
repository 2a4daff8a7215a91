import { SmsError } from '@sms/core';
import { RedisConnection } from 'bullmq';
import { toConnectionOptions } from '../connection/to-connection-options';
import { checkRateLimitsOptions } from './check-rate-limits';
import { rateLimitedProvider } from './rate-limited-provider';
import { runLuaScript, type LuaScript, type ScriptClient } from '../redis/run-lua-script';
import { RATE_LIMIT_SCRIPT } from './rate-limit-script';
import type { RateLimitCost, SharedRateLimits, SharedRateLimitsOptions } from './shared-rate-limit-types';
import { waitOrAbort } from './wait-or-abort';

const SCRIPT: LuaScript = { name: 'smsSharedRateLimit', lua: RATE_LIMIT_SCRIPT, numberOfKeys: 3 };

type ScriptMode = 'acquire' | 'release' | 'check' | 'pause';

function aborted(providerId: string, reason: unknown, why: string): SmsError {
  return new SmsError(
    `The call to ${providerId} was ${why} while it waited for its turn under the shared rate limit; nothing was sent.`,
    { code: 'ABORTED', provider: providerId, outcome: 'not-sent', retryable: false, cause: reason },
  );
}

/**
 * Per-provider rate limits shared by every process on the same Redis: each call reserves its place in Redis
 * (one atomic script, Redis's clock) and waits for it, so all workers together keep to the limit. A
 * RATE_LIMITED answer pauses the provider for all of them.
 */
export function createSharedRateLimits(options: SharedRateLimitsOptions): SharedRateLimits {
  const limits = checkRateLimitsOptions(options);
  const prefix = options.prefix ?? 'sms:rate';
  const rateLimitedPauseMs = options.rateLimitedPauseMs ?? 1000;
  const connection = new RedisConnection(toConnectionOptions(options.connection, 'createSharedRateLimits'));
  // Ends the waits still running when the limits are closed.
  const closing = new AbortController();
  let ready: Promise<(args: unknown[]) => Promise<unknown>> | undefined;

  const script = (): Promise<(args: unknown[]) => Promise<unknown>> => {
    ready ??= connection.client.then(
      (client) => (args: unknown[]) => runLuaScript(client as unknown as ScriptClient, SCRIPT, args),
    );
    return ready;
  };

  const limitOf = (providerId: string) => {
    const limit = limits.get(providerId);
    if (limit === undefined)
      throw new SmsError(
        `No shared rate limit is set for the provider "${providerId}"; add it to \`limits\` of createSharedRateLimits.`,
        { code: 'INVALID_INPUT', provider: providerId },
      );
    return limit;
  };

  // A Redis failure is not the provider's answer: nothing was sent, and the send may be tried again.
  const run = async (providerId: string, mode: ScriptMode, args: (string | number)[]): Promise<unknown> => {
    const keys = ['requests', 'recipients', 'paused'].map((name) => `${prefix}:{${providerId}}:${name}`);
    try {
      return await (
        await script()
      )([...keys, mode, ...args]);
    } catch (cause) {
      throw new SmsError(
        `Could not reach Redis for the shared rate limit of ${providerId}; nothing was sent. Check the Redis connection.`,
        { code: 'NETWORK', provider: providerId, outcome: 'not-sent', retryable: true, cause },
      );
    }
  };

  const costArguments = (providerId: string, cost: RateLimitCost): number[] => {
    const limit = limitOf(providerId);
    const requests = cost.requests;
    const recipients = cost.recipients ?? 0;
    if (!Number.isInteger(requests) || requests < 0 || !Number.isInteger(recipients) || recipients < 0)
      throw new SmsError(
        `acquire: requests and recipients must be whole numbers of 0 or more, not ${String(requests)} and ${String(recipients)}.`,
        { code: 'INVALID_INPUT', provider: providerId },
      );
    const recipientInterval = limit.recipientsPerSecond === undefined ? 0 : 1_000_000 / limit.recipientsPerSecond;
    const recipientBurst = limit.recipientBurst ?? Math.max(1, Math.ceil(limit.recipientsPerSecond ?? 1));
    return [
      1_000_000 / limit.requestsPerSecond,
      limit.burst ?? 1,
      requests,
      recipientInterval,
      recipientBurst,
      recipients,
    ];
  };

  const acquire = async (providerId: string, cost: RateLimitCost): Promise<void> => {
    const args = costArguments(providerId, cost);
    const signal = cost.signal === undefined ? closing.signal : AbortSignal.any([cost.signal, closing.signal]);
    const stop = (): SmsError =>
      aborted(providerId, signal.reason, closing.signal.aborted ? 'stopped by close()' : 'aborted');
    for (;;) {
      if (signal.aborted) throw stop();
      const [wait, ...marks] = (await run(providerId, 'acquire', args)) as [number, string, string];
      const waitMicroseconds = Number(wait);
      if (waitMicroseconds <= 0) return;
      try {
        await waitOrAbort(Math.ceil(waitMicroseconds / 1000), signal);
      } catch {
        // Give the place back so an abandoned call does not slow the others down.
        if (!closing.signal.aborted) await run(providerId, 'release', [...args, ...marks]).catch(() => undefined);
        throw stop();
      }
      // A pause that began while this call waited covers its place: it queues again, behind the pause.
      if (Number(await run(providerId, 'check', [...args, ...marks])) <= 0) return;
    }
  };

  const pause = async (providerId: string, ms: number): Promise<void> => {
    limitOf(providerId);
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      throw new SmsError(`pause: ms must be a number of 0 or more, not ${String(ms)}.`, {
        code: 'INVALID_INPUT',
        provider: providerId,
      });
    await run(providerId, 'pause', [Math.ceil(ms)]);
  };

  return {
    acquire,
    pause,
    wrap(provider) {
      if (typeof provider !== 'object' || provider === null || typeof provider.id !== 'string')
        throw new SmsError('wrap takes a provider (an SmsProvider such as createGhasedak()).', {
          code: 'INVALID_INPUT',
        });
      limitOf(provider.id);
      return rateLimitedProvider(provider, {
        acquire,
        onRateLimited: (error) => pause(provider.id, error.retryAfterMs ?? rateLimitedPauseMs),
      });
    },
    async close() {
      closing.abort();
      await connection.close();
    },
  };
}
