import { createSmsClient, type SentEvent } from '@sms/core';
import { expectNoSecret } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import { success, TEST_API_KEY, useMockGhasedak } from './test-support/mock-ghasedak';

describe('a successful answer that echoes a credential', () => {
  const mock = useMockGhasedak();

  it('reaches neither result.raw nor the onSent hook', async () => {
    mock.reply('sms/send/simple', {
      json: { ...success([2578793735]), echo: `apikey=${TEST_API_KEY}`, token: 'session-token-value' },
    });
    const sent: SentEvent[] = [];
    const client = createSmsClient({ providers: [mock.provider], hooks: { onSent: (event) => void sent.push(event) } });
    const result = await client.send({ to: '09121234567', text: 'hi' });
    expect(result.messages[0]!.id).toBe('2578793735');
    expect(sent).toHaveLength(1);
    expectNoSecret(result, [TEST_API_KEY, 'session-token-value']);
    expectNoSecret(sent, [TEST_API_KEY, 'session-token-value']);
  });
});
