import type { DeliveryStatus } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  gatewayFixtureAnswer,
  gatewaySuccessAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';
import { GHASEDAK_GATEWAY_STATUSES } from './map-gateway-delivery-status';

const mock = useMockGhasedakGateway();

const table: [number, DeliveryStatus][] = [
  [0, 'queued'],
  [1, 'canceled'],
  [2, 'rejected'],
  [3, 'sent'],
  [4, 'failed'],
  [5, 'delivered'],
  [6, 'failed'],
  [7, 'unknown'],
  [8, 'unknown'],
];

describe('getStatus on the gateway', () => {
  it('asks CheckSmsStatus by message id and maps each row', async () => {
    mock.reply('CheckSmsStatus', gatewayFixtureAnswer('check-status.json'), {
      method: 'GET',
      query: { Ids: '23879310,23879311', Type: '1' },
    });
    const reports = await mock.provider.getStatus(['23879310', '23879311']);
    expect(reports.map((report) => [report.id, report.to, report.status, report.providerStatus, report.cost])).toEqual([
      ['23879310', '+989121111111', 'delivered', 5, 1732],
      ['23879311', '+989122222222', 'sent', 3, 1732],
    ]);
  });

  it('covers the whole 0–8 table, and no more', () => {
    expect(Object.entries(GHASEDAK_GATEWAY_STATUSES).map(([key, value]) => [Number(key), value])).toEqual(table);
  });

  it.each(table)("status %i is '%s' (the gateway's table, not v2's)", async (status, expected) => {
    mock.reply('CheckSmsStatus', gatewaySuccessAnswer([{ messageId: '1', status }]), { method: 'GET' });
    const [report] = await mock.provider.getStatus('1');
    expect(report).toMatchObject({ status: expected, providerStatus: status });
  });

  it.each([[16], [27], [-1], [17]])(
    'an undocumented status (%i, the retired enum or v2) is unknown',
    async (status) => {
      mock.reply('CheckSmsStatus', gatewaySuccessAnswer([{ messageId: '1', status }]), { method: 'GET' });
      const [report] = await mock.provider.getStatus('1');
      expect(report!.status).toBe('unknown');
    },
  );

  it('splits more than 100 ids into requests of 100', async () => {
    mock.reply('CheckSmsStatus', gatewaySuccessAnswer([]), { method: 'GET', times: 2 });
    await mock.provider.getStatus(Array.from({ length: 150 }, (_, index) => String(index + 1)));
    expect(mock.recorder.requests.map((request) => request.query!.Ids!.split(',').length)).toEqual([100, 50]);
  });

  it('asks by client reference id (Type=2) for entries whose id never came back', async () => {
    mock.reply(
      'CheckSmsStatus',
      gatewaySuccessAnswer([{ messageId: '9', clientReferenceId: 'r-2', receptor: '09122222222', status: 5 }]),
      { method: 'GET', query: { Ids: 'r-2', Type: '2' } },
    );
    const reports = await mock.provider.getStatus({
      provider: 'ghasedak',
      messages: [{ to: '+989122222222', status: 'unknown', reference: 'r-2' }],
      raw: null,
    });
    expect(reports).toMatchObject([{ id: '9', status: 'delivered', to: '+989122222222' }]);
  });

  it('refuses a target without ids', async () => {
    const error = await mock.provider.getStatus([]).then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
  });
});
