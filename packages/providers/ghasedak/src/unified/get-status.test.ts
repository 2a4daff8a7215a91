import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import {
  failed,
  fixtureAnswer,
  formOf,
  successAnswer,
  succeeded,
  useMockGhasedak,
} from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

const statusItem = (messageid: number, status: number) => ({
  messageid,
  message: 'test',
  status,
  price: 155,
  sender: '30005088',
  receptor: '09121111111',
  senddate: '1605968584',
});

describe('getStatus', () => {
  it('asks sms/status by message id for what send returned and maps the status codes', async () => {
    mock.reply('sms/send/pair', fixtureAnswer('send-pair.json'));
    mock.reply('sms/status', successAnswer([statusItem(2581100787, 1), statusItem(2581100788, 27)]));
    const sent = await mock.provider.send({ to: ['09121111111', '09122222222'], text: 'x' });
    const reports = await mock.provider.getStatus(sent);
    expect(mock.recorder.requests[1]).toMatchInlineSnapshot(`
      {
        "body": {
          "id": "2581100787,2581100788",
          "type": "1",
        },
        "headers": {
          "apikey": "[apiKey]",
          "content-type": "application/x-www-form-urlencoded",
        },
        "method": "POST",
        "path": "/v2/sms/status",
      }
    `);
    expect(
      reports.map(({ id, to, status, providerStatus, cost }) => ({ id, to, status, providerStatus, cost })),
    ).toEqual([
      { id: '2581100787', to: '+989121111111', status: 'delivered', providerStatus: 1, cost: 155 },
      { id: '2581100788', to: '+989121111111', status: 'rejected', providerStatus: 27, cost: 155 },
    ]);
  });

  it.each([
    [0, 'sent'],
    [1, 'delivered'],
    [2, 'failed'],
    [8, 'sent'],
    [16, 'failed'],
    [27, 'rejected'],
    [-1, 'unknown'],
    [99, 'unknown'],
  ])('maps status %i to %s', async (code, status) => {
    mock.reply('sms/status', successAnswer([statusItem(1, code)]));
    const [report] = await mock.provider.getStatus('1');
    expect(report).toMatchObject({ status, providerStatus: code });
  });

  it('asks at most 100 ids per request', async () => {
    const ids = Array.from({ length: 150 }, (_, index) => String(1000 + index));
    mock.reply(
      'sms/status',
      (request) =>
        successAnswer(
          formOf(request)
            .id!.split(',')
            .map((id) => statusItem(Number(id), 8)),
        ),
      { times: 2 },
    );
    const reports = await mock.provider.getStatus(ids);
    expect(
      mock.recorder.requests
        .map((request) => formOf(request).id!.split(',').length)
        .sort((left, right) => right - left),
    ).toEqual([100, 50]);
    expect(reports.map((report) => report.id).sort()).toEqual(ids);
  });

  it('finds by checkid (type=2) the entries of a SendResult whose id never came back', async () => {
    const partial: SendResult = {
      provider: 'ghasedak',
      messages: [
        { to: '+989121111111', id: '2581100787', reference: 'order-7-1', status: 'queued' },
        { to: '+989122222222', reference: 'order-7-2', status: 'unknown' },
      ],
      raw: null,
    };
    mock.reply(
      'sms/status',
      (request) =>
        successAnswer(formOf(request).type === '1' ? [statusItem(2581100787, 1)] : [statusItem(2581100788, 8)]),
      { times: 2 },
    );
    const reports = await mock.provider.getStatus(partial);
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "id": "2581100787",
            "type": "1",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/status",
        },
        {
          "body": {
            "id": "order-7-2",
            "type": "2",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/sms/status",
        },
      ]
    `);
    expect(reports.map((report) => [report.id, report.status])).toEqual([
      ['2581100787', 'delivered'],
      ['2581100788', 'sent'],
    ]);
  });

  it('refuses the result of another provider and an empty target', async () => {
    const foreign = {
      provider: 'smsafzar',
      messages: [{ to: '+989121111111', id: 'abc', status: 'queued' as const }],
      raw: null,
    };
    expect((await mock.provider.getStatus(foreign).then(succeeded, failed)).code).toBe('INVALID_INPUT');
    expect((await mock.provider.getStatus([]).then(succeeded, failed)).code).toBe('INVALID_INPUT');
    expect(mock.recorder.requests).toEqual([]);
  });
});
