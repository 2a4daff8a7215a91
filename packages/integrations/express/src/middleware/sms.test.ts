import { createSmsClient, SmsError, type SmsClient } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { sms } from './sms';

describe('sms(client)', () => {
  it('puts the client on req.sms for the handlers after it', async () => {
    const provider = createMemoryProvider();
    const client = createSmsClient({ providers: provider });
    const app = express();
    app.use(sms(client));
    app.post('/welcome', (incoming, outgoing, next) => {
      incoming.sms
        .send({ to: '09121234567', text: 'Welcome' })
        .then((result) => outgoing.json({ same: incoming.sms === client, id: result.messages[0]?.id }))
        .catch(next);
    });

    const response = await request(app).post('/welcome');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ same: true, id: 'memory-1' });
    expect(provider.messages).toMatchObject([{ to: '+989121234567', text: 'Welcome' }]);
  });

  it('refuses something that is not a client at startup', () => {
    expect(() => sms(undefined as unknown as SmsClient)).toThrow(SmsError);
    expect(() => sms({} as SmsClient)).toThrow(/needs an SmsClient/);
  });
});
