import { createSmsClient, type SentEvent } from '@sms/core';
import { expectNoSecret } from '@sms/core/testing';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createGhasedak } from './create-ghasedak';
import type { GhasedakGatewayProvider, GhasedakProvider } from './ghasedak-provider';
import { GHASEDAK_GATEWAY_CAPABILITIES } from './ghasedak-provider';
import { TEST_API_KEY } from './test-support/mock-ghasedak';
import { gatewaySuccessAnswer, useMockGhasedakGateway } from './test-support/mock-ghasedak-gateway';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("createGhasedak({ api: 'gateway' })", () => {
  it('declares the gateway capabilities: no cancel, no status by reference, same id', () => {
    const provider = createGhasedak({ api: 'gateway' });
    expect(provider.id).toBe('ghasedak');
    expect(provider.api).toBe('gateway');
    expect(provider.capabilities).toBe(GHASEDAK_GATEWAY_CAPABILITIES);
    expect(provider.capabilities).toMatchObject({
      cancel: false,
      statusByReference: false,
      batch: true,
      templates: true,
    });
    expect('cancel' in provider).toBe(false);
    expect('parseWebhook' in provider).toBe(false);
  });

  it('has the gateway native API: sms, account, inbound, templates; no contacts, no cancel', () => {
    const provider = createGhasedak({ api: 'gateway' });
    expect(Object.keys(provider.native).sort()).toEqual(['account', 'inbound', 'sms', 'templates']);
    expect(Object.keys(provider.native.sms).sort()).toEqual([
      'sendBulk',
      'sendOtp',
      'sendOtpWithParams',
      'sendPairToPair',
      'sendSingle',
      'status',
    ]);
  });

  it('types native per API', () => {
    expectTypeOf(createGhasedak({ api: 'gateway' })).toEqualTypeOf<GhasedakGatewayProvider>();
    expectTypeOf(createGhasedak({ api: 'gateway' }).native.sms.sendOtp).toBeFunction();
    expectTypeOf(createGhasedak()).toEqualTypeOf<GhasedakProvider>();
    expectTypeOf(createGhasedak({ api: 'v2' }).native.sms.sendSimple).toBeFunction();
  });

  it('reads GHASEDAK_API when the setting is absent, and the setting wins over it', () => {
    vi.stubEnv('GHASEDAK_API', 'gateway');
    expect(createGhasedak().api).toBe('gateway');
    expect(createGhasedak({ api: 'v2' }).api).toBe('v2');
  });

  it('refuses an unknown API in the setting or the environment with INVALID_INPUT', () => {
    expect(() => createGhasedak({ api: 'v3' as 'v2' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    vi.stubEnv('GHASEDAK_API', 'rest');
    expect(() => createGhasedak()).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('refuses a gatewayChunkSize that is not a whole number from 1 to 1000', () => {
    for (const gatewayChunkSize of [0, 1.5, 1001]) {
      expect(() => createGhasedak({ api: 'gateway', gatewayChunkSize })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
  });
});

describe('the gateway through the client', () => {
  const mock = useMockGhasedakGateway();

  it('cancel fails with UNSUPPORTED before any request', async () => {
    const client = createSmsClient({ providers: [mock.provider] });
    await expect(client.cancel('4248')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(mock.recorder.requests).toEqual([]);
  });

  it('a successful answer that echoes the ApiKey reaches neither result.raw nor the onSent hook', async () => {
    mock.reply('SendSingleSMS', {
      json: {
        ...(gatewaySuccessAnswer({ receptor: '09121234567', messageId: '1' }).json as object),
        echo: `ApiKey: ${TEST_API_KEY}`,
      },
    });
    const sent: SentEvent[] = [];
    const client = createSmsClient({ providers: [mock.provider], hooks: { onSent: (event) => void sent.push(event) } });
    const result = await client.send({ to: '09121234567', text: 'hi' });
    expect(result.messages[0]!.id).toBe('1');
    expectNoSecret(result, [TEST_API_KEY]);
    expectNoSecret(sent, [TEST_API_KEY]);
  });
});
