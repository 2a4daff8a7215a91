// Boots Nest applications from a built copy of @sms/nestjs the way a user's compiled code would, so the
// published files (not the sources the tests use) are proven to work. Shared by the ESM and CJS checks.
'use strict';
const assert = require('node:assert/strict');

/**
 * @param {object} packages the built entries and their peers, loaded by the caller in its module format
 */
async function runScenario({
  label,
  common,
  core,
  terminus,
  nestjs,
  nestjsTesting,
  nestjsTerminus,
  createMemoryProvider,
  SmsError,
}) {
  const { Injectable, Module, Controller, Get, Inject, Post } = common;

  // What `constructor(private readonly sms: SmsClient)` compiles to with emitDecoratorMetadata.
  class Greeter {
    constructor(sms) {
      this.sms = sms;
    }
  }
  Reflect.defineMetadata('design:paramtypes', [nestjs.SmsClient], Greeter);
  Injectable()(Greeter);

  class Campaign {
    constructor(sms) {
      this.sms = sms;
    }
  }
  nestjs.InjectSms('marketing')(Campaign, undefined, 0);
  Injectable()(Campaign);

  class HealthController {
    constructor(health, sms) {
      this.health = health;
      this.sms = sms;
    }
    check() {
      return this.health.check([() => this.sms.isHealthy('sms')]);
    }
  }
  Inject(terminus.HealthCheckService)(HealthController, undefined, 0);
  Inject(nestjsTerminus.SmsHealthIndicator)(HealthController, undefined, 1);
  Reflect.decorate(
    [Get()],
    HealthController.prototype,
    'check',
    Object.getOwnPropertyDescriptor(HealthController.prototype, 'check'),
  );
  Controller('health')(HealthController);

  // SmsModule: default and named clients, class token, decorator, health indicator, shutdown.
  const main = createMemoryProvider({ id: 'main' });
  const bulk = createMemoryProvider({ id: 'bulk' });
  class AppModule {}
  Module({
    imports: [
      terminus.TerminusModule.forRoot({ logger: false, abortOnError: false }),
      nestjs.SmsModule.forRoot({ providers: [main] }),
      nestjs.SmsModule.forRootAsync({ name: 'marketing', useFactory: async () => ({ providers: [bulk] }) }),
    ],
    controllers: [HealthController],
    providers: [Greeter, Campaign, nestjsTerminus.SmsHealthIndicator],
  })(AppModule);

  const app = await core.NestFactory.createApplicationContext(AppModule, { logger: false, abortOnError: false });
  await app.get(Greeter).sms.send({ to: '09121234567', text: 'default' });
  await app.get(Campaign).sms.send({ to: '09121234567', text: 'marketing' });
  assert.deepEqual(
    main.messages.map((message) => message.text),
    ['default'],
  );
  assert.deepEqual(
    bulk.messages.map((message) => message.text),
    ['marketing'],
  );
  assert.equal(app.get(nestjs.SmsClient), app.get(nestjs.getSmsClientToken()));
  const health = await app.get(HealthController).check();
  assert.equal(health.status, 'ok');
  assert.deepEqual(health.details.sms.providers.main, { status: 'up', balance: 999_999, currency: 'SMS' });
  await app.close();
  assert.equal(main.closed, true);
  assert.equal(bulk.closed, true);

  // SmsTestingModule must provide the very SmsClient class the main entry exports.
  class TestAppModule {}
  Module({ imports: [nestjsTesting.SmsTestingModule.forRoot()], providers: [Greeter] })(TestAppModule);
  const testApp = await core.NestFactory.createApplicationContext(TestAppModule, {
    logger: false,
    abortOnError: false,
  });
  await testApp.get(Greeter).sms.send({ to: '09121234567', text: 'recorded' });
  assert.deepEqual(
    testApp.get(nestjsTesting.SmsRecorder).messages.map((message) => message.text),
    ['recorded'],
  );
  await testApp.close();
  assert.equal(testApp.get(nestjsTesting.SmsRecorder).closed, true);

  // SmsExceptionFilter and SmsWebhookModule on a real HTTP application (@nestjs/platform-express).
  class FailingController {
    send() {
      throw new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 2_000 });
    }
  }
  Reflect.decorate(
    [Post()],
    FailingController.prototype,
    'send',
    Object.getOwnPropertyDescriptor(FailingController.prototype, 'send'),
  );
  Controller('sms')(FailingController);
  const secret = 'dist-webhook-secret-0123456789';
  const receipts = [];
  class HttpAppModule {}
  Module({
    imports: [
      nestjs.SmsWebhookModule.forRoot({
        webhooks: [
          {
            provider: createMemoryProvider(),
            secret,
            onDeliveryReport: (report) => receipts.push(report.id),
            onInbound() {},
          },
        ],
      }),
    ],
    controllers: [FailingController],
    providers: [{ provide: core.APP_FILTER, useClass: nestjs.SmsExceptionFilter }],
  })(HttpAppModule);
  const httpApp = await core.NestFactory.create(HttpAppModule, { logger: false, abortOnError: false });
  try {
    await httpApp.listen(0, '127.0.0.1');
    const url = await httpApp.getUrl();
    const refused = await fetch(`${url}/sms`, { method: 'POST' });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(refused.headers.get('retry-after'), '2');
    assert.equal((await refused.json()).code, 'RATE_LIMITED');
    const delivered = await fetch(`${url}/webhooks/memory/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'memory-7', status: 'delivered' }),
    });
    assert.deepEqual([delivered.status, await delivered.json()], [200, { received: 1 }]);
    assert.deepEqual(receipts, ['memory-7']);
  } finally {
    await httpApp.close();
  }

  process.stdout.write(
    `${label}: dist boots SmsModule, named clients, SmsTestingModule, SmsHealthIndicator, SmsExceptionFilter and SmsWebhookModule\n`,
  );
}

module.exports = { runScenario };
