// A user's Nest application, compiled the ways users compile it (CommonJS with `moduleResolution: node`, as
// Nest 10 projects do, and ESM with `node16`) against @sms/nestjs and @sms/core installed from their packed
// tarballs, then run. scripts/check-consumers.mjs drives it; see there.
import 'reflect-metadata';
import assert from 'node:assert/strict';
import { Controller, Get, Injectable, Module, Post } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { HealthCheckService, TerminusModule } from '@nestjs/terminus';
import { SmsError, type SendResult } from '@sms/core';
import { createMemoryProvider } from '@sms/core/memory';
// Type-only: the runtime of `/testing` needs vitest, which this application does not install.
import type { ProviderConformanceOptions } from '@sms/core/testing';
import {
  InjectSms,
  SmsClient,
  SmsExceptionFilter,
  SmsModule,
  SmsWebhookModule,
  type SmsWebhookContext,
} from '@sms/nestjs';
import { InjectSmsQueue, SmsQueueModule, type SmsQueue } from '@sms/nestjs/queue';
import { SmsHealthIndicator } from '@sms/nestjs/terminus';
import { SmsRecorder, SmsTestingModule } from '@sms/nestjs/testing';
import { startRedisServer } from '@sms/queue/testing';

const label = process.argv[2] ?? 'consumer';
const TO = '+989121234567';

@Injectable()
class OtpService {
  // Injected by its class: needs the `design:paramtypes` that emitDecoratorMetadata writes.
  constructor(private readonly sms: SmsClient) {}

  sendCode(code: string): Promise<SendResult> {
    return this.sms.send({ to: TO, text: `Your code is ${code}` });
  }
}

@Injectable()
class CampaignService {
  constructor(@InjectSms('marketing') private readonly marketing: SmsClient) {}

  announce(): Promise<SendResult> {
    return this.marketing.send({ to: TO, text: 'Sale starts today' });
  }
}

@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly sms: SmsHealthIndicator,
  ) {}

  @Get()
  check() {
    return this.health.check([() => this.sms.isHealthy('sms')]);
  }
}

const mainProvider = createMemoryProvider({ id: 'main' });
const bulkProvider = createMemoryProvider({ id: 'bulk' });

@Module({
  imports: [
    TerminusModule,
    SmsModule.forRoot({ providers: [mainProvider] }),
    SmsModule.forRootAsync({ name: 'marketing', useFactory: async () => ({ providers: [bulkProvider] }) }),
  ],
  controllers: [HealthController],
  providers: [OtpService, CampaignService, SmsHealthIndicator],
})
class AppModule {}

@Module({ imports: [SmsTestingModule.forRoot()], providers: [OtpService] })
class TestAppModule {}

@Controller('sms')
class RateLimitedController {
  @Post()
  send(): never {
    throw new SmsError('main is rate limiting.', { code: 'RATE_LIMITED', provider: 'main', retryAfterMs: 2000 });
  }
}

const WEBHOOK_SECRET = 'consumer-webhook-secret-0123456789';
const receipts: string[] = [];

/** An HTTP application (@nestjs/platform-express): the exception filter and the webhook controller. */
@Module({
  imports: [
    SmsWebhookModule.forRoot({
      webhooks: [
        {
          provider: createMemoryProvider({ id: 'main' }),
          secret: WEBHOOK_SECRET,
          onDeliveryReport: (report, context: SmsWebhookContext) =>
            void receipts.push(`${report.id} ${report.status} via ${context.request.method}`),
          onInbound: () => undefined,
        },
      ],
    }),
  ],
  controllers: [RateLimitedController],
  providers: [{ provide: APP_FILTER, useClass: SmsExceptionFilter }],
})
class HttpAppModule {}

/** A queue and its worker (@sms/nestjs/queue, @sms/queue, bullmq) on a redis-server the check starts. */
const redis = { url: '' };
const queuedProvider = createMemoryProvider({ id: 'queued' });

