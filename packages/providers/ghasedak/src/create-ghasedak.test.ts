import { SmsError } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { createGhasedak } from './create-ghasedak';

describe('createGhasedak', () => {
  it('declares truthful capabilities and has no parseWebhook', () => {
    const provider = createGhasedak();
    expect(provider.id).toBe('ghasedak');
    expect(provider.capabilities).toEqual({
      maxRecipientsPerRequest: 100,
      maxBatchSize: 100,
      batch: true,
      templates: true,
      scheduling: true,
      cancel: true,
      status: true,
      statusByReference: true,
      balance: true,
      inbound: true,
      voice: true,
      webhooks: false,
    });
    expect('parseWebhook' in provider).toBe(false);
    for (const method of [
      'send',
      'sendBatch',
      'sendTemplate',
      'cancel',
      'getStatus',
      'getBalance',
      'listInbound',
      'close',
    ] as const) {
      expect(typeof provider[method]).toBe('function');
    }
  });

  it('keeps the whole native API under native, one property per endpoint group, and none of it at the top level', () => {
    const provider = createGhasedak();
    expect(Object.keys(provider.native).sort()).toEqual(['account', 'contacts', 'sms', 'verification', 'voice']);
    expect(Object.keys(provider.native.sms).sort()).toEqual([
      'cancel',
      'receiveLast',
      'receivePaging',
      'sendBulk',
      'sendPair',
      'sendSimple',
      'status',
    ]);
    expect(typeof provider.native.verification.send).toBe('function');
    expect(typeof provider.native.voice.send).toBe('function');
    expect(typeof provider.native.account.info).toBe('function');
    expect(Object.keys(provider.native.contacts).sort()).toEqual([
      'addNumbers',
      'createGroup',
      'listGroups',
      'listNumbers',
      'removeGroup',
      'removeNumbers',
      'renameGroup',
    ]);
    for (const group of ['sms', 'verification', 'voice', 'account', 'contacts']) expect(group in provider).toBe(false);
  });

  it('reads no credential at creation and takes another id for a second account', () => {
    const previous = process.env.GHASEDAK_API_KEY;
    delete process.env.GHASEDAK_API_KEY;
    try {
      expect(createGhasedak({ id: 'ghasedak-marketing' }).id).toBe('ghasedak-marketing');
    } finally {
      if (previous !== undefined) process.env.GHASEDAK_API_KEY = previous;
    }
  });

  it('refuses a sender line that is not digits and a bad concurrency at creation', () => {
    expect(() => createGhasedak({ lineNumber: 'MyBrand' })).toThrow(SmsError);
    expect(() => createGhasedak({ concurrency: 0 })).toThrow(SmsError);
  });
});
