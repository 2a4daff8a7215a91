import { describe, expect, it } from 'vitest';
import {
  createMockGhasedakGateway,
  gatewaySuccessAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';
import { failed, succeeded } from '../test-support/mock-ghasedak';

const mock = useMockGhasedakGateway();

function echoPairToPair(request: { body?: unknown }) {
  const items = (request.body as { items: { receptor: string; message: string; clientReferenceId?: string }[] }).items;
  // Reversed, so the client must match by reference or recipient and text.
  return gatewaySuccessAnswer({
    items: items.map((item, index) => ({ ...item, messageId: `id-${item.message}`, cost: 10 + index })).reverse(),
  });
}

describe('sendBatch on the gateway', () => {
  it('sends SendPairToPairSMS with per-message text, line, reference and date; commas are fine', async () => {
    mock.reply('SendPairToPairSMS', echoPairToPair);
    const sendAt = new Date('2030-06-01T08:00:00Z');
    const result = await mock.provider.sendBatch([
      { to: '09121111111', text: 'a, with a comma', reference: 'r1', sendAt },
      { to: '09122222222', text: 'b', from: '30005088' },
      { to: '09121111111', text: 'c' },
    ]);
    expect(mock.recorder.requests[0]!.body).toEqual({
      items: [
        {
          lineNumber: '10008566',
          receptor: '09121111111',
          message: 'a, with a comma',
          clientReferenceId: 'r1',
          sendDate: '2030-06-01T11:30:00+03:30',
        },
        { lineNumber: '30005088', receptor: '09122222222', message: 'b' },
        { lineNumber: '10008566', receptor: '09121111111', message: 'c' },
      ],
    });
    expect(result.messages.map((message) => [message.to, message.id, message.status, message.reference])).toEqual([
      ['+989121111111', 'id-a, with a comma', 'scheduled', 'r1'],
      ['+989122222222', 'id-b', 'queued', undefined],
      ['+989121111111', 'id-c', 'queued', undefined],
    ]);
  });

  it('splits into requests of gatewayChunkSize and sends a message without any line through SendSingleSMS', async () => {
    const local = createMockGhasedakGateway({ lineNumber: undefined, gatewayChunkSize: 1 });
    try {
      local.reply('SendPairToPairSMS', echoPairToPair, { times: 2 });
      local.reply('SendSingleSMS', gatewaySuccessAnswer({ receptor: '09123333333', messageId: 'single' }));
      const result = await local.provider.sendBatch([
        { to: '09121111111', text: 'a', from: '30005088' },
        { to: '09123333333', text: 'no line' },
        { to: '09122222222', text: 'b', from: '30005088' },
      ]);
      expect(local.recorder.requests.map((request) => request.path.split('/').pop())).toEqual([
        'SendPairToPairSMS',
        'SendSingleSMS',
        'SendPairToPairSMS',
      ]);
      expect(result.messages.map((message) => message.id)).toEqual(['id-a', 'single', 'id-b']);
    } finally {
      await local.close();
    }
  });

  it('refuses two messages with the same reference before any request', async () => {
    const error = await mock.provider
      .sendBatch([
        { to: '09121111111', text: 'a', reference: 'same' },
        { to: '09122222222', text: 'b', reference: 'same' },
      ])
      .then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
    expect(mock.recorder.requests).toEqual([]);
  });
});
