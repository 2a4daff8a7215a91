import { describe, expect, it } from 'vitest';
import lookupAnswer from '../__fixtures__/lookup.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, lookup: exact wire', () => {
  const { recorder, provider, answer } = useMockSmsPartner();

  it('lookup: POST v1/lookup with comma-joined numbers; failed items are kept', async () => {
    answer('POST', '/v1/lookup', lookupAnswer);
    const found = await provider().native.lookup(['+212620123456', '+212666123456']);
    expect(found.lookup?.[0]?.format?.e164).toBe('+212620123456');
    expect(found.lookup?.[1]).toMatchObject({
      success: false,
      message: "Le numéro de téléphone est vide ou n'est pas valide.",
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "phoneNumbers": "+212620123456,+212666123456",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/lookup",
        },
      ]
    `);
  });
});
