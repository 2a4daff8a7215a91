import 'reflect-metadata';
import { Injectable, Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  SmsError,
  type DeliveryReport,
  type InboundMessage,
  type SmsProvider,
  type SmsProviderWith,
  type WebhookEvent,
  type WebhookRequest,
} from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { SmsWebhookModule, type SmsWebhookErrorContext, type SmsWebhookOptions } from '../index';

const SECRET = 'nest-webhook-secret-0123456789';
const PROBLEM = 'application/problem+json; charset=utf-8';

interface Recorded {
  reports: DeliveryReport[];
  inbound: InboundMessage[];
  errors: { error: unknown; context: SmsWebhookErrorContext }[];
  addresses: (string | undefined)[];
}

function webhook(overrides: Partial<SmsWebhookOptions> = {}): { options: SmsWebhookOptions; recorded: Recorded } {
  const recorded: Recorded = { reports: [], inbound: [], errors: [], addresses: [] };
  const options: SmsWebhookOptions = {
    provider: createMemoryProvider(),
    secret: SECRET,
    onDeliveryReport: (report, context) => {
      recorded.reports.push(report);
      recorded.addresses.push(context.request.ip);
    },
    onInbound: (message) => void recorded.inbound.push(message),
    onError: (error, context) => void recorded.errors.push({ error, context }),
    ...overrides,
  };
  return { options, recorded };
}

/** A provider whose parseWebhook records what it got and answers the events it is given. */
function scriptedProvider(
  id: string,
  events: WebhookEvent[],
): SmsProviderWith<'parseWebhook'> & { seen: WebhookRequest[] } {
  const seen: WebhookRequest[] = [];
  return Object.assign(createMemoryProvider({ id }), {
    seen,
    async parseWebhook(incoming: WebhookRequest) {
      seen.push(incoming);
      return events;
    },
  });
}

let app: INestApplication | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A real application with the webhook module, on a loopback port. */
async function start(
  webhookModule: DynamicModule,
  configure?: (started: NestExpressApplication) => void,
): Promise<ReturnType<INestApplication['getHttpServer']>> {
  @Module({ imports: [webhookModule] })
  class AppModule {}
  const created = await NestFactory.create<NestExpressApplication>(AppModule, { logger: false });
  app = created;
  configure?.(created);
  await created.listen(0, '127.0.0.1');
  return created.getHttpServer();
}

describe('SmsWebhookModule.forRoot', () => {
  it('hands a delivery report posted to <path>/<provider>/<secret> to onDeliveryReport and answers 200', async () => {
    const { options, recorded } = webhook();
    const server = await start(SmsWebhookModule.forRoot({ webhooks: [options] }));

    const response = await request(server)
      .post(`/webhooks/memory/${SECRET}`)
      .send({ id: 'memory-1', status: 'delivered' });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual({ received: 1 });
    expect(recorded.reports).toEqual([
      {
        provider: 'memory',
        id: 'memory-1',
        status: 'delivered',
        providerStatus: 'delivered',
        raw: { id: 'memory-1', status: 'delivered' },
      },
    ]);
    expect(recorded.addresses).toEqual([expect.stringMatching(/127\.0\.0\.1$/)]);
  });

  it('serves each provider on its own route, takes ?token= and form bodies, and keeps the token from the parser', async () => {
    const first = scriptedProvider('first', []);
    const second = scriptedProvider('second', []);
    const server = await start(
      SmsWebhookModule.forRoot({
        path: 'sms/callbacks',
        webhooks: [webhook({ provider: first }).options, webhook({ provider: second }).options],
      }),
    );

    await request(server)
      .post(`/sms/callbacks/first?token=${SECRET}&batch=7`)
      .type('form')
      .send({ id: '12', status: 'Delivered' })
      .expect(200, { received: 0 });
    await request(server).get(`/sms/callbacks/second/${SECRET}?id=2&status=DELIVRD`).expect(200);

    expect(first.seen).toEqual([
      {
        method: 'POST',
        headers: expect.objectContaining({ 'content-type': 'application/x-www-form-urlencoded' }),
        body: { id: '12', status: 'Delivered' },
        query: { batch: '7' },
      },
    ]);
    expect(second.seen).toMatchObject([{ method: 'GET', query: { id: '2', status: 'DELIVRD' } }]);
    expect(second.seen[0]?.body).toBeUndefined();
    expect(JSON.stringify([first.seen, second.seen])).not.toContain(SECRET);
  });

  it('answers 401 without the right secret and 404 for a provider it does not serve, as problems', async () => {
    const provider = scriptedProvider('memory', []);
    const server = await start(SmsWebhookModule.forRoot({ webhooks: [webhook({ provider }).options] }));

    const wrong = await request(server).post('/webhooks/memory/wrong-secret-0123456789').send({});
    const missing = await request(server).post('/webhooks/memory').send({});
    const unknown = await request(server).post(`/webhooks/other/${SECRET}`).send({});

    for (const response of [wrong, missing]) {
      expect([response.status, response.headers['content-type'], response.body.code]).toEqual([
        401,
        PROBLEM,
        'UNAUTHORIZED',
      ]);
    }
    expect([unknown.status, unknown.headers['content-type'], unknown.body.code]).toEqual([404, PROBLEM, 'NOT_FOUND']);
    expect(provider.seen).toEqual([]);
  });

  it("answers 415 to a body Nest's parsers did not read, naming the types they read", async () => {
    const provider = scriptedProvider('memory', []);
    const server = await start(SmsWebhookModule.forRoot({ webhooks: [webhook({ provider }).options] }));

    const response = await request(server)
      .post(`/webhooks/memory/${SECRET}`)
      .set('Content-Type', 'text/plain')
      .send('id=1;status=ok');

    expect(response.status).toBe(415);
    expect(response.headers['accept-post']).toBe('application/json, application/x-www-form-urlencoded');
    expect(provider.seen).toEqual([]);
  });

  it('answers 500 when a callback throws, so the provider retries, and tells onError with the request', async () => {
    const failure = new Error('database down');
    const { options, recorded } = webhook({
      onDeliveryReport: () => {
        throw failure;
      },
    });
    const server = await start(SmsWebhookModule.forRoot({ webhooks: [options] }));

    const response = await request(server)
      .post(`/webhooks/memory/${SECRET}`)
      .send({ id: 'memory-1', status: 'delivered' });

    expect([response.status, response.body.code]).toEqual([500, 'WEBHOOK_CALLBACK_FAILED']);
    expect(response.text).not.toContain('database down');
    expect(recorded.errors[0]?.error).toBe(failure);
    expect(recorded.errors[0]?.context).toMatchObject({
      provider: 'memory',
      stage: 'callback',
      request: { method: 'POST' },
    });
  });

  it("checks allowIps against the address Express's trust proxy setting gives", async () => {
    const { options, recorded } = webhook({ allowIps: ['203.0.113.0/24'] });
    const server = await start(SmsWebhookModule.forRoot({ webhooks: [options] }), (created) =>
      created.set('trust proxy', 1),
    );

    const inside = await request(server)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '198.51.100.1, 203.0.113.9')
      .send({ id: 'a', status: 'delivered' });
    const spoofed = await request(server)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '203.0.113.9, 198.51.100.1')
      .send({ id: 'b', status: 'delivered' });

    expect(inside.status).toBe(200);
    expect([spoofed.status, spoofed.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(recorded.addresses).toEqual(['203.0.113.9']);
  });
});

