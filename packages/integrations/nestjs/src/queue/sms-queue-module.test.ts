import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createConnection } from 'node:net';
import { Injectable, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { SmsError, createSmsClient } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
import { createSmsQueue, type SmsJobStatus, type SmsQueue } from '@sms/queue';
import { startRedisServer, type RedisServer } from '@sms/queue/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsModule } from '../index';
import { createGatedProvider } from '../test-support/gated-provider';
import { useTestingModules } from '../test-support/use-testing-modules';
import {
  InjectSmsQueue,
  SMS_QUEUE,
  SMS_QUEUE_MODULE_OPTIONS,
  SmsQueueModule,
  getSmsQueueToken,
  type SmsQueueModuleOptions,
  type SmsQueueOptionsFactory,
} from './index';

const { compile } = useTestingModules();
const TO = '+989121234567';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.stop();
});

const uniqueName = () => `sms-${randomUUID()}`;

async function waitUntilSettled(queue: SmsQueue, jobId: string): Promise<SmsJobStatus> {
  for (;;) {
    const status = await queue.status(jobId);
    if (status !== undefined && ['sent', 'failed', 'unknown'].includes(status.state)) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The connections redis-server has open, this one included. */
function redisClientCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port: redis.port });
    let answer = '';
    socket.once('error', reject);
    socket.once('connect', () => socket.write('CLIENT LIST\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      const [header = '', ...rest] = answer.split('\r\n');
      const body = rest.join('\r\n');
      if (!header.startsWith('$') || body.length < Number(header.slice(1))) return;
      socket.destroy();
      resolve(body.split('\n').filter((line) => line.startsWith('id=')).length);
    });
  });
}

/** Until redis-server has exactly `count` connections besides the one asking (a leak makes the test time out). */
async function waitForOtherClients(count: number): Promise<void> {
  while ((await redisClientCount()) - 1 !== count) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('SmsQueueModule.forRoot', () => {
  it('provides a working queue under SMS_QUEUE, injected with @InjectSmsQueue()', async () => {
    @Injectable()
    class Notifier {
      constructor(@InjectSmsQueue() readonly queue: SmsQueue) {}
    }

    const name = uniqueName();
    const moduleRef = await compile({
      imports: [SmsQueueModule.forRoot({ connection: redis.url, prefix: name })],
      providers: [Notifier],
    });

    const queue = moduleRef.get(Notifier).queue;
    expect(moduleRef.get(SMS_QUEUE)).toBe(queue);
    expect(getSmsQueueToken()).toBe('SMS_QUEUE');
    expect(queue.queue.name).toBe('sms');
    const enqueued = await queue.send({ to: TO, text: 'Queued' }, { idempotencyKey: 'order:1' });
    expect(enqueued).toMatchObject({ state: 'queued', created: true });
    expect(await queue.status('order:1')).toMatchObject({ state: 'queued', jobId: enqueued.jobId });
    expect(await queue.send({ to: TO, text: 'Queued' }, { idempotencyKey: 'order:1' })).toMatchObject({
      created: false,
    });
  });

  it('registers several named queues side by side, each its BullMQ queue and token', async () => {
    @Injectable()
    class Notifier {
      constructor(
        @InjectSmsQueue('otp') readonly otp: SmsQueue,
        @InjectSmsQueue('marketing') readonly marketing: SmsQueue,
      ) {}
    }

    const prefix = uniqueName();
    const moduleRef = await compile({
      imports: [
        SmsQueueModule.forRoot({ name: 'otp', connection: redis.url, prefix }),
        SmsQueueModule.forRootAsync({ name: 'marketing', useFactory: () => ({ connection: redis.url, prefix }) }),
      ],
      providers: [Notifier],
    });

    const { otp, marketing } = moduleRef.get(Notifier);
    expect(moduleRef.get(getSmsQueueToken('otp'))).toBe(otp);
    expect(getSmsQueueToken('otp')).toBe('SMS_QUEUE:otp');
    expect([otp.queue.name, marketing.queue.name]).toEqual(['otp', 'marketing']);
    const { jobId } = await otp.send({ to: TO, text: 'Code 1234' });
    expect(await otp.status(jobId)).toMatchObject({ state: 'queued' });
    expect(await marketing.status(jobId)).toBeUndefined();
    expect(() => moduleRef.get(SMS_QUEUE)).toThrow();
  });

  it('closes the queue when the application closes', async () => {
    await waitForOtherClients(0);
    const moduleRef = await compile({
      imports: [SmsQueueModule.forRoot({ connection: redis.url, prefix: uniqueName() })],
    });
    const queue = moduleRef.get<SmsQueue>(SMS_QUEUE);
    await queue.send({ to: TO, text: 'Hello' });
    expect(await redisClientCount()).toBeGreaterThan(1);

    await moduleRef.close();

    await waitForOtherClients(0);
    await expect(queue.send({ to: TO, text: 'After close' })).rejects.toThrow(/closed/i);
  });
});

describe('SmsQueueModule.forRootAsync', () => {
  it('builds the options with useFactory and inject from ConfigService', async () => {
    const prefix = uniqueName();
    const moduleRef = await compile({
      imports: [
        SmsQueueModule.forRootAsync({
          imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ REDIS_URL: redis.url })] })],
          inject: [ConfigService],
          useFactory: (config: ConfigService): SmsQueueModuleOptions => ({
            connection: config.getOrThrow('REDIS_URL'),
            prefix,
            retention: { ageSeconds: 60 },
          }),
        }),
      ],
    });

    expect(moduleRef.get(SMS_QUEUE_MODULE_OPTIONS)).toEqual({
      connection: redis.url,
      prefix,
      retention: { ageSeconds: 60 },
    });
    const queue = moduleRef.get<SmsQueue>(SMS_QUEUE);
    const { jobId } = await queue.send({ to: TO, text: 'From config' });
    expect(await queue.status(jobId)).toMatchObject({ state: 'queued' });
    expect(Object.keys(await queue.queue.getJobCounts())).toContain('waiting');
    expect(await queue.queue.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });
});

