import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { SmsError } from '../../errors/sms-error';
import { createMemoryProvider } from '../../memory/create-memory-provider';
import type { DeliveryReport } from '../../model/delivery-report';
import type { InboundMessage } from '../../model/inbound-message';
import type { WebhookEvent, WebhookRequest } from '../../model/webhook-event';
import type { SmsProvider, SmsProviderWith } from '../../provider/sms-provider';
import { createWebhookHandler } from './create-webhook-handler';
import type { OptOutEvent, WebhookErrorContext, WebhookHandlerOptions } from './webhook-handler-options';
import type { WebhookHttpRequest } from './webhook-http-request';

const SECRET = 'wh-secret-0123456789abcdef';
/** What an adapter would pass as its framework's request: here, a label to find in the contexts. */
type FrameworkRequest = { label: string };

interface Recorded {
  reports: DeliveryReport[];
  inbound: InboundMessage[];
  errors: { error: unknown; context: WebhookErrorContext<FrameworkRequest> }[];
  contexts: { type: string; provider: string; request: FrameworkRequest }[];
}

function setup(overrides: Partial<WebhookHandlerOptions<FrameworkRequest>> = {}) {
  const recorded: Recorded = { reports: [], inbound: [], errors: [], contexts: [] };
  const handler = createWebhookHandler<FrameworkRequest>({
    provider: createMemoryProvider(),
    secret: SECRET,
    onDeliveryReport: (report, context) => {
      recorded.reports.push(report);
      recorded.contexts.push({ type: context.event.type, provider: context.provider, request: context.request });
    },
    onInbound: (message, context) => {
      recorded.inbound.push(message);
      recorded.contexts.push({ type: context.event.type, provider: context.provider, request: context.request });
    },
    onError: (error, context) => {
      recorded.errors.push({ error, context });
    },
    ...overrides,
  });
  return { handler, recorded };
}

/** A JSON callback with the secret in the path, from loopback. */
function callback(body: unknown, extra: Partial<WebhookHttpRequest> = {}): WebhookHttpRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': '42' },
    body,
    pathSecret: SECRET,
    clientAddress: '127.0.0.1',
    ...extra,
  };
}

/** A provider whose parseWebhook records what it got and answers the events it is given. */
function scriptedProvider(
  events: WebhookEvent[] | ((request: WebhookRequest) => Promise<WebhookEvent[]>),
): SmsProviderWith<'parseWebhook'> & { seen: WebhookRequest[] } {
  const seen: WebhookRequest[] = [];
  return Object.assign(createMemoryProvider({ id: 'scripted' }), {
    seen,
    async parseWebhook(incoming: WebhookRequest) {
      seen.push(incoming);
      return typeof events === 'function' ? events(incoming) : events;
    },
  });
}

