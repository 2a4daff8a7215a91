import { describe, expect, it } from 'vitest';
import receivedAnswer from '../__fixtures__/received-answer.json' with { type: 'json' };
import sendAnswer from '../__fixtures__/send-answer.json' with { type: 'json' };
import statusAnswer from '../__fixtures__/status-answer.json' with { type: 'json' };
import templateRequest from '../__fixtures__/template-request.json' with { type: 'json' };
import {
  apiKeyProvider,
  caught,
  replyBulkSent,
  replyReceived,
  replySent,
  replyStatus,
  replyTemplateSent,
  useRecorder,
} from '../test-support/mock-sms-afzar';

describe('native.messages', () => {
  const recorder = useRecorder();

  it('messages.send posts the wire body and returns the typed answer', async () => {
    replySent(recorder);
    const answer = await apiKeyProvider(recorder).native.messages.send({
      recipientNumber: '+989100000000',
      content: 'Your message content',
      senderNumber: '981000100',
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "content": "Your message content",
            "recipientNumber": "09100000000",
            "senderNumber": "981000100",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/send",
        },
      ]
    `);
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
    replyBulkSent(recorder, { times: 2 });
    const provider = apiKeyProvider(recorder);
    const answer = await provider.native.messages.sendBulk({
      recipientNumbers: ['09100000000', '9300000000'],
      contents: ['hi'],
    });
    await provider.native.messages.sendBulk({
      recipientNumbers: ['09100000000'],
      contents: ['a', 'b'],
      senderNumbers: ['10001000', '30001000'],
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "contents": [
              "hi",
            ],
            "recipientNumbers": [
              "09100000000",
              "09300000000",
            ],
            "senderNumbers": [
              "10001000",
            ],
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/send/bulk",
        },
        {
          "body": {
            "contents": [
              "a",
              "b",
            ],
            "recipientNumbers": [
              "09100000000",
            ],
            "senderNumbers": [
              "10001000",
              "30001000",
            ],
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/send/bulk",
        },
      ]
    `);
    expect(answer.batchId).toBe('5f0c2b9e-7a51-4d4f-9d3c-1b2a3c4d5e6f');
    expect(answer.messages.map((message) => [message.sentMessageId, message.cost, message.parts])).toEqual([
      ['0b6f1c2a-1111-4a4a-8b8b-000000000001', 1800, 1],
      ['0b6f1c2a-2222-4a4a-8b8b-000000000002', 1800, 1],
    ]);
  });

  it('messages.sendBulk refuses lists of mismatched lengths before any request', async () => {
    const error = await caught(() =>
      apiKeyProvider(recorder).native.messages.sendBulk({
        recipientNumbers: ['09100000000', '09300000000', '09350000000'],
        contents: ['a', 'b'],
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('3 recipients, 2 texts and 1 senders');
    expect(recorder.requests).toHaveLength(0);
  });

  it('messages.sendTemplate takes parameters as SMSAfzar lists them', async () => {
    replyTemplateSent(recorder);
    await apiKeyProvider(recorder).native.messages.sendTemplate({
      recipientNumber: '09100000000',
      templateId: 'TydSt1skQE',
      parameters: [
        { name: 'code', value: '123456' },
        { name: 'price', value: '1,000,000' },
      ],
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "parameters": [
              {
                "name": "code",
                "value": "123456",
              },
              {
                "name": "price",
                "value": "1,000,000",
              },
            ],
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
            "templateId": "TydSt1skQE",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/send/template",
        },
      ]
    `);
    expect(recorder.requests[0]!.body).toEqual(templateRequest);
  });

  it('messages.status posts sentMessageIdes and types the answer', async () => {
    replyStatus(recorder);
    const answer = await apiKeyProvider(recorder).native.messages.status(['e1d20dd8-43c3-4b8e-a6d4-0f0e0d0c0b0a']);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "sentMessageIdes": [
              "e1d20dd8-43c3-4b8e-a6d4-0f0e0d0c0b0a",
            ],
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/status",
        },
      ]
    `);
    expect(answer.messages[1]).toEqual({
      sentMessageId: '955fe482-9d61-4e0b-8a4c-1a2b3c4d5e6f',
      recipientNumber: '09300000000',
      messageStatus: 3,
      statusDate: new Date('2026-11-22T08:01:30.000Z'),
      raw: statusAnswer.messages[1],
    });
  });

  it('messages.cancelScheduled escapes the batch id in the path and refuses an empty one', async () => {
    recorder.reply('DELETE', '/messages/send/scheduled/a%2Fb', { json: { batchId: 'a/b', messages: [] } });
    const provider = apiKeyProvider(recorder);
    expect((await provider.native.messages.cancelScheduled('a/b')).batchId).toBe('a/b');
    expect((await caught(() => provider.native.messages.cancelScheduled(''))).code).toBe('INVALID_INPUT');
    expect(recorder.requests.map((request) => `${request.method} ${request.wire.target}`)).toEqual([
      'DELETE /messages/send/scheduled/a%2Fb',
    ]);
  });

  it('messages.receivedRecent passes count and parses the answer', async () => {
    replyReceived(recorder, { query: { count: '5' } });
    const answer = await apiKeyProvider(recorder).native.messages.receivedRecent(5);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "cache-control": "no-cache",
            "x-api-key": "[apiKey]",
          },
          "method": "GET",
          "path": "/messages/received/recent",
          "query": {
            "count": "5",
          },
        },
      ]
    `);
    expect(answer.messages[0]).toEqual({
      receivedMessageId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      senderNumber: '09121234567',
      recipientNumber: '10001000',
      content: 'سلام، لطفا تماس بگیرید',
      receivedAt: new Date('2026-11-22T07:45:00.000Z'),
      raw: receivedAnswer.messages[0],
    });
  });
});
