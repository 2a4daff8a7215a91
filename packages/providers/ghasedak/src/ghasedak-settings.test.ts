import { catchSmsError } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import { createGhasedak } from './create-ghasedak';
import { createMockGhasedak, success } from './test-support/mock-ghasedak';

describe('HTTP settings', () => {
  it('maxResponseBytes caps what is read of an answer', async () => {
    const mock = createMockGhasedak({ maxResponseBytes: 256 });
    try {
      mock.reply('sms/send/simple', { json: { ...success([2578793735]), padding: 'x'.repeat(1000) } });
      const error = await catchSmsError(() => mock.provider.send({ to: '09121234567', text: 'hi' }));
      expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', provider: 'ghasedak' });
      expect(error.message).toContain('maxResponseBytes');
    } finally {
      await mock.close();
    }
  });

  it('refuses a timeoutMs or maxResponseBytes that is not a positive number', () => {
    for (const settings of [{ timeoutMs: 0 }, { timeoutMs: -1 }, { maxResponseBytes: 0 }]) {
      expect(() => createGhasedak({ apiKey: 'k', ...settings })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
  });
});
