import { SmsError, type SmsProvider } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { RedisConnection } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../test-support/start-redis-server';
import { createSharedRateLimits } from './create-shared-rate-limits';
import type { SharedRateLimitsOptions } from './shared-rate-limit-types';

let redis: RedisServer;
// A connection of the test's own, to read Redis's clock and the limiter's keys.
let probe: RedisConnection;
beforeAll(async () => {
  redis = await startRedisServer();
  probe = new RedisConnection({ host: '127.0.0.1', port: redis.port });
});
afterAll(async () => {
  await probe?.close();
  await redis?.stop();
});

let prefixes = 0;
const freshPrefix = () => `test-${(prefixes += 1)}`;

/** Redis's clock in microseconds: the limiter's only clock. */
async function redisMicroseconds(): Promise<number> {
  const client = (await probe.client) as unknown as { time(): Promise<[string, string]> };
  const [seconds, microseconds] = await client.time();
  return Number(seconds) * 1_000_000 + Number(microseconds);
}

async function readKey(key: string): Promise<string | null> {
  return (await probe.client).get(key);
}

async function waitForKey(key: string, differentFrom: string | null): Promise<string | null> {
  for (;;) {
    const value = await readKey(key);
    if (value !== differentFrom) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function limitsFor(options: Partial<SharedRateLimitsOptions> & Pick<SharedRateLimitsOptions, 'limits'>) {
  return createSharedRateLimits({ connection: redis.url, prefix: freshPrefix(), ...options });
}

describe('createSharedRateLimits', () => {
  it('spaces acquires at 1/R, as Redis TIME sees them, across two instances', async () => {
    const prefix = freshPrefix();
    const options = { connection: redis.url, prefix, limits: { memory: { requestsPerSecond: 20 } } };
    const first = createSharedRateLimits(options);
    const second = createSharedRateLimits(options);
    try {
      const before = await redisMicroseconds();
      const goTimes = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          (index % 2 === 0 ? first : second).acquire('memory', { requests: 1 }).then(redisMicroseconds),
        ),
      );
      goTimes.sort((left, right) => left - right);
      // The k-th call to go cannot have gone before its slot, k intervals of 50 ms after the start.
      goTimes.forEach((time, index) => expect(time - before).toBeGreaterThanOrEqual(index * 50_000));
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('reserves requests and recipients of a chunked send: ceil(recipients / maxRecipientsPerRequest) requests', async () => {
    const prefix = freshPrefix();
    const limits = createSharedRateLimits({
      connection: redis.url,
      prefix,
      limits: { memory: { requestsPerSecond: 10, burst: 5, recipientsPerSecond: 1000 } },
    });
    const memory = createMemoryProvider();
    const small: SmsProvider = {
      ...memory,
      id: 'memory',
      capabilities: { ...memory.capabilities, maxRecipientsPerRequest: 100 },
      send: (message, options) => memory.send(message, options),
      close: () => memory.close(),
    };
    try {
      const provider = limits.wrap(small);
      const before = await redisMicroseconds();
      const to = Array.from({ length: 250 }, (_, index) => `+98912${String(1_000_000 + index)}`);
      await provider.send({ to, text: 'many' });
      const after = await redisMicroseconds();
      const requests = Number(await readKey(`${prefix}:{memory}:requests`));
      const recipients = Number(await readKey(`${prefix}:{memory}:recipients`));
      // 3 requests at 100 ms and 250 recipients at 1 ms each were reserved from the moment of the call.
      expect(requests).toBeGreaterThanOrEqual(before + 300_000);
      expect(requests).toBeLessThanOrEqual(after + 300_000);
      expect(recipients).toBeGreaterThanOrEqual(before + 250_000);
      expect(recipients).toBeLessThanOrEqual(after + 250_000);
      expect(memory.messages).toHaveLength(250);
    } finally {
      await limits.close();
    }
  });

  it('a RATE_LIMITED answer pauses the provider for another instance on another connection', async () => {
    const prefix = freshPrefix();
    const options = { connection: redis.url, prefix, limits: { memory: { requestsPerSecond: 100, burst: 10 } } };
    const first = createSharedRateLimits(options);
    const second = createSharedRateLimits(options);
    const memory = createMemoryProvider();
    memory.failWith(
      new SmsError('Too many requests', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 1500 }),
      1,
    );
    try {
      const before = await redisMicroseconds();
      const error = await first
        .wrap(memory)
        .send({ to: '+989121234567', text: 'refused' })
        .catch((thrown: unknown) => thrown);
      // The provider's own error reaches the caller unchanged.
      expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 1500 });
      const secondProvider = second.wrap(memory);
      await secondProvider.send({ to: '+989121234567', text: 'after the pause' });
      expect((await redisMicroseconds()) - before).toBeGreaterThanOrEqual(1_500_000);
      expect(memory.messages).toHaveLength(1);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('an abort while waiting rejects with ABORTED (not sent) and gives its place back', async () => {
    const prefix = freshPrefix();
    const limits = createSharedRateLimits({
      connection: redis.url,
      prefix,
      limits: { memory: { requestsPerSecond: 1 } },
    });
    const key = `${prefix}:{memory}:requests`;
    const memory = createMemoryProvider();
    try {
      const provider = limits.wrap(memory);
      await provider.send({ to: '+989121234567', text: 'first' });
      const afterFirst = await readKey(key);
      const controller = new AbortController();
      const waiting = provider
        .send({ to: '+989121234568', text: 'second' }, { signal: controller.signal })
        .catch((thrown: unknown) => thrown);
      // Its place is reserved (one second later), then it is abandoned.
      expect(Number(await waitForKey(key, afterFirst))).toBe(Number(afterFirst) + 1_000_000);
      controller.abort();
      const error = await waiting;
      expect(SmsError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'ABORTED', outcome: 'not-sent', retryable: false, provider: 'memory' });
      expect(Number(await readKey(key))).toBe(Number(afterFirst));
      expect(memory.messages).toHaveLength(1);
    } finally {
      await limits.close();
    }
  });

  it('close() rejects the calls still waiting with ABORTED', async () => {
    const limits = limitsFor({ limits: { memory: { requestsPerSecond: 0.1 } } });
    await limits.acquire('memory', { requests: 1 });
    const waiting = limits.acquire('memory', { requests: 1 }).catch((thrown: unknown) => thrown);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await limits.close();
    expect(await waiting).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
  });

  it('forwards everything else of the provider: id, capabilities, native and unlimited methods', async () => {
    const limits = limitsFor({ limits: { custom: { requestsPerSecond: 50 } } });
    const memory = createMemoryProvider();
    const provider = {
      ...memory,
      id: 'custom',
      native: { ping: () => 'pong' },
      close: () => memory.close(),
    };
    try {
      const wrapped = limits.wrap(provider);
      expect(wrapped.id).toBe('custom');
      expect(wrapped.capabilities).toBe(memory.capabilities);
      expect(wrapped.native.ping()).toBe('pong');
      expect(typeof wrapped.sendBatch).toBe('function');
      expect(wrapped.listInbound).toBeDefined();
      expect((await wrapped.getBalance!()).amount).toBeGreaterThan(0);
      // A frozen provider too.
      const frozen = limits.wrap(Object.freeze({ ...provider }));
      expect(frozen.native.ping()).toBe('pong');
      await frozen.send({ to: '+989121234567', text: 'frozen' });
      expect(memory.messages).toHaveLength(1);
    } finally {
      await limits.close();
    }
  });

  it('refuses bad settings with INVALID_INPUT, and a provider without a limit', async () => {
    const bad = [
      { limits: {} },
      { limits: { ghasedak: { requestsPerSecond: 0 } } },
      { limits: { ghasedak: { requestsPerSecond: 5, burst: 1.5 } } },
      { limits: { ghasedak: { requestsPerSecond: 5, recipientsPerSecond: -1 } } },
      { limits: { ghasedak: null } },
      { limits: { ghasedak: { requestsPerSecond: 5 } }, prefix: '' },
    ];
    for (const options of bad)
      expect(() => createSharedRateLimits({ connection: redis.url, ...options } as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    const limits = limitsFor({ limits: { ghasedak: { requestsPerSecond: 5 } } });
    try {
      expect(() => limits.wrap(createMemoryProvider())).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
      await expect(limits.acquire('ghasedak', { requests: -1 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    } finally {
      await limits.close();
    }
  });
});
