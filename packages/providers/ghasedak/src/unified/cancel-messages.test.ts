import type { CancelResult } from '@sms/core';
import { describe, expect, it } from 'vitest';
import {
  createMockGhasedak,
  failed,
  fixtureAnswer,
  formOf,
  success,
  successAnswer,
  succeeded,
  useMockGhasedak,
} from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('cancel', () => {
  it('posts sms/cancel with the ids of what send returned', async () => {
    mock.reply('sms/send/simple', fixtureAnswer('send-simple.json'));
    mock.reply('sms/cancel', successAnswer([2578793735]));
    const sent = await mock.provider.send({ to: '09121111111', text: 'x', sendAt: new Date(Date.now() + 3_600_000) });
    const canceled = await mock.provider.cancel(sent);
    expect(mock.recorder.requests[1]).toMatchInlineSnapshot(`
      {
        "body": {
          "messageid": "2578793735",
        },
        "headers": {
          "apikey": "[apiKey]",
          "content-type": "application/x-www-form-urlencoded",
        },
        "method": "POST",
        "path": "/v2/sms/cancel",
      }
    `);
    expect(canceled).toEqual({ provider: 'ghasedak', canceled: ['2578793735'], raw: success([2578793735]) });
  });

  it('a cancel over 3 requests whose 2nd fails with a 500: canceled, unknown and notCanceled on error.result', async () => {
    const failing = createMockGhasedak({ concurrency: 1 });
    try {
      const ids = Array.from({ length: 250 }, (_, index) => String(2_581_100_000 + index));
      failing.reply('sms/cancel', (request) => successAnswer(formOf(request).messageid!.split(',').map(Number)));
      failing.reply('sms/cancel', {
        status: 500,
        json: { result: { code: 500, message: 'internal error' }, items: null },
      });
      const error = await failing.provider.cancel(ids).then(succeeded, failed);
      expect(error).toMatchObject({ code: 'PROVIDER_ERROR', outcome: 'unknown', statusCode: 500 });
      const result = error.result as CancelResult;
      expect(result.canceled).toEqual(ids.slice(0, 100));
      expect(result.unknown).toEqual(ids.slice(100, 200));
      expect(result.notCanceled).toEqual(ids.slice(200));
      expect(failing.recorder.requests.map((request) => formOf(request).messageid!.split(',').length)).toEqual([
        100, 100,
      ]);
    } finally {
      await failing.close();
    }
  });

  it('lists the ids Ghasedak did not report as canceled', async () => {
    mock.reply('sms/cancel', successAnswer([1022]));
    const canceled = await mock.provider.cancel(['1022', '1023']);
    expect(canceled.canceled).toEqual(['1022']);
    expect(canceled.notCanceled).toEqual(['1023']);
  });
});
