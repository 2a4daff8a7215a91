import { describe, expect, it } from 'vitest';
import lookupAnswer from '../__fixtures__/lookup.json';
import { API_KEY, useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, lookup: exact wire', () => {
  const { mock, provider } = useMockSmsPartner();

  it('lookup: POST v1/lookup with comma-joined numbers; failed items are kept', async () => {
    mock.reply('POST', '/v1/lookup', lookupAnswer);
    const answer = await provider().native.lookup(['+212620123456', '+212666123456']);
    expect(answer.lookup?.[0]?.format?.e164).toBe('+212620123456');
    expect(answer.lookup?.[1]).toMatchObject({ success: false, message: "Le numéro de téléphone est vide ou n'est pas valide." });
    expect(mock.requests[0]).toMatchObject({ method: 'POST', path: '/v1/lookup' });
    expect(mock.requests[0]?.body).toEqual({ apiKey: API_KEY, phoneNumbers: '+212620123456,+212666123456', _format: 'json' });
  });
});