const request: FrameworkRequest = { label: 'the framework request' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createWebhookHandler: delivery', () => {
  it('hands a delivery report to onDeliveryReport, with the framework request, and answers 200', async () => {
    const { handler, recorded } = setup();

    const answer = await handler.handle(callback({ id: 'memory-1', status: 'delivered' }), request);

    expect(answer).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: { received: 1 },
    });
    expect(recorded.reports).toEqual([
      {
        provider: 'memory',
        id: 'memory-1',
        status: 'delivered',
        providerStatus: 'delivered',
        raw: { id: 'memory-1', status: 'delivered' },
      },
    ]);
    expect(recorded.contexts).toEqual([{ type: 'delivery-report', provider: 'memory', request }]);
    expect(recorded.errors).toEqual([]);
    expect(handler.provider).toBe('memory');
  });

  it('accepts the secret as the token parameter and keeps it out of what the provider parses', async () => {
    const provider = scriptedProvider([]);
    const { handler } = setup({ provider });

    const answer = await handler.handle(
      callback({ id: '12' }, { pathSecret: undefined, query: { token: SECRET, batch: '7' } }),
      request,
    );

    expect(answer.body).toEqual({ received: 0 });
    expect(provider.seen).toEqual([
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '42' },
        body: { id: '12' },
        query: { batch: '7' },
      },
    ]);
    expect(JSON.stringify(provider.seen)).not.toContain(SECRET);
  });

  it('gives the provider no body when the request had none (the {} Express 4 leaves), and the body as given otherwise', async () => {
    const provider = scriptedProvider([]);
    const { handler } = setup({ provider });

    await handler.handle({ method: 'GET', headers: {}, body: {}, pathSecret: SECRET, query: { id: '2' } }, request);
    await handler.handle(callback({}), request);
    await handler.handle(
      callback('id=1;status=ok', { headers: { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' } }),
      request,
    );

    expect(provider.seen.map((seen) => seen.body)).toEqual([undefined, {}, 'id=1;status=ok']);
    expect(provider.seen[0]).toMatchObject({ method: 'GET', query: { id: '2' } });
  });

  it('accepts any secret of a list being rotated', async () => {
    const next = 'wh-next-secret-9876543210';
    const { handler, recorded } = setup({ secret: [SECRET, next] });

    await handler.handle(callback({ id: 'a', status: 'delivered' }, { pathSecret: next }), request);
    await handler.handle(callback({ id: 'b', status: 'failed' }), request);

    expect(recorded.reports.map((report) => report.id)).toEqual(['a', 'b']);
  });

  it('routes inbound messages and opt-outs, and falls back to onInbound for opt-outs', async () => {
    const inbound: InboundMessage = { provider: 'scripted', from: '+33612345678', text: 'Yes please', raw: {} };
    const stop: InboundMessage = { provider: 'scripted', from: '+33612345678', text: 'STOP', raw: {} };
    const events: WebhookEvent[] = [
      { type: 'inbound', provider: 'scripted', message: inbound },
      { type: 'opt-out', provider: 'scripted', phoneNumber: '+33612345678', message: stop, raw: { type: 'stop' } },
      { type: 'opt-out', provider: 'scripted', phoneNumber: '+33687654321', raw: { type: 'stop' } },
    ];
    const optOuts: OptOutEvent[] = [];
    const withOptOut = setup({ provider: scriptedProvider(events), onOptOut: (event) => void optOuts.push(event) });
    const withoutOptOut = setup({ provider: scriptedProvider(events) });

    expect((await withOptOut.handler.handle(callback({}), request)).body).toEqual({ received: 3 });
    expect((await withoutOptOut.handler.handle(callback({}), request)).body).toEqual({ received: 3 });

    expect(withOptOut.recorded.inbound).toEqual([inbound]);
    expect(optOuts.map((event) => event.phoneNumber)).toEqual(['+33612345678', '+33687654321']);
    expect(withoutOptOut.recorded.inbound).toEqual([
      inbound,
      stop,
      { provider: 'scripted', from: '+33687654321', text: '', raw: { type: 'stop' } },
    ]);
    expect(withoutOptOut.recorded.contexts.map((context) => context.type)).toEqual(['inbound', 'opt-out', 'opt-out']);
  });

  it('awaits an async callback before answering', async () => {
    const order: string[] = [];
    const { handler } = setup({
      onDeliveryReport: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('callback done');
      },
    });

    await handler.handle(callback({ id: 'x', status: 'delivered' }), request);
    order.push('answered');

    expect(order).toEqual(['callback done', 'answered']);
  });
});

