import { describe, expect, it } from 'vitest';
import bulkAnswer from '../__fixtures__/bulk-answer.json' with { type: 'json' };
import sendAnswer from '../__fixtures__/send-answer.json' with { type: 'json' };
import statusAnswer from '../__fixtures__/status-answer.json' with { type: 'json' };
import templateRequest from '../__fixtures__/template-request.json' with { type: 'json' };
import { API_KEY, apiKeyProvider, caught, JSON_HEADERS, useMock } from '../test-support/mock-sms-afzar';

describe('native API', () => {
  const mock = useMock();

  it('messages.send posts the wire body and returns the typed answer', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send' }).reply(200, sendAnswer, JSON_HEADERS);
    const answer = await apiKeyProvider(mock).native.messages.send({ recipientNumber: '+989100000000', content: 'Your message content', senderNumber: '981000100' });
    expect(mock.calls()[0]!.body).toEqual({ senderNumber: '981000100', recipientNumber: '09100000000', content: 'Your message content' });
    expect(answer).toEqual({
      batchId: '03bd52ed-8cb0-4a43-b9e7-dafff83c9565',
      message: {
        sentMessageId: 'ec28329d-503f-4e9e-be82-c88bbd6f88d6',
        senderNumber: '10001000',
        recipientNumber: '09100000000',
        content: 'Your message content',
        language: 'English',
        operator: 'Mci',
        parts: 1,
        cost: 1800,
        messageStatus: 1,
        raw: sendAnswer.message,
      },
      raw: sendAnswer,
    });
  });

  it('messages.sendBulk broadcasts one-element lists and sends per-message lists as given', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send/bulk' }).reply(200, bulkAnswer, JSON_HEADERS).times(2);
    const provider = apiKeyProvider(mock);
    const answer = await provider.native.messages.sendBulk({ recipientNumbers: ['09100000000', '9300000000'], contents: ['hi'] });
    await provider.native.messages.sendBulk({ recipientNumbers: ['09100000000'], contents: ['a', 'b'], senderNumbers: ['10001000', '30001000'] });
    expect(mock.calls().map((call) => call.body)).toEqual([
      { senderNumbers: ['10001000'], recipientNumbers: ['09100000000', '09300000000'], contents: ['hi'] },
      { senderNumbers: ['10001000', '30001000'], recipientNumbers: ['09100000000'], contents: ['a', 'b'] },
    ]);
    expect(answer.batchId).toBe('5f0c2b9e-7a51-4d4f-9d3c-1b2a3c4d5e6f');
    expect(answer.messages.map((message) => [message.sentMessageId, message.cost, message.parts])).toEqual([
      ['0b6f1c2a-1111-4a4a-8b8b-000000000001', 1800, 1],
      ['0b6f1c2a-2222-4a4a-8b8b-000000000002', 1800, 1],
    ]);
  });

  it('messages.sendBulk refuses lists of mismatched lengths before any request', async () => {
    const error = await caught(() =>
      apiKeyProvider(mock).native.messages.sendBulk({ recipientNumbers: ['09100000000', '09300000000', '09350000000'], contents: ['a', 'b'] }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('3 recipients, 2 texts and 1 senders');
    expect(mock.calls()).toHaveLength(0);
  });

  it('messages.sendTemplate takes parameters as SMSAfzar lists them', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/send/template' }).reply(200, sendAnswer, JSON_HEADERS);
    await apiKeyProvider(mock).native.messages.sendTemplate({
      recipientNumber: '09100000000',
      templateId: 'TydSt1skQE',
      parameters: [
        { name: 'code', value: '123456' },
        { name: 'price', value: '1,000,000' },
      ],
    });
    expect(mock.calls()[0]!.body).toEqual(templateRequest);
  });

  it('messages.status posts sentMessageIdes and types the answer', async () => {
    mock.pool.intercept({ method: 'POST', path: '/messages/status' }).reply(200, statusAnswer, JSON_HEADERS);
    const answer = await apiKeyProvider(mock).native.messages.status(['e1d20dd8-43c3-4b8e-a6d4-0f0e0d0c0b0a']);
    expect(mock.calls()[0]!.headers['x-api-key']).toBe(API_KEY);
    expect(mock.calls()[0]!.body).toEqual({ sentMessageIdes: ['e1d20dd8-43c3-4b8e-a6d4-0f0e0d0c0b0a'] });
    expect(answer.messages[1]).toEqual({
      sentMessageId: '955fe482-9d61-4e0b-8a4c-1a2b3c4d5e6f',
      recipientNumber: '09300000000',
      messageStatus: 3,
      statusDate: new Date('2026-11-22T08:01:30.000Z'),
      raw: statusAnswer.messages[1],
    });
  });

  it('messages.cancelScheduled escapes the batch id in the path and refuses an empty one', async () => {
    mock.pool.intercept({ method: 'DELETE', path: '/messages/send/scheduled/a%2Fb' }).reply(200, { batchId: 'a/b', messages: [] }, JSON_HEADERS);
    const provider = apiKeyProvider(mock);
    expect((await provider.native.messages.cancelScheduled('a/b')).batchId).toBe('a/b');
    expect((await caught(() => provider.native.messages.cancelScheduled(''))).code).toBe('INVALID_INPUT');
  });
});
