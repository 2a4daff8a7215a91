import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '@sms/core/provider-utils';
import {
  createMockGhasedak,
  failed,
  formOf,
  successAnswer,
  succeeded,
  tableErrorAnswer,
  useMockGhasedak,
} from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

/** Ids derived from each receptor, so the order of the result can be checked whatever order requests ran in. */
const idsFor = (request: RecordedRequest) =>
  successAnswer(
    formOf(request)
      .receptor!.split(',')
      .map((receptor) => Number(`5${receptor.slice(-7)}`)),
  );
const idOf = (national: string): string => `5${national.slice(-7)}`;

describe('sendBatch', () => {
  it('sends personalised messages through sms/send/bulk, one line per message', async () => {
    mock.reply('sms/send/bulk', idsFor);
    const result = await mock.provider.sendBatch([
      { to: '09121000001', text: 'Hello Ali' },
      { to: '09121000002', text: 'Hello Sara', from: '30005088' },
    ]);
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "linenumber": "10008566,30005088",
            "message": "Hello Ali,Hello Sara",
            "receptor": "09121000001,09121000002",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/bulk",
        },
      ]
    `);
    expect(result.messages).toEqual([
      { to: '+989121000001', id: idOf('09121000001'), status: 'queued', segments: 1 },
      { to: '+989121000002', id: idOf('09121000002'), status: 'queued', segments: 1 },
    ]);
  });

  it('sends texts that contain a comma through sms/send/simple and keeps one result per message in input order', async () => {
    mock.reply('sms/send/bulk', idsFor);
    mock.reply('sms/send/simple', idsFor, { times: 2 });
    const batch = [
      { to: '09121000001', text: 'Plain one' },
      { to: '09121000002', text: 'Hello, Sara' },
      { to: '09121000003', text: 'Plain three' },
      { to: '09121000004', text: 'سلام، علی, خوش آمدی' },
    ];
    const result = await mock.provider.sendBatch(batch);
    // Requests may overlap, so they are compared in a fixed order.
    const requests = mock.recorder.requests.sort((left, right) =>
      formOf(left).receptor!.localeCompare(formOf(right).receptor!),
    );
    expect(requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "linenumber": "10008566,10008566",
            "message": "Plain one,Plain three",
            "receptor": "09121000001,09121000003",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/bulk",
        },
        {
          "body": {
            "linenumber": "10008566",
            "message": "Hello, Sara",
            "receptor": "09121000002",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/send/simple",
        },
        {
          "body": {
            "linenumber": "10008566",
            "message": "سلام، علی, خوش آمدی",
            "receptor": "09121000004",
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
    expect(result.messages.map((message) => [message.to, message.id])).toEqual(
      batch.map((message) => [`+98${message.to.slice(1)}`, idOf(message.to)]),
    );
  });

  it('sends texts with leading or trailing whitespace through sms/send/simple, since bulk items are trimmed', async () => {
    mock.reply('sms/send/bulk', idsFor);
    mock.reply('sms/send/simple', idsFor, { times: 2 });
    const batch = [
      { to: '09121000001', text: 'Plain one' },
      { to: '09121000002', text: '  indented' },
      { to: '09121000003', text: 'Plain three' },
      { to: '09121000004', text: 'ends with a newline\n' },
    ];
    const result = await mock.provider.sendBatch(batch);
    const requests = mock.recorder.requests;
    expect(
      requests.filter((request) => request.path === '/v2/sms/send/bulk').map((request) => formOf(request).message),
    ).toEqual(['Plain one,Plain three']);
    expect(
      requests
        .filter((request) => request.path === '/v2/sms/send/simple')
        .map((request) => formOf(request).message)
        .sort(),
    ).toEqual(['  indented', 'ends with a newline\n']);
    expect(result.messages.map((message) => message.id)).toEqual(batch.map((message) => idOf(message.to)));
  });

  it('splits a bulk of 150 into requests of 100 and 50', async () => {
    mock.reply('sms/send/bulk', idsFor, { times: 2 });
    const batch = Array.from({ length: 150 }, (_, index) => ({
      to: `0912${String(1_000_000 + index)}`,
      text: `Code ${index}`,
    }));
    const result = await mock.provider.sendBatch(batch);
    const sizes = mock.recorder.requests
      .map((request) => formOf(request).receptor!.split(',').length)
      .sort((left, right) => right - left);
    expect(sizes).toEqual([100, 50]);
    expect(result.messages.map((message) => message.id)).toEqual(batch.map((message) => idOf(message.to)));
  });

  it('keeps send dates and check ids lined up: messages with them go in other requests than messages without', async () => {
    mock.reply('sms/send/bulk', idsFor, { times: 2 });
    const sendAt = new Date(Date.now() + 3_600_000);
    const result = await mock.provider.sendBatch([
      { to: '09121000001', text: 'now' },
      { to: '09121000002', text: 'later', sendAt, reference: 'r2' },
    ]);
    const forms = mock.recorder.requests.map(formOf);
    expect(forms).toHaveLength(2);
    expect(forms).toContainEqual({ message: 'now', receptor: '09121000001', linenumber: '10008566' });
    expect(forms).toContainEqual({
      message: 'later',
      receptor: '09121000002',
      linenumber: '10008566',
      senddate: String(Math.floor(sendAt.getTime() / 1000)),
      checkid: 'r2',
    });
    expect(result.messages.map((message) => message.status)).toEqual(['queued', 'scheduled']);
    expect(result.messages.map((message) => message.reference)).toEqual([undefined, 'r2']);
    expect(result.sendAt).toBeUndefined();
  });

  it('refuses two messages with the same reference before any request: a checkid names one message', async () => {
    const error = await mock.provider
      .sendBatch([
        { to: '09121000001', text: 'a', reference: 'r1' },
        { to: '09121000002', text: 'b, with a comma', reference: 'r1' },
      ])
      .then(succeeded, failed);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', outcome: 'not-sent' });
    expect(error.message).toContain('messages[1].reference');
    expect(mock.recorder.requests).toEqual([]);
  });

  it('uses sms/send/simple when there is no sender line at all', async () => {
    const lineless = createMockGhasedak({ lineNumber: undefined });
    try {
      lineless.reply('sms/send/simple', idsFor);
      await lineless.provider.sendBatch([{ to: '09121000001', text: 'hi' }]);
      expect(lineless.recorder.requests).toMatchInlineSnapshot(`
        [
          {
            "body": {
              "message": "hi",
              "receptor": "09121000001",
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
    } finally {
      await lineless.close();
    }
  });

  it('reports each message when a later request fails after the first went out', async () => {
    const failing = createMockGhasedak({ concurrency: 1 });
    try {
      failing.reply('sms/send/bulk', idsFor);
      failing.reply('sms/send/simple', tableErrorAnswer(7));
      const error = await failing.provider
        .sendBatch([
          { to: '09121000001', text: 'one' },
          { to: '09121000002', text: 'two, with a comma' },
        ])
        .then(succeeded, failed);
      expect(error.outcome).toBe('unknown');
      expect(error.code).toBe('INVALID_SENDER');
      expect((error.result as SendResult).messages.map((message) => [message.to, message.status])).toEqual([
        ['+989121000001', 'queued'],
        ['+989121000002', 'failed'],
      ]);
    } finally {
      await failing.close();
    }
  });

  it('refuses an empty batch and a number abroad before any request', async () => {
    expect((await mock.provider.sendBatch([]).then(succeeded, failed)).code).toBe('INVALID_INPUT');
    expect((await mock.provider.sendBatch([{ to: '+4915112345678', text: 'x' }]).then(succeeded, failed)).code).toBe(
      'INVALID_RECIPIENT',
    );
    expect(mock.recorder.requests).toEqual([]);
  });
});
