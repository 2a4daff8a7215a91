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
import { createSmsPartner } from '@sms/smspartner';
import express from 'express';
import request from 'supertest';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { webhookRouter } from './webhook-router';
import type { OptOutEvent, WebhookErrorContext, WebhookRouterOptions } from './webhook-router-options';

const SECRET = 'wh-secret-0123456789abcdef';

interface Recorded {
  reports: DeliveryReport[];
  inbound: InboundMessage[];
  optOuts: OptOutEvent[];
  errors: { error: unknown; context: WebhookErrorContext }[];
  contexts: { type: string; provider: string; path: string }[];
}

/** `trustProxy` is Express's own `trust proxy` setting of the app. */
function setup(overrides: Partial<WebhookRouterOptions> = {}, trustProxy?: boolean | number | string) {
  const recorded: Recorded = { reports: [], inbound: [], optOuts: [], errors: [], contexts: [] };
  const options: WebhookRouterOptions = {
    provider: createMemoryProvider(),
    secret: SECRET,
    onDeliveryReport: (report, context) => {
      recorded.reports.push(report);
      recorded.contexts.push({
        type: context.event.type,
        provider: context.provider,
        path: context.request.originalUrl,
      });
    },
    onInbound: (message, context) => {
      recorded.inbound.push(message);
      recorded.contexts.push({
        type: context.event.type,
        provider: context.provider,
        path: context.request.originalUrl,
      });
    },
    onError: (error, context) => {
      recorded.errors.push({ error, context });
    },
    ...overrides,
  };
  const app = express();
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  app.use('/webhooks/memory', webhookRouter(options));
  return { app, recorded };
}

