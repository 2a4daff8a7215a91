import { createSmsClient, SmsError } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import express, { type ErrorRequestHandler } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { sms } from '../middleware/sms';
import { smsErrorHandler } from './sms-error-handler';

function appWithRoute(options?: Parameters<typeof smsErrorHandler>[0]) {
  const provider = createMemoryProvider();
  const client = createSmsClient({ providers: provider });
  const seen: unknown[] = [];
  const fallback: ErrorRequestHandler = (error, _incoming, outgoing, _next) => {
    seen.push(error);
    outgoing.status(500).json({ fallback: true });
  };
  const app = express();
  app.use(express.json());
  app.use(sms(client));
  // Written the Express 4 way (catch and next), so the same app runs on both majors.
  app.post('/welcome', (incoming, outgoing, next) => {
    incoming.sms
      .send({ to: incoming.body.to, text: 'Welcome' })
      .then((result) => outgoing.status(201).json({ id: result.messages[0]?.id }))
      .catch(next);
  });
  app.post('/broken', (_incoming, _outgoing, next) => {
    next(new RangeError('not an SMS problem'));
  });
  app.post('/late', (_incoming, outgoing, next) => {
    outgoing.status(200).write('partial');
    next(new SmsError('too late to answer.', { code: 'PROVIDER_ERROR' }));
  });
  app.use(smsErrorHandler(options));
  app.use(fallback);
  return { app, provider, seen };
}

describe('smsErrorHandler()', () => {
  it('lets successful routes through untouched', async () => {
    const { app } = appWithRoute();

    const response = await request(app).post('/welcome').send({ to: '09121234567' });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: 'memory-1' });
  });

  it('turns an SmsError of the route into application/problem+json', async () => {
    const { app, provider, seen } = appWithRoute();
    provider.failWith(
      new SmsError('memory has no credit left (3 SMS).', { code: 'INSUFFICIENT_CREDIT', provider: 'memory' }),
    );

    const response = await request(app).post('/welcome').send({ to: '09121234567' });

    expect(response.status).toBe(402);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toEqual({
      type: 'urn:sms:error:insufficient-credit',
      title: 'Insufficient credit',
      status: 402,
      detail: 'The SMS account has not enough credit for this message. Nothing was sent.',
      code: 'INSUFFICIENT_CREDIT',
      provider: 'memory',
      outcome: 'not-sent',
      retryable: false,
    });
    expect(seen).toEqual([]);
  });

  it('answers an invalid recipient of the route with 400 and the reason', async () => {
    const { app } = appWithRoute();

    const response = await request(app).post('/welcome').send({ to: 'not a number' });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_RECIPIENT');
    expect(response.body.detail).toMatch(/not a number/);
  });

  it('sets Retry-After for a rate limit', async () => {
    const { app, provider } = appWithRoute();
    provider.failWith(new SmsError('slow down.', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 30_000 }));

    const response = await request(app).post('/welcome').send({ to: '09121234567' });

    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('30');
  });

  it('passes any other error on to the next error handler', async () => {
    const { app, seen } = appWithRoute();

    const response = await request(app).post('/broken');

    expect(response.status).toBe(500);
    expect(response.body).toEqual({ fallback: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(RangeError);
  });

  it('answers the errors of an app-level express.json() as problems, which no route can catch', async () => {
    const { app, seen } = appWithRoute();

    const malformed = await request(app).post('/welcome').set('Content-Type', 'application/json').send('{"to": ');
    const latin1 = await request(app)
      .post('/welcome')
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{}');
    const large = await request(app)
      .post('/welcome')
      .send({ to: 'x'.repeat(101 * 1024) });

    expect([malformed.status, malformed.body.code, malformed.body.title]).toEqual([
      400,
      'INVALID_INPUT',
      'Unparseable body',
    ]);
    expect([latin1.status, latin1.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect([large.status, large.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    for (const response of [malformed, latin1, large]) {
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(Object.keys(response.body)).toEqual(['type', 'title', 'status', 'detail', 'code']);
    }
    expect(seen).toEqual([]);
  });

  it('passes an SmsError on when the answer has already started', async () => {
    const { app, seen } = appWithRoute();

    await request(app)
      .post('/late')
      .catch(() => undefined);

    expect(seen).toHaveLength(1);
    expect(SmsError.isInstance(seen[0])).toBe(true);
  });

  it('never shows the provider answer kept on the error', async () => {
    const { app, provider } = appWithRoute({ exposeErrorMessages: true });
    provider.failWith(
      new SmsError('memory refused the request.', {
        code: 'PERMISSION',
        provider: 'memory',
        responseBody: { api_key: 'sk-test-abcdef123456' },
      }),
    );

    const response = await request(app).post('/welcome').send({ to: '09121234567' });

    expect(response.status).toBe(403);
    expect(response.body.detail).toBe('memory refused the request.');
    expect(response.text).not.toContain('sk-test-abcdef123456');
  });
});
