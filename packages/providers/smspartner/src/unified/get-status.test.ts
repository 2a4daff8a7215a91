import type { SendResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import bulkStatusAnswer from '../__fixtures__/bulk-status.json';
import multiStatusAnswer from '../__fixtures__/multi-status.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';
import { mapSmsPartnerStatus } from './map-sms-partner-status';

describe('getStatus (unified)', () => {
  const { recorder, provider, answer } = useMockSmsPartner();

  it('asks multi-status for each { phoneNumber, messageId } of a SendResult and maps the documented answer', async () => {
    answer('POST', '/v1/multi-status', multiStatusAnswer);
    const sent: SendResult = {
      provider: 'smspartner',
      raw: {},
      messages: [
        { to: '+33699999993', id: '111111', batchId: '111111', status: 'queued' },
        { to: '+33699999992', id: '1000', batchId: '1000', status: 'queued' },
      ],
    };
    const reports = await provider().getStatus(sent);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "SMSStatut_List": [
              {
                "messageId": 111111,
                "phoneNumber": "+33699999993",
              },
              {
                "messageId": 1000,
                "phoneNumber": "+33699999992",
              },
            ],
            "_format": "json",
            "apiKey": "[apiKey]",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/multi-status",
        },
      ]
    `);
    expect(reports).toEqual([
      {
        provider: 'smspartner',
        id: '111111',
        to: '+33699999993',
        status: 'delivered',
        providerStatus: 'Delivered',
        at: new Date(1517934416 * 1000),
        raw: multiStatusAnswer.StatutResponse_List[0],
      },
      {
        provider: 'smspartner',
        id: '1000',
        to: '+33699999992',
        status: 'unknown',
        providerStatus: 'Numéro introuvable',
        raw: multiStatusAnswer.StatutResponse_List[1],
      },
    ]);
  });

  it('splits more than 500 pairs into requests of 500', async () => {
    recorder.reply(
      'POST',
      '/v1/multi-status',
      (request) => {
        const list = (request.body as { SMSStatut_List: { phoneNumber: string; messageId: number }[] }).SMSStatut_List;
        return {
          json: {
            success: true,
            code: 200,
            StatutResponse_List: list.map((pair) => ({ ...pair, success: true, code: 200, status: 'Waiting' })),
          },
        };
      },
      { times: 3 },
    );
    const references = Array.from({ length: 1200 }, (_, index) => ({
      id: String(1 + Math.floor(index / 500)),
      to: `+3361${String(index).padStart(7, '0')}`,
    }));
    const reports = await provider().getStatus(references);
    expect(
      recorder.requests.map((request) => (request.body as { SMSStatut_List: unknown[] }).SMSStatut_List.length).sort(),
    ).toEqual([200, 500, 500]);
    expect(reports).toHaveLength(1200);
    expect(reports.every((report) => report.status === 'sent')).toBe(true);
    expect(reports[1199]).toMatchObject({ id: '3', to: references[1199]!.to });
  });

  it('asks bulk-status for a bare message id (every recipient of that send)', async () => {
    answer('GET', '/v1/bulk-status', bulkStatusAnswer);
    const reports = await provider().getStatus('111');
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/bulk-status",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "messageId": "111",
          },
        },
      ]
    `);
    expect(reports.map(({ id, to, status, providerStatus }) => ({ id, to, status, providerStatus }))).toEqual([
      { id: '111', to: '+33611111111', status: 'delivered', providerStatus: 'Delivered' },
      { id: '111', to: '+33622222222', status: 'sent', providerStatus: 'waiting' },
    ]);
    expect(reports[0]?.at).toEqual(new Date(1517989111 * 1000));
  });

  it('reports a scheduled message (Waiting before its send time) as scheduled', async () => {
    answer('POST', '/v1/multi-status', {
      success: true,
      code: 200,
      StatutResponse_List: [{ success: true, code: 200, phoneNumber: '+33611111111', messageId: 5, status: 'Waiting' }],
    });
    const reports = await provider().getStatus({
      provider: 'smspartner',
      sendAt: new Date(Date.now() + 3_600_000),
      raw: {},
      messages: [{ to: '+33611111111', id: '5', batchId: '5', status: 'scheduled' }],
    });
    expect(reports[0]).toMatchObject({ status: 'scheduled', providerStatus: 'Waiting' });
  });
});

describe('mapSmsPartnerStatus', () => {
  it.each([
    ['Delivered', 'delivered'],
    ['delivered', 'delivered'],
    ['Not delivered', 'failed'],
    ['NOT DELIVERED', 'failed'],
    ['Waiting', 'sent'],
    ['ko', 'failed'],
    ['KO', 'failed'],
    ['Numéro introuvable', 'unknown'],
    ['DELIVRD', 'delivered'],
    ['PENDING', 'sent'],
    ['ACCEPTD', 'sent'],
    ['ENROUTE', 'sent'],
    ['UNDELIV', 'failed'],
    ['EXPIRED', 'expired'],
    ['REJECTD', 'rejected'],
    ['UNKNOWN', 'unknown'],
    ['Cancelled', 'canceled'],
    ['something new', 'unknown'],
    [undefined, 'unknown'],
  ])('%s → %s', (status, expected) => {
    expect(mapSmsPartnerStatus(status)).toBe(expected);
  });
});