@Injectable()
class QueuedOtpService {
  constructor(@InjectSmsQueue() readonly queue: SmsQueue) {}
}

@Module({
  imports: [
    SmsModule.forRoot({ providers: [queuedProvider] }),
    SmsQueueModule.forRootAsync({ useFactory: () => ({ connection: redis.url, prefix: label, worker: {} }) }),
  ],
  providers: [QueuedOtpService],
})
class QueueAppModule {}

async function checkQueue(): Promise<void> {
  const server = await startRedisServer();
  try {
    redis.url = server.url;
    const app = await NestFactory.createApplicationContext(QueueAppModule, { logger: false, abortOnError: false });
    const queue = app.get(QueuedOtpService).queue;
    const { jobId } = await queue.send({ to: TO, text: 'Queued code 7345' });
    while ((await queue.status(jobId))?.state !== 'sent') await new Promise((resolve) => setTimeout(resolve, 20));
    await app.close();
    assert.deepEqual(
      queuedProvider.messages.map((message) => message.text),
      ['Queued code 7345'],
    );
  } finally {
    await server.stop();
  }
}

const conformance: Pick<ProviderConformanceOptions, 'name'> = { name: 'typed through @sms/core/testing' };

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false, abortOnError: false });
  const sent = await app.get(OtpService).sendCode('4821');
  await app.get(CampaignService).announce();
  assert.equal(sent.provider, 'main');
  assert.deepEqual(
    mainProvider.messages.map((message) => message.text),
    ['Your code is 4821'],
  );
  assert.deepEqual(
    bulkProvider.messages.map((message) => message.text),
    ['Sale starts today'],
  );
  const health = await app.get(HealthController).check();
  assert.equal(health.status, 'ok');
  assert.deepEqual(health.details['sms'], {
    status: 'up',
    providers: { main: { status: 'up', balance: 999_999, currency: 'SMS' } },
  });
  await app.close();
  assert.equal(mainProvider.closed, true);
  assert.equal(bulkProvider.closed, true);

  const testApp = await NestFactory.createApplicationContext(TestAppModule, { logger: false, abortOnError: false });
  await testApp.get(OtpService).sendCode('1234');
  assert.deepEqual(
    testApp.get(SmsRecorder).messages.map((message) => message.text),
    ['Your code is 1234'],
  );
  await testApp.close();

  const httpApp = await NestFactory.create(HttpAppModule, { logger: false, abortOnError: false });
  try {
    await httpApp.listen(0, '127.0.0.1');
    const url = await httpApp.getUrl();
    const refused = await fetch(`${url}/sms`, { method: 'POST' });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(refused.headers.get('retry-after'), '2');
    assert.deepEqual(await refused.json(), {
      type: 'urn:sms:error:rate-limited',
      title: 'Rate limited',
      status: 429,
      detail: 'main is rate limiting.',
      code: 'RATE_LIMITED',
      provider: 'main',
      outcome: 'not-sent',
      retryable: true,
      retryAfter: 2,
    });
    const receipt = await fetch(`${url}/webhooks/main/${WEBHOOK_SECRET}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'main-9', status: 'delivered' }),
    });
    assert.deepEqual([receipt.status, await receipt.json()], [200, { received: 1 }]);
    assert.deepEqual(receipts, ['main-9 delivered via POST']);
  } finally {
    await httpApp.close();
  }

  await checkQueue();

  process.stdout.write(
    `${label}: SmsModule, @InjectSms, SmsHealthIndicator, SmsTestingModule, SmsExceptionFilter, SmsWebhookModule and SmsQueueModule work (${conformance.name})\n`,
  );
}

main().catch((error: unknown) => {
  process.exitCode = 1;
  process.stderr.write(`${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  // What a failed step left open (a half-started application, a connection) must not hold the check until
  // its time limit; unref'd, this timer never delays an exit that happens anyway.
  setTimeout(() => process.exit(1), 5000).unref();
});
