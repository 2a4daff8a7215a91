import type { SendResult } from '@sms/core';
import { describe, expect, it, vi } from 'vitest';
import sendAnswer from '../__fixtures__/send-answer.json' with { type: 'json' };
import {
  apiKeyProvider,
  caught,
  fakeJwt,
  jwtProvider,
  replyBulkSent,
  replySent,
  replyToken,
  SENDER,
  useRecorder,
} from '../test-support/mock-sms-afzar';

function bulkAnswerFor(recipients: readonly string[], batchId: string) {
  return {
    batchId,
    messages: recipients.map((recipientNumber, index) => ({
      sentMessageId: `${batchId}-${index}`,
      senderNumber: SENDER,
      recipientNumber,
      content: 'x',
      parts: '1',
      cost: '1,800',
      messageStatus: 1,
    })),
  };
}

describe('send', () => {
  const recorder = useRecorder();

  it('posts one recipient to messages/send with X-Api-Key and parses the documented answer', async () => {
    replySent(recorder);
    const provider = apiKeyProvider(recorder);

    const result = await provider.send({ to: '+989100000000', text: 'Your message content' });

    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "content": "Your message content",
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
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
    expect(result).toEqual({
      provider: 'smsafzar',
      batchId: '03bd52ed-8cb0-4a43-b9e7-dafff83c9565',
      messages: [
        {
          to: '+989100000000',
          id: 'ec28329d-503f-4e9e-be82-c88bbd6f88d6',
          status: 'queued',
          providerStatus: 1,
          segments: 1,
          cost: 1800,
          batchId: '03bd52ed-8cb0-4a43-b9e7-dafff83c9565',
        },
      ],
      cost: 1800,
      currency: 'IRR',
      raw: sendAnswer,
    });
  });

  it('sends with a bearer token in JWT mode, after getting it from auth/token', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    replySent(recorder);
    const provider = jwtProvider(recorder);

    await provider.send({ to: '09100000000', text: 'Your message content' });

    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "domain": "sms.smsafzar",
            "password": "[password]",
            "userName": "smsafzar-user",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/auth/token",
        },
        {
          "body": {
            "content": "Your message content",
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
          },
          "headers": {
            "authorization": "Bearer [token]",
            "cache-control": "no-cache",
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/messages/send",
        },
      ]
    `);
  });

  it.each([
    ['09xxxxxxxxx', '09100000000'],
    ['9xxxxxxxxx', '9100000000'],
    ['00989xxxxxxxxx', '00989100000000'],
    ['+989xxxxxxxxx', '+989100000000'],
    ['989xxxxxxxxx', '989100000000'],
    ['with spaces', '+98 910 000 0000'],
    ['0098 with spaces', '0098 910 000 0000'],
    ['98 with spaces', '98 910 000 0000'],
    ['Persian digits', '۰۹۱۰۰۰۰۰۰۰۰'],
  ])('sends a recipient written as %s as 09xxxxxxxxx', async (_notation, written) => {
    replySent(recorder);
    const result = await apiKeyProvider(recorder).send({ to: written, text: 'hi' });
    expect(recorder.requests[0]!.body).toMatchObject({ recipientNumber: '09100000000' });
    expect(result.messages[0]!.to).toBe('+989100000000');
  });

  it.each(['10001000', '00981000100', '+981000100', '981000100'])(
    'sends the sender line %s as given',
    async (sender) => {
      replySent(recorder);
      await apiKeyProvider(recorder).send({ to: '09100000000', text: 'hi', from: sender });
      expect(recorder.requests[0]!.body).toMatchObject({ senderNumber: sender });
    },
  );

  it('uses the SMSAFZAR_SENDER_NUMBER environment variable when no sender is set', async () => {
    vi.stubEnv('SMSAFZAR_SENDER_NUMBER', '30001000');
    replySent(recorder);
    await apiKeyProvider(recorder, { senderNumber: undefined }).send({ to: '09100000000', text: 'hi' });
    expect(recorder.requests[0]!.body).toMatchObject({ senderNumber: '30001000' });
  });

  it('refuses a missing or malformed sender, a non-Iranian recipient and an empty text before any request', async () => {
    vi.stubEnv('SMSAFZAR_SENDER_NUMBER', '');
    const provider = apiKeyProvider(recorder, { senderNumber: undefined });
    const noSender = await caught(() => provider.send({ to: '09100000000', text: 'hi' }));
    expect(noSender.code).toBe('INVALID_INPUT');
    expect(noSender.message).toContain('SMSAFZAR_SENDER_NUMBER');
    const badSender = await caught(() => provider.send({ to: '09100000000', text: 'hi', from: 'MyShop' }));
    expect(badSender.code).toBe('INVALID_SENDER');
    const french = await caught(() => provider.send({ to: '+33612345678', text: 'hi', from: SENDER }));
    expect(french.code).toBe('INVALID_RECIPIENT');
    expect(french.outcome).toBe('not-sent');
    const landline = await caught(() => provider.send({ to: '02112345678', text: 'hi', from: SENDER }));
    expect(landline.code).toBe('INVALID_RECIPIENT');
    const junk = await caught(() => provider.send({ to: ['09100000000', 'call me'], text: 'hi', from: SENDER }));
    expect(junk.code).toBe('INVALID_RECIPIENT');
    expect(junk.message).toContain('recipient 2 of 2');
    const empty = await caught(() => provider.send({ to: '09100000000', text: '', from: SENDER }));
    expect(empty.code).toBe('INVALID_INPUT');
    expect(recorder.requests).toHaveLength(0);
  });

  it('sends many recipients through messages/send/bulk with one sender and one text, and parses each message', async () => {
    replyBulkSent(recorder);
    const result = await apiKeyProvider(recorder).send({
      to: ['09100000000', '+98 930 000 0000'],
      text: 'Your message content',
    });

    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "contents": [
              "Your message content",
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
      ]
    `);
    expect(result.batchId).toBe('5f0c2b9e-7a51-4d4f-9d3c-1b2a3c4d5e6f');
    expect(result.messages).toEqual([
      {
        to: '+989100000000',
        id: '0b6f1c2a-1111-4a4a-8b8b-000000000001',
        status: 'queued',
        providerStatus: 1,
        segments: 1,
        cost: 1800,
        batchId: '5f0c2b9e-7a51-4d4f-9d3c-1b2a3c4d5e6f',
      },
      {
        to: '+989300000000',
        id: '0b6f1c2a-2222-4a4a-8b8b-000000000002',
        status: 'queued',
        providerStatus: 1,
        segments: 1,
        cost: 1800,
        batchId: '5f0c2b9e-7a51-4d4f-9d3c-1b2a3c4d5e6f',
      },
    ]);
    expect(result.cost).toBe(3600);
  });

  it('splits 250 recipients into bulk requests of 100, 100 and 50 and merges them in input order', async () => {
    const recipients = Array.from({ length: 250 }, (_, index) => `0912${String(1_000_000 + index).padStart(7, '0')}`);
    // Each request is answered for the recipients it carries, whichever order the requests go out in.
    recorder.reply(
      'POST',
      '/messages/send/bulk',
      (request) => {
        const sent = (request.body as { recipientNumbers: string[] }).recipientNumbers;
        return { json: bulkAnswerFor(sent, `batch-${recipients.indexOf(sent[0]!) / 100}`) };
      },
      { times: 3 },
    );
    const result = await apiKeyProvider(recorder, { concurrency: 2 }).send({ to: recipients, text: 'bulk' });

    const sizes = recorder.requests.map(
      (request) => (request.body as { recipientNumbers: string[] }).recipientNumbers.length,
    );
    expect(sizes.sort((left, right) => right - left)).toEqual([100, 100, 50]);
    expect(result.messages).toHaveLength(250);
    expect(result.messages.map((message) => message.to)).toEqual(
      recipients.map((recipient) => `+98${recipient.slice(1)}`),
    );
    expect(result.messages[0]!.id).toBe('batch-0-0');
    expect(result.messages[249]).toMatchObject({ id: 'batch-2-49', batchId: 'batch-2' });
    // Several requests: each message keeps its own batch id, the result has none of its own.
    expect(result.batchId).toBeUndefined();
    expect(result.cost).toBe(250 * 1800);
    expect(result.raw).toHaveLength(3);
  });

  it('uses the bulkSize setting for the chunk size', async () => {
    const recipients = ['09100000001', '09100000002', '09100000003'];
    recorder.reply('POST', '/messages/send/bulk', { json: bulkAnswerFor(recipients.slice(0, 2), 'first') });
    recorder.reply('POST', '/messages/send/bulk', { json: bulkAnswerFor(recipients.slice(2), 'second') });
    const provider = apiKeyProvider(recorder, { bulkSize: 2, concurrency: 1 });
    expect(provider.capabilities.maxRecipientsPerRequest).toBe(2);
    const result = await provider.send({ to: recipients, text: 'bulk' });
    expect(
      recorder.requests.map((request) => (request.body as { recipientNumbers: string[] }).recipientNumbers),
    ).toEqual([recipients.slice(0, 2), recipients.slice(2)]);
    expect(result.messages.map((message) => message.batchId)).toEqual(['first', 'first', 'second']);
  });

  it('matches bulk answers by recipient number when they come back in another order, and marks a missing one unknown', async () => {
    recorder.reply('POST', '/messages/send/bulk', {
      json: {
        batchId: 'b',
        messages: [
          { sentMessageId: 'second', recipientNumber: '09300000000', messageStatus: 1 },
          { sentMessageId: 'first', recipientNumber: '09100000000', messageStatus: 1 },
        ],
      },
    });
    const result = await apiKeyProvider(recorder).send({
      to: ['09100000000', '09300000000', '09350000000'],
      text: 'x',
    });
    expect(result.messages.map((message) => [message.id, message.status])).toEqual([
      ['first', 'queued'],
      ['second', 'queued'],
      [undefined, 'unknown'],
    ]);
  });

  it('reports a partial failure when a later chunk fails after the first went out', async () => {
    const recipients = ['09100000001', '09100000002', '09100000003'];
    recorder.reply('POST', '/messages/send/bulk', { json: bulkAnswerFor(recipients.slice(0, 2), 'ok') });
    recorder.reply('POST', '/messages/send/bulk', {
      status: 400,
      json: { errorCode: 1053, errorMessage: '.شماره خط فرستنده در حساب کاربر تعریف نشده است' },
    });
    const error = await caught(() =>
      apiKeyProvider(recorder, { bulkSize: 2, concurrency: 1 }).send({ to: recipients, text: 'x' }),
    );
    expect(error.outcome).toBe('unknown');
    expect(error.code).toBe('INVALID_SENDER');
    expect((error.result as SendResult | undefined)?.messages.map((message) => message.status)).toEqual([
      'queued',
      'queued',
      'failed',
    ]);
  });

  it.each([
    ['messages/send', ['09100000000'], { status: 'ok' }],
    ['messages/send', ['09100000000'], { batchId: 'b-1' }],
    [
      'messages/send',
      ['09100000000'],
      { batchId: 'b-1', message: { recipientNumber: '09100000000', messageStatus: 1 } },
    ],
    ['messages/send/bulk', ['09100000000', '09300000000'], { batchId: 'b-1', messages: [] }],
    ['messages/send/bulk', ['09100000000', '09300000000'], { status: 'ok' }],
  ])(
    'refuses a 200 from %s with no message id (%j) as BAD_RESPONSE with an unknown outcome',
    async (path, to, answer) => {
      recorder.reply('POST', `/${path}`, { json: answer });
      const error = await caught(() => apiKeyProvider(recorder).send({ to, text: 'x' }));
      expect(error).toMatchObject({
        code: 'BAD_RESPONSE',
        outcome: 'unknown',
        provider: 'smsafzar',
        statusCode: 200,
        responseBody: answer,
      });
      expect(error.message).toContain('names no message id');
    },
  );

  it('schedules with sendTimestamp in Unix seconds and returns scheduled entries', async () => {
    const sendAt = new Date(Date.now() + 3_600_000);
    recorder.reply('POST', '/messages/send', {
      json: { ...sendAnswer, message: { ...sendAnswer.message, messageStatus: 5 } },
    });
    const result = await apiKeyProvider(recorder).send({ to: '09100000000', text: 'later', sendAt });
    expect(recorder.requests[0]!.body).toEqual({
      senderNumber: SENDER,
      recipientNumber: '09100000000',
      content: 'later',
      sendTimestamp: Math.ceil(sendAt.getTime() / 1000),
    });
    expect(result.messages[0]).toMatchObject({ status: 'scheduled', providerStatus: 5 });
    expect(result.sendAt).toEqual(new Date(Math.ceil(sendAt.getTime() / 1000) * 1000));
  });

  it('schedules a bulk send with one sendTimestamp', async () => {
    const sendAt = new Date(Date.now() + 3_600_000);
    replyBulkSent(recorder);
    const result = await apiKeyProvider(recorder).send({ to: ['09100000000', '09300000000'], text: 'later', sendAt });
    expect(recorder.requests[0]!.body).toMatchObject({ sendTimestamp: Math.ceil(sendAt.getTime() / 1000) });
    expect(result.messages.map((message) => message.status)).toEqual(['scheduled', 'scheduled']);
  });

  it('refuses a past or invalid sendAt before any request', async () => {
    const provider = apiKeyProvider(recorder);
    const past = await caught(() =>
      provider.send({ to: '09100000000', text: 'x', sendAt: new Date(Date.now() - 1000) }),
    );
    expect(past.code).toBe('INVALID_INPUT');
    expect(past.outcome).toBe('not-sent');
    const invalid = await caught(() => provider.send({ to: '09100000000', text: 'x', sendAt: new Date('nope') }));
    expect(invalid.code).toBe('INVALID_INPUT');
    expect(recorder.requests).toHaveLength(0);
  });

  it('parses an answer with unexpected field types leniently', async () => {
    recorder.reply('POST', '/messages/send', {
      json: {
        BatchId: 'b-1',
        message: { sentMessageId: 42, parts: 2, cost: '۳٬۶۰۰', messageStatus: '1', extra: true },
      },
    });
    const result = await apiKeyProvider(recorder).send({ to: '09100000000', text: 'x' });
    expect(result.batchId).toBe('b-1');
    expect(result.messages[0]).toEqual({
      to: '+989100000000',
      id: '42',
      status: 'queued',
      providerStatus: 1,
      segments: 2,
      cost: 3600,
      batchId: 'b-1',
    });
  });
});
