import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '@sms/core/provider-utils';
import {
  createMockGhasedak,
  failed,
  fixture,
  fixtureAnswer,
  formOf,
  htmlAnswer,
  succeeded,
  successAnswer,
  tableErrorAnswer,
  useMockGhasedak,
} from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

/** 250 distinct Iranian mobiles, `+98912…`. */
const recipients = Array.from({ length: 250 }, (_, index) => `+98912${String(1_000_000 + index)}`);
const national = (e164: string): string => `0${e164.slice(3)}`;
/** Answers a pair request with one id per receptor, derived from the receptor so the order can be checked. */
const idsFor = (request: RecordedRequest) =>
  successAnswer(
    formOf(request)
      .receptor!.split(',')
      .map((receptor) => Number(`7${receptor.slice(-7)}`)),
  );

describe('send to one recipient', () => {
  it('uses sms/send/simple and returns one queued entry with a string id', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('send-simple.json'));
    const result = await mock.provider.send({ to: '09121111111', text: 'test' });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "linenumber": "10008566",
            "message": "test",
            "receptor": "09121111111",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/simple",
        },
      ]
    `);
    expect(result).toEqual({
      provider: 'ghasedak',
      messages: [{ to: '+989121111111', id: '2578793735', status: 'queued', segments: 1 }],
      raw: fixture('send-simple.json'),
    });
  });

  it('sends Persian text as UTF-8 and counts UCS-2 segments', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('send-simple.json'));
    const text = 'سلام، این یک پیام آزمایشی از قاصدک است که برای بررسی طول پیام فارسی کمی بلندتر نوشته شده است.';
    const result = await mock.provider.send({ to: '۰۹۱۲۱۱۱۱۱۱۱', text, from: '30005088' });
    expect(formOf(mock.recorder.requests[0]!)).toEqual({
      message: text,
      receptor: '09121111111',
      linenumber: '30005088',
    });
    expect(mock.recorder.requests[0]!.wire.body).toContain(`message=${encodeURIComponent('سلام')}`);
    expect(result.messages[0]!.segments).toBe(2);
  });

  it('schedules with senddate in Unix seconds, sends the reference as checkid, and reports scheduled', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('send-simple.json'));
    const sendAt = new Date(Date.now() + 3_600_000);
    const result = await mock.provider.send({ to: '09121111111', text: 'later', sendAt, reference: 'order-42' });
    expect(formOf(mock.recorder.requests[0]!)).toEqual({
      message: 'later',
      receptor: '09121111111',
      linenumber: '10008566',
      senddate: String(Math.floor(sendAt.getTime() / 1000)),
      checkid: 'order-42',
    });
    expect(result.sendAt).toEqual(sendAt);
    expect(result.messages[0]!.status).toBe('scheduled');
  });

  it('refuses a number abroad with INVALID_RECIPIENT before any request', async () => {
    const error = await mock.provider.send({ to: ['09121111111', '+33612345678'], text: 'x' }).then(succeeded, failed);
    expect(error).toMatchObject({ code: 'INVALID_RECIPIENT', outcome: 'not-sent' });
    expect(error.message).toContain('+33612345678');
    expect(mock.recorder.requests).toEqual([]);
  });
});

describe('send to many recipients', () => {
  it('splits 250 recipients into sms/send/pair requests of 100, 100 and 50, results in input order', async () => {
    mock.reply('sms/send/pair', idsFor, { times: 3 });
    const result = await mock.provider.send({ to: recipients, text: 'hello' });
    const requests = mock.recorder.requests;
    expect(requests.map((request) => request.path)).toEqual([
      '/v2/sms/send/pair',
      '/v2/sms/send/pair',
      '/v2/sms/send/pair',
    ]);
    const sizes = requests
      .map((request) => formOf(request).receptor!.split(',').length)
      .sort((left, right) => right - left);
    expect(sizes).toEqual([100, 100, 50]);
    const sent = requests.flatMap((request) => formOf(request).receptor!.split(',')).sort();
    expect(sent).toEqual(recipients.map(national).sort());
    for (const request of requests) expect(formOf(request)).toMatchObject({ message: 'hello', linenumber: '10008566' });
    expect(result.messages).toHaveLength(250);
    expect(result.messages.map((message) => message.to)).toEqual(recipients);
    expect(result.messages.map((message) => message.id)).toEqual(
      recipients.map((recipient) => `7${recipient.slice(-7)}`),
    );
    expect(Array.isArray(result.raw) && result.raw.length).toBe(3);
  });

  it('returns message ids beyond 2^53 exactly as the answer wrote them', async () => {
    const answer = '{"result":{"code":200,"message":"success"},"items":[9007199254740993,18014398509481985]}';
    mock.reply('sms/send/pair', { text: answer, headers: { 'content-type': 'application/json' } });
    const result = await mock.provider.send({ to: ['09111111111', '09111111112'], text: 'hi' });
    expect(result.messages.map((message) => message.id)).toEqual(['9007199254740993', '18014398509481985']);
  });

  it('gives each receptor its own checkid, the reference and its position, and shows it on each entry', async () => {
    mock.reply('sms/send/pair', fixtureAnswer('send-pair.json'));
    const result = await mock.provider.send({ to: ['09111111111', '09111111112'], text: 'hi', reference: '2020' });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "checkid": "2020-1,2020-2",
            "linenumber": "10008566",
            "message": "hi",
            "receptor": "09111111111,09111111112",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/pair",
        },
      ]
    `);
    expect(result.messages.map((message) => [message.id, message.reference])).toEqual([
      ['2581100787', '2020-1'],
      ['2581100788', '2020-2'],
    ]);
  });

  it('numbers checkids across requests by position in the whole send, also on the entries of a request that may have gone out', async () => {
    const failing = createMockGhasedak({ concurrency: 1 });
    try {
      failing.reply('sms/send/pair', idsFor);
      failing.reply('sms/send/pair', htmlAnswer(502, '<html>Bad Gateway</html>'));
      const error = await failing.provider
        .send({ to: recipients, text: 'hello', reference: 'order-7' })
        .then(succeeded, failed);
      expect(formOf(failing.recorder.requests[1]!).checkid!.split(',')).toEqual(
        recipients.slice(100, 200).map((_, offset) => `order-7-${101 + offset}`),
      );
      const messages = (error.result as SendResult).messages;
      expect(messages[0]).toMatchObject({ status: 'queued', reference: 'order-7-1' });
      expect(messages[150]).toMatchObject({ status: 'unknown', reference: 'order-7-151' });
      expect(new Set(messages.map((message) => message.reference)).size).toBe(250);
    } finally {
      await failing.close();
    }
  });

  it('reports which recipients were sent when the middle request fails', async () => {
    const failing = createMockGhasedak({ concurrency: 1 });
    try {
      failing.reply('sms/send/pair', idsFor);
      failing.reply('sms/send/pair', tableErrorAnswer(9));
      const error = await failing.provider.send({ to: recipients, text: 'hello' }).then(succeeded, failed);
      expect(error.code).toBe('INSUFFICIENT_CREDIT');
      expect(error.outcome).toBe('unknown');
      expect(error.providerCode).toBe(9);
      const messages = (error.result as SendResult).messages;
      expect(messages).toHaveLength(250);
      expect(messages.map((message) => message.to)).toEqual(recipients);
      expect(messages.slice(0, 100).every((message) => message.status === 'queued' && message.id !== undefined)).toBe(
        true,
      );
      expect(
        messages
          .slice(100, 200)
          .every((message) => message.status === 'failed' && message.error?.code === 'INSUFFICIENT_CREDIT'),
      ).toBe(true);
      expect(
        messages
          .slice(200)
          .every(
            (message) =>
              message.status === 'failed' && message.id === undefined && message.error?.outcome === 'not-sent',
          ),
      ).toBe(true);
      expect(failing.recorder.requests).toHaveLength(2);
    } finally {
      await failing.close();
    }
  });

  it('marks the recipients of a request that may have gone out as unknown', async () => {
    const failing = createMockGhasedak({ concurrency: 1 });
    try {
      failing.reply('sms/send/pair', idsFor);
      failing.reply('sms/send/pair', htmlAnswer(502, '<html>Bad Gateway</html>'));
      const error = await failing.provider.send({ to: recipients, text: 'hello' }).then(succeeded, failed);
      expect(error.outcome).toBe('unknown');
      const statuses = new Set((error.result as SendResult).messages.slice(100, 200).map((message) => message.status));
      expect([...statuses]).toEqual(['unknown']);
    } finally {
      await failing.close();
    }
  });

  it('marks the recipients an answer has no id for as unknown, with a BAD_RESPONSE error, and keeps the ids it has', async () => {
    mock.reply('sms/send/pair', successAnswer([2581100787, 2581100788]));
    const result = await mock.provider.send({ to: recipients.slice(0, 3), text: 'hi' });
    expect(result.messages.slice(0, 2)).toEqual([
      { to: recipients[0], id: '2581100787', status: 'queued', segments: 1 },
      { to: recipients[1], id: '2581100788', status: 'queued', segments: 1 },
    ]);
    expect(result.messages[2]).toMatchObject({
      to: recipients[2],
      status: 'unknown',
      error: { code: 'BAD_RESPONSE', outcome: 'unknown' },
    });
    expect(result.messages[2]!.id).toBeUndefined();
    expect(result.messages[2]!.error!.message).toContain('2 message ids for 3 recipients');
  });

  it.each([
    ['sms/send/pair', ['09121111111', '09122222222']],
    ['sms/send/simple', '09121111111'],
  ])(
    'refuses a success answer of %s with no id (items: []) as BAD_RESPONSE with an unknown outcome',
    async (path, to) => {
      mock.reply(path, successAnswer([]));
      const error = await mock.provider.send({ to, text: 'hi' }).then(succeeded, failed);
      expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown', provider: 'ghasedak', statusCode: 200 });
      expect(error.message).toContain('names no message id');
    },
  );

  it('throws the error unchanged when the first request is refused and nothing went out', async () => {
    mock.reply('sms/send/pair', fixtureAnswer('error-401.json', 401));
    const error = await mock.provider.send({ to: recipients.slice(0, 2), text: 'x' }).then(succeeded, failed);
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
    expect(error.result).toBeUndefined();
  });
});
