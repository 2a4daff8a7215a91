import 'reflect-metadata';
import { inspect } from 'node:util';
import { Controller, Get, Inject, Module, type INestApplication, type ModuleMetadata } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TerminusModule } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { SmsError, type Balance, type CallOptions, type SmsProvider } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SmsModule } from '../index';
import { SmsHealthIndicator } from './index';
import { useTestingModules } from '../test-support/use-testing-modules';

const SECRET = 'sk-live-0123456789abcdef';
const { compile, track } = useTestingModules();

async function indicatorWith(metadata: ModuleMetadata): Promise<SmsHealthIndicator> {
  const moduleRef = await compile({
    ...metadata,
    imports: [TerminusModule.forRoot({ logger: false }), ...(metadata.imports ?? [])],
    providers: [SmsHealthIndicator],
  });
  return moduleRef.get(SmsHealthIndicator);
}

/** A provider whose balance call is replaced, for failures the memory provider cannot produce. */
function providerWithBalance(id: string, getBalance: (options?: CallOptions) => Promise<Balance>): SmsProvider {
  const memory = createMemoryProvider({ id });
  return { id, capabilities: memory.capabilities, send: memory.send, getBalance, close: memory.close };
}

describe('SmsHealthIndicator', () => {
  it('reports each provider up with its balance', async () => {
    const indicator = await indicatorWith({
      imports: [
        SmsModule.forRoot({
          providers: [
            createMemoryProvider({ id: 'ghasedak', balance: 5000 }),
            createMemoryProvider({ id: 'smspartner', balance: 100 }),
          ],
        }),
      ],
    });

    expect(await indicator.isHealthy('sms')).toEqual({
      sms: {
        status: 'up',
        providers: {
          ghasedak: { status: 'up', balance: 5000, currency: 'SMS' },
          smspartner: { status: 'up', balance: 100, currency: 'SMS' },
        },
      },
    });
  });

  it('reports a provider without a balance call as up with balance "unsupported"', async () => {
    const noBalance = createMemoryProvider({ id: 'no-balance', capabilities: { balance: false } });
    const indicator = await indicatorWith({ imports: [SmsModule.forRoot({ providers: [noBalance] })] });

    expect(await indicator.isHealthy('sms')).toEqual({
      sms: { status: 'up', providers: { 'no-balance': { status: 'up', balance: 'unsupported' } } },
    });
    expect(noBalance.calls).toEqual([]);
  });

  it('reports down, with the error code and message, when a balance call fails', async () => {
    const broken = createMemoryProvider({ id: 'broken' });
    broken.failWith(
      new SmsError('broken rejected the API key; check BROKEN_API_KEY.', {
        code: 'AUTHENTICATION',
        provider: 'broken',
      }),
    );
    const indicator = await indicatorWith({
      imports: [SmsModule.forRoot({ providers: [createMemoryProvider({ id: 'healthy' }), broken] })],
    });

    expect(await indicator.isHealthy('sms')).toEqual({
      sms: {
        status: 'down',
        providers: {
          healthy: { status: 'up', balance: 1_000_000, currency: 'SMS' },
          broken: {
            status: 'down',
            code: 'AUTHENTICATION',
            message: 'broken rejected the API key; check BROKEN_API_KEY.',
          },
        },
      },
    });
  });

  it('never puts a credential from an unexpected error, or the provider object, in the details', async () => {
    const leaky = providerWithBalance('leaky', async () => {
      throw new Error(`GET https://api.example.test/balance?apikey=${SECRET} failed`);
    });
    Object.assign(leaky, { apiKey: SECRET });
    const indicator = await indicatorWith({ imports: [SmsModule.forRoot({ providers: [leaky] })] });

    const result = await indicator.isHealthy('sms');

    expect(result).toEqual({
      sms: {
        status: 'down',
        providers: {
          leaky: {
            status: 'down',
            code: 'PROVIDER_ERROR',
            message: 'leaky failed the balance call with an unexpected Error.',
          },
        },
      },
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(inspect(result, { depth: 10 })).not.toContain(SECRET);
  });

  it('reports down with TIMEOUT when a balance call hangs, and aborts the call', async () => {
    let signal: AbortSignal | undefined;
    const hanging = providerWithBalance('hanging', (options) => {
      signal = options?.signal;
      return new Promise<Balance>(() => {});
    });
    const indicator = await indicatorWith({ imports: [SmsModule.forRoot({ providers: [hanging] })] });

    const result = await indicator.isHealthy('sms', { timeoutMs: 20 });

    expect(result).toEqual({
      sms: {
        status: 'down',
        providers: {
          hanging: {
            status: 'down',
            code: 'TIMEOUT',
            message: 'hanging did not answer the balance call within 20 ms.',
          },
        },
      },
    });
    expect(signal?.aborted).toBe(true);
  });

  it('with require "any", stays up while one provider of a failover setup is up', async () => {
    const broken = createMemoryProvider({ id: 'broken' });
    broken.failWith(new SmsError('broken is down.', { code: 'PROVIDER_ERROR', provider: 'broken' }));
    const indicator = await indicatorWith({
      imports: [SmsModule.forRoot({ providers: [broken, createMemoryProvider({ id: 'backup' })] })],
    });

    expect((await indicator.isHealthy('sms', { require: 'any' })).sms.status).toBe('up');
    expect((await indicator.isHealthy('sms')).sms.status).toBe('down');
  });

  it('reports down when every provider is down, even with require "any"', async () => {
    const broken = createMemoryProvider({ id: 'broken' });
    broken.failWith(new SmsError('broken is down.', { code: 'NETWORK', provider: 'broken' }));
    const indicator = await indicatorWith({ imports: [SmsModule.forRoot({ providers: [broken] })] });

    expect((await indicator.isHealthy('sms', { require: 'any' })).sms.status).toBe('down');
  });

  it('reports a provider down when its balance is under the minimum given for it', async () => {
    const indicator = await indicatorWith({
      imports: [
        SmsModule.forRoot({
          providers: [
            createMemoryProvider({ id: 'low', balance: 10 }),
            createMemoryProvider({ id: 'high', balance: 10 }),
          ],
        }),
      ],
    });

    expect(await indicator.isHealthy('credit', { minimumBalance: { low: 50, high: 5 } })).toEqual({
      credit: {
        status: 'down',
        providers: {
          low: {
            status: 'down',
            code: 'INSUFFICIENT_CREDIT',
            message: 'The balance 10 is below the minimum 50.',
            balance: 10,
            currency: 'SMS',
          },
          high: { status: 'up', balance: 10, currency: 'SMS' },
        },
      },
    });
  });

  it('checks a named client', async () => {
    const indicator = await indicatorWith({
      imports: [
        SmsModule.forRoot({ providers: [createMemoryProvider({ id: 'main' })] }),
        SmsModule.forRoot({ name: 'marketing', providers: [createMemoryProvider({ id: 'bulk', balance: 7 })] }),
      ],
    });

    expect(await indicator.isHealthy('marketing', { clientName: 'marketing' })).toEqual({
      marketing: { status: 'up', providers: { bulk: { status: 'up', balance: 7, currency: 'SMS' } } },
    });
  });

  it('finds a client registered in another, non-global module of the application', async () => {
    @Module({ imports: [SmsModule.forRoot({ providers: [createMemoryProvider({ id: 'elsewhere', balance: 3 })] })] })
    class NotificationsModule {}

    @Module({
      imports: [TerminusModule.forRoot({ logger: false })],
      providers: [SmsHealthIndicator],
      exports: [SmsHealthIndicator],
    })
    class HealthModule {}

    const moduleRef = await compile({ imports: [NotificationsModule, HealthModule] });

    expect(await moduleRef.get(SmsHealthIndicator).isHealthy('sms')).toEqual({
      sms: { status: 'up', providers: { elsewhere: { status: 'up', balance: 3, currency: 'SMS' } } },
    });
  });

  it('reports down with a hint when no client is registered under the name', async () => {
    const indicator = await indicatorWith({ imports: [SmsModule.forRoot({ providers: [createMemoryProvider()] })] });

    expect(await indicator.isHealthy('sms', { clientName: 'missing' })).toEqual({
      sms: {
        status: 'down',
        message:
          "No SMS client is registered under SMS_CLIENT:missing; import SmsModule.forRoot({ name: 'missing', ... }) where this indicator can see it.",
      },
    });
  });
});

describe('SmsHealthIndicator behind a terminus health endpoint', () => {
  @Controller('health')
  class HealthController {
    constructor(
      @Inject(HealthCheckService) private readonly health: HealthCheckService,
      @Inject(SmsHealthIndicator) private readonly sms: SmsHealthIndicator,
    ) {}

    @Get()
    @HealthCheck()
    check() {
      return this.health.check([() => this.sms.isHealthy('sms')]);
    }
  }

  async function startApp(providers: SmsProvider[]): Promise<INestApplication> {
    const moduleRef = await Test.createTestingModule({
      imports: [TerminusModule.forRoot({ logger: false }), SmsModule.forRoot({ providers })],
      controllers: [HealthController],
      providers: [SmsHealthIndicator],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    track(app);
    return app;
  }

  it('answers 200 when every provider is up', async () => {
    const app = await startApp([createMemoryProvider({ id: 'ghasedak', balance: 42 })]);

    const response = await request(app.getHttpServer()).get('/health').expect(200);

    expect(response.body).toEqual({
      status: 'ok',
      info: { sms: { status: 'up', providers: { ghasedak: { status: 'up', balance: 42, currency: 'SMS' } } } },
      error: {},
      details: { sms: { status: 'up', providers: { ghasedak: { status: 'up', balance: 42, currency: 'SMS' } } } },
    });
  });

  it('answers 503 without credentials when a provider is down', async () => {
    const leaky = providerWithBalance('leaky', async () => {
      throw new Error(`401 for apikey=${SECRET}`);
    });
    const app = await startApp([leaky]);

    const response = await request(app.getHttpServer()).get('/health').expect(503);

    expect(response.body.status).toBe('error');
    expect(response.body.error).toEqual({
      sms: {
        status: 'down',
        providers: {
          leaky: {
            status: 'down',
            code: 'PROVIDER_ERROR',
            message: 'leaky failed the balance call with an unexpected Error.',
          },
        },
      },
    });
    expect(response.text).not.toContain(SECRET);
  });
});