describe('createWebhookHandler: bad callers', () => {
  const UNAUTHORIZED = {
    status: 401,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' },
    body: {
      type: 'urn:sms:error:unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: 'Missing or wrong webhook secret.',
      code: 'UNAUTHORIZED',
    },
  };

  it('answers 401 to a wrong or missing secret without calling the provider parser', async () => {
    const provider = scriptedProvider([]);
    const { handler } = setup({ provider });

    const callers: Partial<WebhookHttpRequest>[] = [
      { pathSecret: 'wh-secret-0123456789abcdeX' },
      { pathSecret: SECRET.slice(0, -1) },
      { pathSecret: undefined },
      { pathSecret: undefined, query: { token: 'nope' } },
      { pathSecret: undefined, query: { token: [SECRET, SECRET] } },
      { pathSecret: '' },
    ];
    for (const caller of callers) {
      expect(handler.authenticate({ ...callback({}), ...caller })).toEqual(UNAUTHORIZED);
      expect(await handler.handle(callback({ id: '1', status: 'delivered' }, caller), request)).toEqual(UNAUTHORIZED);
    }
    expect(provider.seen).toEqual([]);
    expect(handler.authenticate(callback({}))).toBeUndefined();
  });

  it('answers 415 with Accept-Post to a body the framework did not read, so the payload is not lost as empty', async () => {
    const provider = scriptedProvider([]);
    const { handler } = setup({ provider });
    const jsonAndForms = createWebhookHandler(
      { provider, secret: SECRET, onDeliveryReport: () => undefined, onInbound: () => undefined },
      { bodyTypes: ['application/json', 'application/x-www-form-urlencoded'] },
    );

    const answer = await handler.handle(callback(undefined, { bodyUnread: true }), request);
    const narrower = await jsonAndForms.handle(callback(undefined, { bodyUnread: true }), request);

    expect(answer.status).toBe(415);
    expect(answer.headers['accept-post']).toBe('application/json, application/x-www-form-urlencoded, text/plain');
    expect(answer.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
    expect(narrower.headers['accept-post']).toBe('application/json, application/x-www-form-urlencoded');
    expect(provider.seen).toEqual([]);
  });

  it('answers 400 when the provider parser refuses the payload, and reports it', async () => {
    const refusal = new SmsError('scripted: no messageId in the callback.', {
      code: 'BAD_RESPONSE',
      provider: 'scripted',
    });
    const { handler, recorded } = setup({ provider: scriptedProvider(async () => Promise.reject(refusal)) });

    const answer = await handler.handle(callback({ unexpected: true }), request);

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'INVALID_INPUT',
      detail: 'The scripted callback payload could not be read.',
    });
    expect(recorded.errors).toEqual([{ error: refusal, context: { provider: 'scripted', stage: 'parse', request } }]);
  });

  it('answers 400 when the provider parser returns no list', async () => {
    const { handler, recorded } = setup({ provider: scriptedProvider(async () => ({}) as WebhookEvent[]) });

    const answer = await handler.handle(callback({}), request);

    expect(answer.status).toBe(400);
    expect(recorded.errors[0]?.error).toMatchObject({
      code: 'BAD_RESPONSE',
      message: "scripted's parseWebhook returned no list of events.",
    });
  });

  it('answers 500 when a callback throws, so the provider retries, and tells onError', async () => {
    const failure = new Error('database down');
    const { handler, recorded } = setup({
      onDeliveryReport: () => {
        throw failure;
      },
    });

    const answer = await handler.handle(callback({ id: 'memory-1', status: 'delivered' }), request);

    expect(answer).toEqual({
      status: 500,
      headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' },
      body: {
        type: 'urn:sms:error:webhook-callback-failed',
        title: 'Callback failed',
        status: 500,
        detail: 'The event could not be handled; send it again later.',
        code: 'WEBHOOK_CALLBACK_FAILED',
      },
    });
    expect(recorded.errors).toHaveLength(1);
    expect(recorded.errors[0]?.error).toBe(failure);
    expect(recorded.errors[0]?.context).toMatchObject({
      provider: 'memory',
      stage: 'callback',
      event: { type: 'delivery-report' },
      request,
    });
  });

  it('answers 500 for a rejected async callback even when onError itself throws', async () => {
    const { handler } = setup({
      onInbound: async () => Promise.reject(new Error('queue full')),
      onError: () => {
        throw new Error('logger down');
      },
      provider: scriptedProvider([
        {
          type: 'inbound',
          provider: 'scripted',
          message: { provider: 'scripted', from: '+33612345678', text: 'hi', raw: {} },
        },
      ]),
    });

    expect((await handler.handle(callback({}), request)).status).toBe(500);
  });

  it('answers 500 for an event of a type it does not know', async () => {
    const { handler, recorded } = setup({
      provider: scriptedProvider([{ type: 'bounce', provider: 'scripted' } as unknown as WebhookEvent]),
    });

    expect((await handler.handle(callback({}), request)).status).toBe(500);
    expect(recorded.errors[0]?.error).toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining('unknown type "bounce"'),
    });
  });

  it('stops at the first failing event and emits a process warning, named after the adapter, when there is no onError', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const handled: string[] = [];
    const events: WebhookEvent[] = ['1', '2', '3'].map((id) => ({
      type: 'delivery-report',
      provider: 'scripted',
      report: { provider: 'scripted', id, status: 'delivered', providerStatus: 'DELIVRD', raw: {} },
    }));
    const handler = createWebhookHandler(
      {
        provider: scriptedProvider(events),
        secret: SECRET,
        onDeliveryReport: (report) => {
          if (report.id === '2') throw new Error('cannot store report 2');
          handled.push(report.id);
        },
        onInbound: () => undefined,
      },
      { name: 'webhookRouter' },
    );

    const answer = await handler.handle(callback({}), request);

    expect(answer.status).toBe(500);
    expect(handled).toEqual(['1']);
    expect(warning).toHaveBeenCalledTimes(1);
    expect(warning.mock.calls[0]?.[0]).toMatch(
      /^webhookRouter \(scripted\): the delivery-report callback threw.*cannot store report 2/,
    );
    expect(warning.mock.calls[0]?.[1]).toEqual({ type: 'SmsWebhookWarning' });
  });

  it('uses the problem type resolver it is given', async () => {
    const { handler } = setup({ problemType: (code) => `https://example.com/problems/${code}` });

    const answer = await handler.handle(callback({}, { pathSecret: 'wrong' }), request);

    expect(answer.body).toMatchObject({ type: 'https://example.com/problems/UNAUTHORIZED' });
  });
});

