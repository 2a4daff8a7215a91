import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  createMockGhasedakGateway,
  gatewayErrorAnswer,
  gatewayFixtureAnswer,
  gatewaySuccessAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

describe('send on the gateway', () => {
  it('one recipient: SendSingleSMS with the reference as clientReferenceId', async () => {
    mock.reply('SendSingleSMS', gatewayFixtureAnswer('send-single.json'));
    const result = await mock.provider.send({ to: '09121111111', text: 'hi', reference: 'req-1' });
    expect(mock.recorder.requests[0]!.body).toEqual({
      lineNumber: '10008566',
      receptor: '09121111111',
      message: 'hi',
      clientReferenceId: 'req-1',
    });
    expect(result.messages).toEqual([
      { to: '+989121111111', status: 'queued', id: '4248', segments: 1, cost: 1732, reference: 'req-1' },
    ]);
  });

  it('several recipients without a reference: SendBulkSMS, ids matched by receptor whatever the order', async () => {
    mock.reply(
      'SendBulkSMS',
      gatewaySuccessAnswer({
        receptors: [
          { receptor: '09122222222', messageId: '2' },
          { receptor: '09121111111', messageId: '1' },
        ],
      }),
    );
    const result = await mock.provider.send({ to: ['09121111111', '09122222222'], text: 'hi all' });
    expect(mock.recorder.requests[0]!.body).toEqual({
      lineNumber: '10008566',
      receptors: ['09121111111', '09122222222'],
      message: 'hi all',
    });
    expect(result.messages.map((message) => [message.to, message.id])).toEqual([
      ['+989121111111', '1'],
      ['+989122222222', '2'],
    ]);
  });

  it('several recipients with a reference: SendPairToPairSMS, one distinct clientReferenceId per message', async () => {
    mock.reply('SendPairToPairSMS', gatewayFixtureAnswer('send-pair-to-pair.json'));
    const result = await mock.provider.send({ to: ['09121111111', '09122222222'], text: 'hi', reference: 'a' });
    expect(mock.recorder.requests[0]!.body).toEqual({
      items: [
        { lineNumber: '10008566', receptor: '09121111111', message: 'hi', clientReferenceId: 'a-1' },
        { lineNumber: '10008566', receptor: '09122222222', message: 'hi', clientReferenceId: 'a-2' },
      ],
    });
    expect(result.messages.map((message) => [message.id, message.reference])).toEqual([
      ['5001', 'a-1'],
      ['5002', 'a-2'],
    ]);
  });

  it('with a reference and no sender line: one SendSingleSMS per recipient', async () => {
    const local = createMockGhasedakGateway({ lineNumber: undefined });
    try {
      local.reply(
        'SendSingleSMS',
        (request) =>
          gatewaySuccessAnswer({
            receptor: (request.body as { receptor: string }).receptor,
            messageId: (request.body as { clientReferenceId: string }).clientReferenceId === 'r-1' ? '1' : '2',
          }),
        { times: 2 },
      );
      const result = await local.provider.send({ to: ['09121111111', '09122222222'], text: 'hi', reference: 'r' });
      expect(local.recorder.requests.map((request) => request.body)).toEqual([
        { receptor: '09121111111', message: 'hi', clientReferenceId: 'r-1' },
        { receptor: '09122222222', message: 'hi', clientReferenceId: 'r-2' },
      ]);
      expect(result.messages.map((message) => message.id)).toEqual(['1', '2']);
    } finally {
      await local.close();
    }
  });

  it('splits recipients into requests of gatewayChunkSize', async () => {
    const local = createMockGhasedakGateway({ gatewayChunkSize: 2 });
    try {
      local.reply(
        'SendBulkSMS',
        (request) =>
          gatewaySuccessAnswer({
            receptors: (request.body as { receptors: string[] }).receptors.map((receptor) => ({
              receptor,
              messageId: receptor.slice(-1),
            })),
          }),
        { times: 2 },
      );
      const result = await local.provider.send({ to: ['09121111111', '09122222222', '09123333333'], text: 'x' });
      expect(local.recorder.requests.map((request) => (request.body as { receptors: string[] }).receptors)).toEqual([
        ['09121111111', '09122222222'],
        ['09123333333'],
      ]);
      expect(result.messages.map((message) => message.id)).toEqual(['1', '2', '3']);
      expect(local.provider.capabilities.maxRecipientsPerRequest).toBe(2);
    } finally {
      await local.close();
    }
  });

  it('a scheduled send writes sendDate with its offset and returns status scheduled', async () => {
    mock.reply('SendSingleSMS', gatewayFixtureAnswer('send-single.json'));
    const sendAt = new Date('2030-06-01T08:00:00Z');
    const result = await mock.provider.send({ to: '09121111111', text: 'later', sendAt });
    expect((mock.recorder.requests[0]!.body as { sendDate: string }).sendDate).toBe('2030-06-01T11:30:00+03:30');
    expect(result.messages[0]!.status).toBe('scheduled');
    expect(result.sendAt).toEqual(sendAt);
  });

  it('an answer missing a recipient marks it unknown with BAD_RESPONSE', async () => {
    mock.reply('SendBulkSMS', gatewaySuccessAnswer({ receptors: [{ receptor: '09121111111', messageId: '1' }] }));
    const result = await mock.provider.send({ to: ['09121111111', '09122222222'], text: 'x' });
    expect(result.messages[0]).toMatchObject({ id: '1', status: 'queued' });
    expect(result.messages[1]).toMatchObject({
      status: 'unknown',
      error: { code: 'BAD_RESPONSE', outcome: 'unknown' },
    });
  });

  it('a refused request throws the mapped error', async () => {
    mock.reply('SendSingleSMS', gatewayErrorAnswer(418, 400));
    const error = await mock.provider.send({ to: '09121111111', text: 'x' }).then(succeeded, failed);
    expect(error).toMatchObject({ code: 'INSUFFICIENT_CREDIT', outcome: 'not-sent' });
  });
});
