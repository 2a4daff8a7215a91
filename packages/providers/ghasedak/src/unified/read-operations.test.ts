import type { CancelResult, SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { createMockGhasedak, failed, fixture, success, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

const statusItem = (messageid: number, status: number) => ({ messageid, message: 'test', status, price: 155, sender: '30005088', receptor: '09121111111', senddate: '1605968584' });

describe('getStatus', () => {
  it('asks sms/status by message id for what send returned and maps the status codes', async () => {
    mock.reply('sms/send/pair', { body: fixture('send-pair.json') });
    mock.reply('sms/status', { body: success([statusItem(2581100787, 1), statusItem(2581100788, 27)]) });
    const sent = await mock.provider.send({ to: ['09121111111', '09122222222'], text: 'x' });
    const reports = await mock.provider.getStatus(sent);
    expect(mock.calls()[1]!.form).toEqual({ id: '2581100787,2581100788', type: '1' });
    expect(reports.map(({ id, to, status, providerStatus, cost }) => ({ id, to, status, providerStatus, cost }))).toEqual([
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
    mock.reply('sms/status', { body: success([statusItem(1, code)]) });
    const [report] = await mock.provider.getStatus('1');
    expect(report).toMatchObject({ status, providerStatus: code });
  });

  it('asks at most 100 ids per request', async () => {
    const ids = Array.from({ length: 150 }, (_, index) => String(1000 + index));
    mock.reply('sms/status', (call) => ({ body: success(call.form.id!.split(',').map((id) => statusItem(Number(id), 8))) }), { times: 2 });
    const reports = await mock.provider.getStatus(ids);
    expect(mock.calls().map((call) => call.form.id!.split(',').length).sort((left, right) => right - left)).toEqual([100, 50]);
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
    mock.reply('sms/status', (call) => ({ body: success(call.form.type === '1' ? [statusItem(2581100787, 1)] : [statusItem(2581100788, 8)]) }), { times: 2 });
    const reports = await mock.provider.getStatus(partial);
    expect(mock.calls().map((call) => call.form)).toEqual([
      { id: '2581100787', type: '1' },
      { id: 'order-7-2', type: '2' },
    ]);
    expect(reports.map((report) => [report.id, report.status])).toEqual([
      ['2581100787', 'delivered'],
      ['2581100788', 'sent'],
    ]);
  });

  it('refuses the result of another provider and an empty target', async () => {
    const foreign = { provider: 'smsafzar', messages: [{ to: '+989121111111', id: 'abc', status: 'queued' as const }], raw: null };
    expect((await mock.provider.getStatus(foreign).then(succeeded, failed)).code).toBe('INVALID_INPUT');
    expect((await mock.provider.getStatus([]).then(succeeded, failed)).code).toBe('INVALID_INPUT');
  });
});

describe('cancel', () => {
  it('posts sms/cancel with the ids of what send returned', async () => {
    mock.reply('sms/send/simple', { body: fixture('send-simple.json') });
    mock.reply('sms/cancel', { body: success([2578793735]) });
    const sent = await mock.provider.send({ to: '09121111111', text: 'x', sendAt: new Date(Date.now() + 3_600_000) });
    const canceled = await mock.provider.cancel(sent);
    expect(mock.calls()[1]!.form).toEqual({ messageid: '2578793735' });
    expect(canceled).toEqual({ provider: 'ghasedak', canceled: ['2578793735'], raw: success([2578793735]) });
  });

  it('a cancel over 3 requests whose 2nd fails with a 500: canceled, unknown and notCanceled on error.result', async () => {
    const failing = createMockGhasedak({ concurrency: 1 });
    try {
      const ids = Array.from({ length: 250 }, (_, index) => String(2_581_100_000 + index));
      failing.reply('sms/cancel', (call) => ({ body: success(call.form.messageid!.split(',').map(Number)) }));
      failing.reply('sms/cancel', { status: 500, body: { result: { code: 500, message: 'internal error' }, items: null } });
      const error = await failing.provider.cancel(ids).then(succeeded, failed);
      expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'unknown', statusCode: 500 });
      const result = error.result as CancelResult;
      expect(result.canceled).toEqual(ids.slice(0, 100));
      expect(result.unknown).toEqual(ids.slice(100, 200));
      expect(result.notCanceled).toEqual(ids.slice(200));
      expect(failing.calls()).toHaveLength(2);
    } finally {
      await failing.close();
    }
  });

  it('lists the ids Ghasedak did not report as canceled', async () => {
    mock.reply('sms/cancel', { body: success([1022]) });
    const canceled = await mock.provider.cancel(['1022', '1023']);
    expect(canceled.canceled).toEqual(['1022']);
    expect(canceled.notCanceled).toEqual(['1023']);
  });
});

describe('getBalance', () => {
  it('reads account/info in Rials with the expiry', async () => {
    mock.reply('account/info', { body: fixture('account-info.json') });
    expect(await mock.provider.getBalance()).toEqual({
      provider: 'ghasedak',
      amount: 8880,
      currency: 'IRR',
      expiresAt: new Date(2_524_608_000_000),
      raw: fixture('account-info.json'),
    });
  });
});

describe('listInbound', () => {
  it('uses sms/receive/last for the default line and unread messages', async () => {
    mock.reply('sms/receive/last', { body: fixture('receive-last.json') });
    const messages = await mock.provider.listInbound();
    expect(mock.calls()[0]!.form).toEqual({ linenumber: '10008566', isread: '0' });
    expect(messages).toEqual([
      {
        provider: 'ghasedak',
        id: '1020',
        from: '+989122222222',
        to: '1000200',
        text: 'test',
        receivedAt: new Date('2017-10-16T09:01:01Z'),
        raw: (fixture('receive-last.json') as { items: unknown[] }).items[0],
      },
    ]);
  });

  it('uses sms/receive/paging as soon as the query has a range, a page or a limit', async () => {
    mock.reply('sms/receive/paging', { body: fixture('receive-paging.json') });
    const messages = await mock.provider.listInbound({
      line: '1000200',
      read: true,
      from: new Date(1_508_000_000_000),
      until: new Date(1_508_200_000_000),
      page: 2,
      limit: 50,
    });
    expect(mock.calls()[0]!.form).toEqual({ linenumber: '1000200', isread: '1', fromdate: '1508000000', todate: '1508200000', page: '2', offset: '50' });
    expect(messages.map((message) => message.id)).toEqual(['1020', '1021']);
  });

  it('needs a line when there is no default', async () => {
    const lineless = createMockGhasedak({ lineNumber: undefined });
    try {
      expect((await lineless.provider.listInbound().then(succeeded, failed)).code).toBe('INVALID_INPUT');
    } finally {
      await lineless.close();
    }
  });
});
