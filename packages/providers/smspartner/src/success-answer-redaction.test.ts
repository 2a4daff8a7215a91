import { createSmsClient, type SentEvent } from '@sms/core';
import { expectNoSecret } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import { useMockSmsPartner } from './test-support/mock-sms-partner';

// A key with characters that URL encoding changes, so the query-string form differs from the raw key.
const KEY = 'sp+Key/with=odd&chars-5e1f';
const ENCODED_KEY = new URLSearchParams({ apiKey: KEY }).toString().slice('apiKey='.length);

describe('a successful answer that echoes a credential', () => {
  const { provider, answerSend } = useMockSmsPartner(KEY);

  it('reaches neither result.raw nor the onSent hook', async () => {
    answerSend({
      success: true,
      code: 200,
      message_id: 307,
      nb_sms: 1,
      cost: 0.038,
      currency: 'EUR',
      apiKey: KEY,
      url: `/v1/send?apiKey=${ENCODED_KEY}`,
    });
    const sent: SentEvent[] = [];
    const client = createSmsClient({ providers: [provider()], hooks: { onSent: (event) => void sent.push(event) } });
    const result = await client.send({ to: '+33612345678', text: 'hi' });
    expect(result.messages[0]!.id).toBe('307');
    expect(sent).toHaveLength(1);
    expectNoSecret(result, [KEY, ENCODED_KEY]);
    expectNoSecret(sent, [KEY, ENCODED_KEY]);
  });
});