describe('SmsQueueModule registration', () => {
  it('builds the options with useClass (createSmsQueueOptions)', async () => {
    const prefix = uniqueName();

    @Injectable()
    class QueueConfig implements SmsQueueOptionsFactory {
      createSmsQueueOptions(): SmsQueueModuleOptions {
        return { connection: redis.url, prefix };
      }
    }

    const moduleRef = await compile({ imports: [SmsQueueModule.forRootAsync({ useClass: QueueConfig })] });

    expect(moduleRef.get(SMS_QUEUE_MODULE_OPTIONS)).toEqual({ connection: redis.url, prefix });
    const { state } = await moduleRef.get<SmsQueue>(SMS_QUEUE).send({ to: TO, text: 'From a class' });
    expect(state).toBe('queued');
  });

  it('with isGlobal, makes the queue visible to modules that do not import SmsQueueModule', async () => {
    @Injectable()
    class Notifier {
      constructor(@InjectSmsQueue('otp') readonly queue: SmsQueue) {}
    }

    @Module({ providers: [Notifier], exports: [Notifier] })
    class FeatureModule {}

    const moduleRef = await compile({
      imports: [
        SmsQueueModule.forRoot({ name: 'otp', isGlobal: true, connection: redis.url, prefix: uniqueName() }),
        FeatureModule,
      ],
    });

    expect(moduleRef.get(Notifier).queue).toBe(moduleRef.get(getSmsQueueToken('otp')));
  });
});

