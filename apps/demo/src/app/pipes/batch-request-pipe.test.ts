import { describe, expect, it } from 'vitest';
import { BatchRequestPipe } from './batch-request-pipe';

describe('BatchRequestPipe', () => {
  const pipe = new BatchRequestPipe();

  it('reads personalised messages and the provider', () => {
    expect(
      pipe.transform({
        messages: [
          { to: '09121234567', text: 'Order 1' },
          { to: '09351234567', text: 'Order 2', reference: 'o-2' },
        ],
        provider: 'ghasedak',
      }),
    ).toEqual({
      messages: [
        { to: '09121234567', text: 'Order 1' },
        { to: '09351234567', text: 'Order 2', reference: 'o-2' },
      ],
      provider: 'ghasedak',
    });
  });

  it('points each problem into the entry it is about', () => {
    const body = {
      messages: [
        { to: '09121234567', text: 'ok' },
        { to: ['09121234567', '09351234567'], text: 'x' },
        { to: '0912', text: '', provider: 'x' },
      ],
      extra: 1,
    };

    let message = '';
    try {
      pipe.transform(body);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const pointer of ['#/extra', '#/messages/1/to', '#/messages/2/provider', '#/messages/2/text'])
      expect(message).toContain(`${pointer}: `);
    expect(message).not.toContain('#/messages/0');
  });

  it('refuses no messages, too many, and a non-object body', () => {
    expect(() => pipe.transform({ messages: [] })).toThrow(/#\/messages: `messages` must list 1 to 1000/);
    expect(() =>
      pipe.transform({ messages: Array.from({ length: 1001 }, () => ({ to: '09121234567', text: 'x' })) }),
    ).toThrow(/#\/messages/);
    expect(() => pipe.transform('messages')).toThrow(/#: The body must be a JSON object/);
  });
});
