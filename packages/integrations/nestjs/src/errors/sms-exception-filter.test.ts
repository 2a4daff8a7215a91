import 'reflect-metadata';
import {
  Controller,
  Get,
  Module,
  NotFoundException,
  Post,
  UseFilters,
  type ArgumentsHost,
  type INestApplication,
  type Type,
} from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { createSmsClient, SmsError } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { SMS_EXCEPTION_FILTER_OPTIONS, SmsExceptionFilter } from '../index';

const PROBLEM = 'application/problem+json; charset=utf-8';

@Controller('sms')
class FailingController {
  @Post('rate-limited')
  rateLimited() {
    throw new SmsError('memory is rate limiting this account.', {
      code: 'RATE_LIMITED',
      provider: 'memory',
      retryAfterMs: 1500,
    });
  }

  @Post('provider-error')
  async providerError() {
    throw new SmsError('memory answered HTTP 500: queue full.', {
      code: 'PROVIDER_ERROR',
      provider: 'memory',
      responseBody: { apiKey: 'sk-live-123456' },
    });
  }

  @Post('all-failed')
  async allFailed() {
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(new SmsError('first refused the key.', { code: 'AUTHENTICATION', provider: 'first' }));
    second.failWith(new SmsError('second has no credit.', { code: 'INSUFFICIENT_CREDIT', provider: 'second' }));
    await createSmsClient({ providers: [first, second] }).send({ to: '09121234567', text: 'x' });
  }

  @Get('missing')
  missing() {
    throw new NotFoundException('No such message');
  }

  @Get('broken')
  broken() {
    throw new RangeError('not an SMS problem');
  }
}

@UseFilters(SmsExceptionFilter)
@Controller('scoped')
class ScopedController {
  @Post()
  fail() {
    throw new SmsError('no credit.', { code: 'INSUFFICIENT_CREDIT', provider: 'memory' });
  }
}

let app: INestApplication | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A real application on a loopback port. */
async function start(
  module: Type<unknown>,
  configure?: (started: INestApplication) => void,
): Promise<INestApplication> {
  app = await NestFactory.create(module, { logger: false });
  configure?.(app);
  await app.listen(0, '127.0.0.1');
  return app;
}

describe('SmsExceptionFilter as APP_FILTER', () => {
  @Module({ controllers: [FailingController], providers: [{ provide: APP_FILTER, useClass: SmsExceptionFilter }] })
  class AppModule {}

  it('answers an SmsError as application/problem+json with its status and Retry-After', async () => {
    const response = await request((await start(AppModule)).getHttpServer()).post('/sms/rate-limited');

    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toBe(PROBLEM);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['retry-after']).toBe('2');
    expect(response.body).toEqual({
      type: 'urn:sms:error:rate-limited',
      title: 'Rate limited',
      status: 429,
      detail: 'memory is rate limiting this account.',
      code: 'RATE_LIMITED',
      provider: 'memory',
      outcome: 'not-sent',
      retryable: true,
      retryAfter: 2,
    });
  });

  it("keeps the server's own errors to a fixed sentence, without the provider's answer", async () => {
    const response = await request((await start(AppModule)).getHttpServer()).post('/sms/provider-error');

    expect(response.status).toBe(502);
    expect(response.body.detail).toBe(
      'The SMS provider answered with an error. The message may have gone out: check its status before sending it again.',
    );
    expect(response.text).not.toContain('sk-live-123456');
    expect(response.text).not.toContain('queue full');
  });

  it('lists the attempts of a failover that failed everywhere', async () => {
    const response = await request((await start(AppModule)).getHttpServer()).post('/sms/all-failed');

    expect(response.status).toBe(402);
    expect(response.body.attempts).toEqual([
      { provider: 'first', code: 'AUTHENTICATION', outcome: 'not-sent', retryable: false },
      { provider: 'second', code: 'INSUFFICIENT_CREDIT', outcome: 'not-sent', retryable: false },
    ]);
  });

  it("leaves Nest's own exceptions and unknown errors to Nest", async () => {
    const server = (await start(AppModule)).getHttpServer();

    const missing = await request(server).get('/sms/missing');
    const broken = await request(server).get('/sms/broken');

    expect([missing.status, missing.headers['content-type'], missing.body]).toEqual([
      404,
      'application/json; charset=utf-8',
      { statusCode: 404, message: 'No such message', error: 'Not Found' },
    ]);
    expect([broken.status, broken.body]).toEqual([500, { statusCode: 500, message: 'Internal server error' }]);
  });
});

describe('SmsExceptionFilter options', () => {
  it('reads them from SMS_EXCEPTION_FILTER_OPTIONS', async () => {
    @Module({
      controllers: [FailingController],
      providers: [
        {
          provide: SMS_EXCEPTION_FILTER_OPTIONS,
          useValue: {
            exposeErrorMessages: true,
            problemType: (code: string) => `https://example.com/problems/${code}`,
          },
        },
        { provide: APP_FILTER, useClass: SmsExceptionFilter },
      ],
    })
    class AppModule {}

    const response = await request((await start(AppModule)).getHttpServer()).post('/sms/provider-error');

    expect(response.status).toBe(502);
    expect(response.body).toMatchObject({
      type: 'https://example.com/problems/PROVIDER_ERROR',
      detail: 'memory answered HTTP 500: queue full.',
    });
  });

  it('works created with new and the HTTP adapter, as a global filter', async () => {
    @Module({ controllers: [FailingController] })
    class AppModule {}

    const started = await start(AppModule, (created) =>
      created.useGlobalFilters(
        new SmsExceptionFilter({ httpAdapter: created.getHttpAdapter(), exposeErrorMessages: true }),
      ),
    );
    const response = await request(started.getHttpServer()).post('/sms/provider-error');
    const missing = await request(started.getHttpServer()).get('/sms/missing');

    expect([response.status, response.headers['content-type'], response.body.detail]).toEqual([
      502,
      PROBLEM,
      'memory answered HTTP 500: queue full.',
    ]);
    expect(missing.status).toBe(404);
  });

  it('works on one controller with @UseFilters', async () => {
    @Module({ controllers: [ScopedController] })
    class AppModule {}

    const response = await request((await start(AppModule)).getHttpServer()).post('/scoped');

    expect([response.status, response.headers['content-type'], response.body.code]).toEqual([
      402,
      PROBLEM,
      'INSUFFICIENT_CREDIT',
    ]);
  });

  it('says how to register it when it has no HTTP adapter to answer with', () => {
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getResponse: () => ({}) }),
    } as unknown as ArgumentsHost;

    expect(() => new SmsExceptionFilter().catch(new SmsError('x', { code: 'RATE_LIMITED' }), host)).toThrow(
      /APP_FILTER.*httpAdapter: app.getHttpAdapter\(\)/,
    );
  });
});
