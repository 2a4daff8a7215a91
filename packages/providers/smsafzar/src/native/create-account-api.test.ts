import { describe, expect, it } from 'vitest';
import balanceAnswer from '../__fixtures__/balance-answer.json' with { type: 'json' };
import { apiKeyProvider, caught, replyBalance, useRecorder } from '../test-support/mock-sms-afzar';

describe('native.account', () => {
  const recorder = useRecorder();

  it('balance() reads the credit as a number and the unit as given', async () => {
    replyBalance(recorder);
    expect(await apiKeyProvider(recorder).native.account.balance()).toEqual({
      credit: 1_250_000,
      unit: 'ریال',
      raw: balanceAnswer,
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {
            "cache-control": "no-cache",
            "x-api-key": "[apiKey]",
          },
          "method": "GET",
          "path": "/account/balance",
        },
      ]
    `);
  });

  // SMSAfzar writes amounts with thousands separators, and Persian or Arabic-Indic digits are read too.
  it.each([
    ['1,800', 1800],
    ['1', 1],
    ['1,250,000', 1_250_000],
    [' 2 500 ', 2500],
    ['۱٬۸۰۰', 1800],
    ['١٢٣', 123],
    ['12.5', 12.5],
    ['۱۲٫۵', 12.5],
    [1800, 1800],
  ])('balance() reads the credit %j as %d', async (credit, expected) => {
    recorder.reply('GET', '/account/balance', { json: { credit, unit: 'ریال' } });
    expect((await apiKeyProvider(recorder).native.account.balance()).credit).toBe(expected);
  });

  it.each([[''], ['free'], ['1,8a'], [null], [{}], [[1800]]])(
    'balance() refuses the credit %j as BAD_RESPONSE',
    async (credit) => {
      recorder.reply('GET', '/account/balance', { json: { credit, unit: 'ریال' } });
      expect(await caught(() => apiKeyProvider(recorder).native.account.balance())).toMatchObject({
        code: 'BAD_RESPONSE',
        provider: 'smsafzar',
      });
    },
  );
});
