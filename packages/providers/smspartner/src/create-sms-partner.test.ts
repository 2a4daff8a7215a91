import { createSmsClient, SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { createSmsPartner } from './create-sms-partner';
import { SMS_PARTNER_CAPABILITIES } from './sms-partner-provider';
import { API_KEY, useMockSmsPartner } from './test-support/mock-sms-partner';

describe('createSmsPartner', () => {
  const { recorder, provider: mockedProvider, answerSend } = useMockSmsPartner();

  it('declares truthful capabilities, with no template or inbound methods', () => {
    const provider = createSmsPartner({ apiKey: API_KEY });
    expect(provider.id).toBe('smspartner');
    expect(provider.capabilities).toEqual({
      maxRecipientsPerRequest: 500,
      maxBatchSize: 500,
      batch: true,
      templates: false,
      scheduling: true,
      cancel: true,
      cancelWindowMs: 300_000,
      status: true,
      statusByReference: false,
      balance: true,
      inbound: false,
      voice: false,
      webhooks: true,
    });
    expect(provider.capabilities).toEqual(SMS_PARTNER_CAPABILITIES);
    expect('sendTemplate' in provider).toBe(false);
    expect('listInbound' in provider).toBe(false);
    expect(typeof provider.native.send).toBe('function');
    expect(typeof provider.native.stopList.remove).toBe('function');
  });

  it('gives each provider its own copy of the capabilities', () => {
    const first = createSmsPartner({ apiKey: API_KEY });
    const second = createSmsPartner({ apiKey: API_KEY });
    first.capabilities.maxRecipientsPerRequest = 1;
    expect(second.capabilities.maxRecipientsPerRequest).toBe(500);
    expect(SMS_PARTNER_CAPABILITIES.maxRecipientsPerRequest).toBe(500);
  });

  it('reads nothing at creation: no key is needed until the first call', () => {
    const previous = process.env.SMSPARTNER_API_KEY;
    delete process.env.SMSPARTNER_API_KEY;
    try {
      expect(() => createSmsPartner()).not.toThrow();
    } finally {
      if (previous !== undefined) process.env.SMSPARTNER_API_KEY = previous;
    }
  });

  it('takes another id, used in results and errors', async () => {
    answerSend();
    const provider = mockedProvider({ id: 'smspartner-marketing' });
    await expect(provider.send({ to: '+33611111111', text: 'x' })).resolves.toMatchObject({
      provider: 'smspartner-marketing',
    });
    await expect(provider.send({ to: 'nope', text: 'x' })).rejects.toMatchObject({ provider: 'smspartner-marketing' });
  });

  it('works behind the core client, which refuses templates before any request', async () => {
    answerSend();
    const client = createSmsClient({ providers: [mockedProvider()] });
    await expect(client.send({ to: '+33611111111', text: 'Bonjour' })).resolves.toMatchObject({
      provider: 'smspartner',
      batchId: '307',
    });
    const error = await client
      .sendTemplate({ to: '+33611111111', template: 'otp', params: { code: '1234' } })
      .catch((caught: unknown) => caught);
    expect(SmsError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UNSUPPORTED' });
    expect(recorder.requests).toHaveLength(1);
    await client.close();
  });

  it('close() makes later calls fail without a request', async () => {
    const provider = mockedProvider();
    await provider.close();
    await expect(provider.send({ to: '+33611111111', text: 'x' })).rejects.toMatchObject({
      code: 'NETWORK',
      outcome: 'not-sent',
    });
    expect(recorder.requests).toEqual([]);
  });
});
