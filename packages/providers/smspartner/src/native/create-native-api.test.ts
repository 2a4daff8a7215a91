import { describe, expect, it } from 'vitest';
import { createSmsPartner } from '../create-sms-partner';

describe('createNativeApi', () => {
  it('puts every endpoint group under one object, the stop list under its own name', () => {
    const { native } = createSmsPartner({ apiKey: 'unused-key' });
    expect(Object.keys(native).sort()).toMatchInlineSnapshot(`
      [
        "bulkSend",
        "bulkStatus",
        "bulkStatusByTag",
        "cancel",
        "lookup",
        "me",
        "messageStatus",
        "multiStatus",
        "parseWebhook",
        "send",
        "stopList",
      ]
    `);
    expect(Object.keys(native.stopList).sort()).toEqual(['add', 'list', 'remove']);
  });

  it("hands parseWebhook to the provider's parser, with its reply buffer", async () => {
    const provider = createSmsPartner({ apiKey: 'unused-key' });
    const part = (number: number, text: string) => ({
      msisdn: '33612345678',
      to: '33700000000',
      text,
      concat: 'true',
      'concat-ref': '7',
      'concat-total': '2',
      'concat-part': String(number),
    });
    // The first part goes through native, the second through the provider: one buffer, one reply.
    expect(await provider.native.parseWebhook({ headers: {}, body: part(1, 'Bon') })).toEqual([]);
    expect(await provider.parseWebhook({ headers: {}, body: part(2, 'jour') })).toMatchObject([
      { type: 'inbound', message: { from: '+33612345678', text: 'Bonjour' } },
    ]);
  });
});