/** A provider whose parseWebhook records what it got and answers the events it is given. */
function scriptedProvider(
  events: WebhookEvent[] | ((request: WebhookRequest) => Promise<WebhookEvent[]>),
): SmsProviderWith<'parseWebhook'> & { seen: WebhookRequest[] } {
  const seen: WebhookRequest[] = [];
  const memory = createMemoryProvider({ id: 'scripted' });
  return Object.assign(memory, {
    seen,
    async parseWebhook(incoming: WebhookRequest) {
      seen.push(incoming);
      return typeof events === 'function' ? events(incoming) : events;
    },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('webhookRouter: delivery', () => {
  it('hands a delivery report posted with the secret in the path to onDeliveryReport and answers 200', async () => {
    const { app, recorded } = setup();

    const response = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .send({ id: 'memory-1', status: 'delivered' });

    expect(response.status).toBe(200);
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
    expect(recorded.contexts).toEqual([
      { type: 'delivery-report', provider: 'memory', path: `/webhooks/memory/${SECRET}` },
    ]);
    expect(recorded.errors).toEqual([]);
  });

  it('accepts the secret as ?token= and keeps it out of what the provider parses', async () => {
    const provider = scriptedProvider([]);
    const { app } = setup({ provider });

    const response = await request(app)
      .post(`/webhooks/memory?token=${SECRET}&batch=7`)
      .type('form')
      .send({ id: '12', status: 'Delivered' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: 0 });
    expect(provider.seen).toHaveLength(1);
    expect(provider.seen[0]).toMatchObject({
      method: 'POST',
      body: { id: '12', status: 'Delivered' },
      query: { batch: '7' },
    });
    expect(provider.seen[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(JSON.stringify(provider.seen[0])).not.toContain(SECRET);
  });

  it('passes text bodies as text and GET callbacks through their query', async () => {
    const provider = scriptedProvider([]);
    const { app } = setup({ provider });

    await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('Content-Type', 'text/plain')
      .send('id=1;status=ok')
      .expect(200);
    await request(app).get(`/webhooks/memory/${SECRET}?id=2&status=DELIVRD`).expect(200);

    expect(provider.seen[0]?.body).toBe('id=1;status=ok');
    expect(provider.seen[1]).toMatchObject({ method: 'GET', body: undefined, query: { id: '2', status: 'DELIVRD' } });
  });

  it('works behind an app-level express.json() that already parsed the body', async () => {
    const recorded: DeliveryReport[] = [];
    const app = express();
    app.use(express.json());
    app.use(
      '/hooks',
      webhookRouter({
        provider: createMemoryProvider(),
        secret: SECRET,
        onDeliveryReport: (report) => void recorded.push(report),
        onInbound: () => undefined,
      }),
    );

    await request(app).post(`/hooks/${SECRET}`).send({ id: 'memory-9', status: 'delivered' }).expect(200);

    expect(recorded.map((report) => report.id)).toEqual(['memory-9']);
  });
});

describe('webhookRouter: multi-part replies (SMS Partner)', () => {
  it('gives the whole reply to onInbound when SMS Partner retries the completing part after a 500', async () => {
    const reply = {
      msisdn: '33612345678',
      to: '33700000000',
      type: 'text',
      concat: 'true',
      'concat-ref': '42',
      'concat-total': '2',
      'message-timestamp': '2030-07-14 08:05:00',
    };
    const firstPart = { ...reply, messageId: 'part-1', text: 'Bonjour, ', 'concat-part': '1' };
    const lastPart = { ...reply, messageId: 'part-2', text: 'à demain', 'concat-part': '2' };
    let failuresLeft = 1;
    const { app, recorded } = setup({
      provider: createSmsPartner({ apiKey: 'unused-key' }),
      onInbound: (message) => {
        if (failuresLeft-- > 0) throw new Error('database down');
        recorded.inbound.push(message);
      },
    });
    const post = (part: Record<string, string>) =>
      request(app).post(`/webhooks/memory/${SECRET}`).type('form').send(part);

    const waiting = await post(firstPart);
    const failed = await post(lastPart);
    const retried = await post(lastPart);

    expect([waiting.status, waiting.body]).toEqual([200, { received: 0 }]);
    expect(failed.status).toBe(500);
    expect([retried.status, retried.body]).toEqual([200, { received: 1 }]);
    expect(recorded.inbound).toMatchObject([
      { provider: 'smspartner', from: '+33612345678', text: 'Bonjour, à demain' },
    ]);
    expect(recorded.errors.map(({ context }) => context.stage)).toEqual(['callback']);
  });
});

describe('webhookRouter: bad callers', () => {
  it('answers 401 to a wrong or missing secret without calling the provider parser', async () => {
    const provider = scriptedProvider([]);
    const { app } = setup({ provider });

    const wrong = await request(app)
      .post('/webhooks/memory/wh-secret-0123456789abcdeX')
      .send({ id: '1', status: 'delivered' });
    const shorter = await request(app)
      .post(`/webhooks/memory/${SECRET.slice(0, -1)}`)
      .send({});
    const missing = await request(app).post('/webhooks/memory').send({ id: '1', status: 'delivered' });
    const wrongToken = await request(app).post('/webhooks/memory?token=nope').send({});
    const twoTokens = await request(app).post(`/webhooks/memory?token=${SECRET}&token=${SECRET}`).send({});

    for (const response of [wrong, shorter, missing, wrongToken, twoTokens]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.body).toEqual({
        type: 'urn:sms:error:unauthorized',
        title: 'Unauthorized',
        status: 401,
        detail: 'Missing or wrong webhook secret.',
        code: 'UNAUTHORIZED',
      });
    }
    expect(provider.seen).toEqual([]);
  });

  it('answers 413 to a body over the limit', async () => {
    const { app, recorded } = setup({ limit: 512 });

    const large = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .send({ id: '1', status: 'delivered', padding: 'x'.repeat(2048) });
    const largeForm = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .type('form')
      .send({ id: '1', padding: 'x'.repeat(2048) });
    const small = await request(app).post(`/webhooks/memory/${SECRET}`).send({ id: '1', status: 'delivered' });

    expect(large.status).toBe(413);
    expect(large.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
    expect(largeForm.status).toBe(413);
    expect(small.status).toBe(200);
    expect(recorded.reports).toHaveLength(1);
  });

  it('answers 413 beyond the default 100kb', async () => {
    const { app } = setup();

    const response = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .send({ id: '1', status: 'delivered', padding: 'x'.repeat(101 * 1024) });

    expect(response.status).toBe(413);
  });

  it('answers 400 to a body that is not what its Content-Type says, without quoting it', async () => {
    const { app, recorded } = setup();

    const response = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('Content-Type', 'application/json')
      .send('{"id": "1", "status": <b>');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'INVALID_INPUT', status: 400, title: 'Unparseable body' });
    expect(response.text).not.toContain('<b>');
    expect(recorded.reports).toEqual([]);
  });

  it('answers 415 to a content type no parser reads, so the payload is not lost as empty', async () => {
    const provider = scriptedProvider([]);
    const { app } = setup({ provider });

    const response = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('Content-Type', 'application/xml')
      .send('<dlr id="1"/>');

    expect(response.status).toBe(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(provider.seen).toEqual([]);
  });

  it('answers 500 when a callback throws, so the provider retries, and tells onError', async () => {
    const failure = new Error('database down');
    const { app, recorded } = setup({
      onDeliveryReport: () => {
        throw failure;
      },
    });

    const response = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .send({ id: 'memory-1', status: 'delivered' });

    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      type: 'urn:sms:error:webhook-callback-failed',
      title: 'Callback failed',
      status: 500,
      detail: 'The event could not be handled; send it again later.',
      code: 'WEBHOOK_CALLBACK_FAILED',
    });
    expect(response.text).not.toContain('database down');
    expect(recorded.errors).toHaveLength(1);
    expect(recorded.errors[0]?.error).toBe(failure);
    expect(recorded.errors[0]?.context).toMatchObject({
      provider: 'memory',
      stage: 'callback',
      event: { type: 'delivery-report' },
    });
    expect(recorded.errors[0]?.context.request.originalUrl).toBe(`/webhooks/memory/${SECRET}`);
  });
});

describe('webhookRouter: IP allow-list', () => {
  const body = { id: 'memory-1', status: 'delivered' };

  it('lets an allowed address in and keeps others out with 403', async () => {
    const allowed = setup({ allowIps: ['127.0.0.1', '::1'] });
    const refused = setup({ allowIps: ['203.0.113.0/24'] });

    await request(allowed.app).post(`/webhooks/memory/${SECRET}`).send(body).expect(200);
    const response = await request(refused.app).post(`/webhooks/memory/${SECRET}`).send(body);

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(refused.recorded.reports).toEqual([]);
  });

  it("ignores X-Forwarded-For without the app's trust proxy setting", async () => {
    const { app } = setup({ allowIps: ['203.0.113.0/24'] });

    const response = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '203.0.113.9')
      .send(body);

    expect(response.status).toBe(403);
  });

  it("reads the first forwarded address with the app's trust proxy set to true", async () => {
    const { app } = setup({ allowIps: ['203.0.113.0/24'] }, true);

    const inside = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '203.0.113.9, 10.0.0.2')
      .send(body);
    const outside = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '198.51.100.1, 203.0.113.9')
      .send(body);

    expect(inside.status).toBe(200);
    expect(outside.status).toBe(403);
  });

  it('counts hops with a numeric trust proxy, so a spoofed first entry does not help', async () => {
    const { app } = setup({ allowIps: ['203.0.113.0/24'] }, 1);

    const spoofed = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '203.0.113.9, 198.51.100.1')
      .send(body);
    const genuine = await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '198.51.100.1, 203.0.113.9')
      .send(body);

    expect(spoofed.status).toBe(403);
    expect(genuine.status).toBe(200);
  });

  it('drops the port a proxy appends to a forwarded address', async () => {
    const { app } = setup({ allowIps: ['203.0.113.0/24', '2001:db8::/32'] }, 1);

    await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '203.0.113.9:4711')
      .send(body)
      .expect(200);
    await request(app)
      .post(`/webhooks/memory/${SECRET}`)
      .set('X-Forwarded-For', '[2001:db8::1]:4711')
      .send(body)
      .expect(200);
  });

  it("follows the app's trust proxy setting by name", async () => {
    const recorded: DeliveryReport[] = [];
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(
      '/hooks',
      webhookRouter({
        provider: createMemoryProvider(),
        secret: SECRET,
        allowIps: ['203.0.113.0/24'],
        onDeliveryReport: (report) => void recorded.push(report),
        onInbound: () => undefined,
      }),
    );

    await request(app).post(`/hooks/${SECRET}`).set('X-Forwarded-For', '203.0.113.9').send(body).expect(200);
    await request(app).post(`/hooks/${SECRET}`).set('X-Forwarded-For', '198.51.100.1').send(body).expect(403);

    expect(recorded).toHaveLength(1);
  });
});