describe('SmsWebhookModule.forRootAsync', () => {
  @Injectable()
  class Inbox {
    readonly received: string[] = [];
  }

  @Module({ providers: [Inbox], exports: [Inbox] })
  class InboxModule {}

  it('builds the webhooks from injected services', async () => {
    const message: InboundMessage = { provider: 'scripted', from: '+33612345678', text: 'Yes please', raw: {} };
    const provider = scriptedProvider('scripted', [{ type: 'inbound', provider: 'scripted', message }]);
    let inbox: Inbox | undefined;
    const server = await start(
      SmsWebhookModule.forRootAsync({
        path: 'hooks',
        imports: [InboxModule],
        inject: [Inbox],
        useFactory: async (injected: Inbox) => {
          inbox = injected;
          return {
            webhooks: [
              {
                provider,
                secret: SECRET,
                onDeliveryReport: () => undefined,
                onInbound: (received) => void injected.received.push(received.text),
              },
            ],
          };
        },
      }),
    );

    await request(server).post(`/hooks/scripted/${SECRET}`).send({}).expect(200, { received: 1 });

    expect(inbox?.received).toEqual(['Yes please']);
  });
});

describe('SmsWebhookModule: startup checks', () => {
  async function startFails(webhookModule: DynamicModule): Promise<unknown> {
    @Module({ imports: [webhookModule] })
    class AppModule {}
    try {
      app = await NestFactory.create(AppModule, { logger: false, abortOnError: false });
      await app.init();
    } catch (error) {
      return error;
    }
    return undefined;
  }

  it('refuses no webhooks, one provider listed twice, a provider without parseWebhook and a weak secret', async () => {
    const plain = {
      ...(createMemoryProvider({ id: 'plain' }) as SmsProvider),
      parseWebhook: undefined,
    } as unknown as SmsWebhookOptions['provider'];

    const failures = [
      await startFails(SmsWebhookModule.forRoot({ webhooks: [] })),
      await startFails(SmsWebhookModule.forRoot({ webhooks: [webhook().options, webhook().options] })),
      await startFails(SmsWebhookModule.forRoot({ webhooks: [webhook({ provider: plain }).options] })),
      await startFails(SmsWebhookModule.forRoot({ webhooks: [webhook({ secret: 'short' }).options] })),
    ];

    expect(failures.map((failure) => SmsError.isInstance(failure) && failure.code)).toEqual([
      'INVALID_INPUT',
      'INVALID_INPUT',
      'UNSUPPORTED',
      'INVALID_INPUT',
    ]);
    expect(failures.map((failure) => (failure as Error).message)).toEqual([
      expect.stringMatching(/^SmsWebhookModule needs `webhooks`/),
      expect.stringMatching(/^SmsWebhookModule: two webhooks for the memory provider/),
      expect.stringMatching(/^SmsWebhookModule: the plain provider has no parseWebhook/),
      expect.stringMatching(/^SmsWebhookModule: each secret/),
    ]);
  });

  it('refuses an empty path when the module is declared', () => {
    expect(() => SmsWebhookModule.forRoot({ path: '', webhooks: [webhook().options] })).toThrow(
      /`path` must be a non-empty string/,
    );
  });
});