describe('SmsQueueModule with a worker', () => {
  it('sends what the injected queue enqueues through the client of SmsModule', async () => {
    const memory = createMemoryProvider();
    const moduleRef = await compile({
      imports: [
        SmsModule.forRoot({ providers: [memory] }),
        SmsQueueModule.forRoot({ connection: redis.url, prefix: uniqueName(), worker: { concurrency: 2 } }),
      ],
    });
    await moduleRef.init();
    const queue = moduleRef.get<SmsQueue>(SMS_QUEUE);

    const { jobId } = await queue.send({ to: '09121234567', text: 'Your code is 4821' });
    const status = await waitUntilSettled(queue, jobId);

    expect(status).toMatchObject({ state: 'sent', result: { provider: 'memory' } });
    expect(memory.messages.map((message) => [message.to, message.text])).toEqual([[TO, 'Your code is 4821']]);
  });

  it('uses the named client of worker.clientName, or the client given as worker.client', async () => {
    const main = createMemoryProvider({ id: 'main' });
    const bulk = createMemoryProvider({ id: 'bulk' });
    const explicit = createMemoryProvider({ id: 'explicit' });
    const explicitClient = createSmsClient({ providers: explicit });
    const prefix = uniqueName();
    const moduleRef = await compile({
      imports: [
        SmsModule.forRoot({ providers: [main] }),
        SmsModule.forRoot({ name: 'marketing', providers: [bulk] }),
        SmsQueueModule.forRoot({
          name: 'marketing',
          connection: redis.url,
          prefix,
          worker: { clientName: 'marketing' },
        }),
        SmsQueueModule.forRoot({ name: 'own', connection: redis.url, prefix, worker: { client: explicitClient } }),
      ],
    });
    await moduleRef.init();

    const marketing = moduleRef.get<SmsQueue>(getSmsQueueToken('marketing'));
    const own = moduleRef.get<SmsQueue>(getSmsQueueToken('own'));
    const sale = await marketing.send({ to: TO, text: 'Sale' });
    const receipt = await own.send({ to: TO, text: 'Receipt' });
    expect((await waitUntilSettled(marketing, sale.jobId)).state).toBe('sent');
    expect((await waitUntilSettled(own, receipt.jobId)).state).toBe('sent');

    expect(bulk.messages.map((message) => message.text)).toEqual(['Sale']);
    expect(explicit.messages.map((message) => message.text)).toEqual(['Receipt']);
    expect(main.messages).toEqual([]);
    await moduleRef.close();
    // The module never closes a client: SmsModule closes its own, and the explicit one is its owner's.
    expect([main.closed, bulk.closed, explicit.closed]).toEqual([true, true, false]);
    await explicitClient.close();
  });

  it('on close, lets the send in flight finish before the client closes, then closes worker and queue', async () => {
    await waitForOtherClients(0);
    const gated = createGatedProvider();
    const prefix = uniqueName();
    const moduleRef = await compile({
      imports: [
        SmsModule.forRoot({ providers: [gated.provider] }),
        SmsQueueModule.forRoot({ connection: redis.url, prefix, worker: {} }),
      ],
    });
    await moduleRef.init();
    const queue = moduleRef.get<SmsQueue>(SMS_QUEUE);
    const { jobId } = await queue.send({ to: TO, text: 'In flight' });
    await gated.entered;

    const closing = moduleRef.close().then(() => gated.events.push('application closed'));
    // The gate opens well after close() started: a close that did not wait for the send would be over by then.
    setTimeout(() => gated.open(), 200);
    await closing;

    expect(gated.events).toEqual(['answered', 'closed', 'application closed']);
    expect(gated.memory.messages.map((message) => message.text)).toEqual(['In flight']);
    // Neither the worker's connections nor the queue's are left open.
    await waitForOtherClients(0);
    const reader = createSmsQueue({ connection: redis.url, prefix });
    try {
      expect(await reader.status(jobId)).toMatchObject({ state: 'sent' });
    } finally {
      await reader.close();
    }
  });
});

describe('SmsQueueModule options', () => {
  it('rejects a connection that is not a Redis URL with INVALID_INPUT at startup', async () => {
    const error = await rejection(
      compile({ imports: [SmsQueueModule.forRoot({ connection: 'http://user:secret@cache:6379' })] }),
    );
    expect(SmsError.isInstance(error) && error.code === 'INVALID_INPUT').toBe(true);
    expect((error as Error).message).not.toContain('secret');
  });

  it('rejects options that are not an object, and a worker that is not one, with INVALID_INPUT', async () => {
    for (const options of [
      undefined,
      { connection: redis.url, worker: [] },
      { connection: redis.url, worker: { client: {} } },
      { connection: redis.url, worker: { clientName: '' } },
    ]) {
      const error = await rejection(
        compile({ imports: [SmsQueueModule.forRootAsync({ useFactory: () => options as never })] }),
      );
      expect(SmsError.isInstance(error) && error.code === 'INVALID_INPUT').toBe(true);
    }
    expect(() => SmsQueueModule.forRoot({ name: ' ', connection: redis.url })).toThrow(SmsError);
  });

  it('fails to start with INVALID_INPUT when the worker has no client, or bad worker settings, leaving nothing open', async () => {
    await waitForOtherClients(0);
    // Not tracked: Nest's close() of an application whose init failed rethrows that error.
    const noClient = await Test.createTestingModule({
      imports: [SmsQueueModule.forRoot({ connection: redis.url, prefix: uniqueName(), worker: {} })],
    }).compile();
    const missing = await rejection(noClient.init());
    expect(SmsError.isInstance(missing) && missing.code === 'INVALID_INPUT').toBe(true);
    expect((missing as Error).message).toContain('none is registered under SMS_CLIENT');

    const memory = createMemoryProvider();
    const badAttempts = await Test.createTestingModule({
      imports: [
        SmsModule.forRoot({ providers: [memory] }),
        SmsQueueModule.forRoot({ connection: redis.url, prefix: uniqueName(), worker: { attempts: 0 } }),
      ],
    }).compile();
    const attempts = await rejection(badAttempts.init());
    expect(SmsError.isInstance(attempts) && attempts.code === 'INVALID_INPUT').toBe(true);
    await memory.close();

    await waitForOtherClients(0);
  });
});