describe('createWebhookHandler: IP allow-list', () => {
  const body = { id: 'memory-1', status: 'delivered' };

  it('lets an allowed address in and keeps others out with 403', async () => {
    const allowed = setup({ allowIps: ['127.0.0.1', '::1'] });
    const refused = setup({ allowIps: ['203.0.113.0/24'] });

    expect((await allowed.handler.handle(callback(body), request)).status).toBe(200);
    const answer = await refused.handler.handle(callback(body), request);

    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(refused.recorded.reports).toEqual([]);
  });

  it('checks the address before the secret, and refuses a caller whose address is unknown', async () => {
    const { handler } = setup({ allowIps: ['203.0.113.7'] });

    expect((await handler.handle(callback(body, { pathSecret: 'wrong-secret-but-long' }), request)).status).toBe(403);
    expect((await handler.handle(callback(body, { clientAddress: undefined }), request)).status).toBe(403);
  });

  it('reads the address the framework found, with a port or IPv4-mapped', async () => {
    const { handler } = setup({ allowIps: ['203.0.113.0/24', '2001:db8::/32'] });

    for (const clientAddress of [
      '203.0.113.9',
      '203.0.113.9:4711',
      '::ffff:203.0.113.9',
      '[2001:db8::1]:4711',
      '2001:db8::1',
    ]) {
      expect((await handler.handle(callback(body, { clientAddress }), request)).status).toBe(200);
    }
    expect((await handler.handle(callback(body, { clientAddress: '198.51.100.1:4711' }), request)).status).toBe(403);
  });
});

describe('createWebhookHandler: startup checks', () => {
  const base = { secret: SECRET, onDeliveryReport: () => undefined, onInbound: () => undefined };

  it('fails loudly for a provider without parseWebhook, and for no provider', () => {
    const provider = createMemoryProvider({ id: 'plain' }) as SmsProvider;
    const withoutParser = {
      ...base,
      provider: { ...provider, parseWebhook: undefined },
    } as unknown as WebhookHandlerOptions;

    expect(() => createWebhookHandler(withoutParser, { name: 'webhookRouter' })).toThrow(
      /^webhookRouter: the plain provider has no parseWebhook/,
    );
    try {
      createWebhookHandler(withoutParser);
    } catch (error) {
      expect(SmsError.isInstance(error) && error.code).toBe('UNSUPPORTED');
    }
    expect(() => createWebhookHandler({ ...base } as unknown as WebhookHandlerOptions)).toThrow(/needs `provider`/);
  });

  it('accepts, at compile time, only providers whose type has parseWebhook', () => {
    expectTypeOf<WebhookHandlerOptions['provider']>().toEqualTypeOf<SmsProviderWith<'parseWebhook'>>();
    expectTypeOf(createMemoryProvider()).toExtend<WebhookHandlerOptions['provider']>();
    expectTypeOf<SmsProvider>().not.toExtend<WebhookHandlerOptions['provider']>();
  });

  it('refuses weak or unusable secrets, naming the adapter', () => {
    const provider = createMemoryProvider();
    for (const secret of ['', 'short', 'has space in it 123456', 'slash/in/the/secret/123', []]) {
      expect(() => createWebhookHandler({ ...base, provider, secret }, { name: 'SmsWebhookModule' })).toThrow(
        /^SmsWebhookModule/,
      );
    }
  });

  it('refuses a missing callback and a bad allow-list entry', () => {
    const provider = createMemoryProvider();

    expect(() => createWebhookHandler({ ...base, provider, onInbound: undefined as never })).toThrow(
      /onDeliveryReport` and `onInbound/,
    );
    expect(() => createWebhookHandler({ ...base, provider, allowIps: ['10.0.0.0/33'] })).toThrow(/10.0.0.0\/33/);
    expect(() => createWebhookHandler({ ...base, provider, allowIps: ['example.com'] })).toThrow(/example.com/);
  });
});
