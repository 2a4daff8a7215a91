import { describe, expect, it } from 'vitest';
import { createSmsAfzar } from './create-sms-afzar';
import { SMS_AFZAR_CAPABILITIES } from './sms-afzar-provider';

describe('createSmsAfzar', () => {
  it('refuses invalid numeric settings at creation', () => {
    expect(() => createSmsAfzar({ bulkSize: 0 })).toThrow(/bulkSize/);
    expect(() => createSmsAfzar({ concurrency: 1.5 })).toThrow(/concurrency/);
  });

  it('declares truthful capabilities and only the methods it has', () => {
    const provider = createSmsAfzar({ id: 'afzar-main' });
    expect(provider.id).toBe('afzar-main');
    expect(provider.capabilities).toEqual({
      maxRecipientsPerRequest: 100,
      maxBatchSize: 100,
      batch: true,
      templates: true,
      scheduling: true,
      cancel: true,
      cancelWindowMs: 30_000,
      status: true,
      statusByReference: false,
      balance: true,
      inbound: true,
      voice: false,
      webhooks: false,
    });
    expect(provider.capabilities).toBe(SMS_AFZAR_CAPABILITIES);
    expect('parseWebhook' in provider).toBe(false);
  });

  it('takes the per-request limits of its capabilities from bulkSize', () => {
    const provider = createSmsAfzar({ bulkSize: 40 });
    expect(provider.capabilities).toEqual({ ...SMS_AFZAR_CAPABILITIES, maxRecipientsPerRequest: 40, maxBatchSize: 40 });
    expect(Object.isFrozen(provider.capabilities)).toBe(true);
    expect(SMS_AFZAR_CAPABILITIES.maxRecipientsPerRequest).toBe(100);
  });

  it('puts the native API under `native` only, one group per endpoint prefix', () => {
    const provider = createSmsAfzar();
    expect(Object.keys(provider.native).sort()).toEqual(['account', 'auth', 'messages']);
    expect(Object.keys(provider.native.messages).sort()).toEqual([
      'cancelScheduled',
      'receivedRecent',
      'send',
      'sendBulk',
      'sendTemplate',
      'status',
    ]);
    expect(typeof provider.native.account.balance).toBe('function');
    expect(typeof provider.native.auth.token).toBe('function');
    for (const group of ['messages', 'account', 'auth']) expect(group in provider).toBe(false);
  });
});