describe('webhookRouter: startup checks', () => {
  const base = { secret: SECRET, onDeliveryReport: () => undefined, onInbound: () => undefined };

  it('fails loudly for a provider without parseWebhook', () => {
    const provider = createMemoryProvider({ id: 'plain' }) as SmsProvider;
    const withoutParser: SmsProvider = { ...provider, parseWebhook: undefined };

    // From plain JavaScript (the type below refuses it at compile time).
    const fromJavaScript = { ...base, provider: withoutParser } as unknown as WebhookRouterOptions;
    expect(() => webhookRouter(fromJavaScript)).toThrow(/plain provider has no parseWebhook/);
    try {
      webhookRouter(fromJavaScript);
    } catch (error) {
      expect(SmsError.isInstance(error) && error.code).toBe('UNSUPPORTED');
    }
  });

  it('accepts, at compile time, only providers whose type has parseWebhook', () => {
    const memory = createMemoryProvider();
    const plain: SmsProvider = memory;
    const withoutParser: Omit<SmsProvider, 'parseWebhook'> = memory;

    // Checked by `tsc --noEmit` (the package's typecheck covers the tests): an unused expectation fails it.
    expect(() =>
      // @ts-expect-error SmsProvider's parseWebhook is optional: a provider that may lack it is refused.
      webhookRouter({ ...base, provider: plain }),
    ).not.toThrow();
    // @ts-expect-error a provider type without parseWebhook is refused.
    expect(() => webhookRouter({ ...base, provider: withoutParser })).not.toThrow();
    expectTypeOf<WebhookRouterOptions['provider']>().toEqualTypeOf<SmsProviderWith<'parseWebhook'>>();
    expectTypeOf(createSmsPartner({ apiKey: 'unused-key' })).toExtend<WebhookRouterOptions['provider']>();
    expectTypeOf(memory).toExtend<WebhookRouterOptions['provider']>();
  });

  it('refuses a weak secret, a bad allow-list entry and the removed trustProxy, naming itself', () => {
    const provider = createMemoryProvider();

    expect(() => webhookRouter({ ...base, provider, secret: 'short' })).toThrow(/^webhookRouter: each secret/);
    expect(() => webhookRouter({ ...base, provider, allowIps: ['10.0.0.0/33'] })).toThrow(
      /^webhookRouter: allowIps entry "10.0.0.0\/33"/,
    );
    // Removed in favour of Express's own setting: refused at startup with the way to migrate.
    for (const trustProxy of [true, 1, false]) {
      expect(() => webhookRouter({ ...base, provider, trustProxy } as WebhookRouterOptions)).toThrow(
        /`trustProxy` was removed.*app\.set\('trust proxy'/,
      );
    }
    // Express's body parsers would read this limit as no limit at all.
    expect(() => webhookRouter({ ...base, provider, limit: '100 kilobytes' })).toThrow(/`limit` must be/);
  });
});
