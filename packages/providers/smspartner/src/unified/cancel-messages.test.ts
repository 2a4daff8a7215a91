import { SmsError, type SendResult } from '@sms/core';
import { catchSmsError } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import cancelCodes from '../__fixtures__/cancel-codes.json';
import cancelError from '../__fixtures__/cancel-error.json';
import cancelAnswer from '../__fixtures__/cancel.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

const IN_TWO_HOURS = () => new Date(Math.ceil((Date.now() + 2 * 60 * 60 * 1000) / 300_000) * 300_000);

function scheduledResult(sendAt: Date, ids: string[] = ['300']): SendResult {
  return {
    provider: 'smspartner',
    batchId: ids.length === 1 ? ids[0]! : undefined,
    sendAt,
    raw: {},
    messages: ids.flatMap((id, index) => [
      { to: `+3361111111${index}`, id, batchId: id, status: 'scheduled' as const },
      { to: `+3362222222${index}`, id, batchId: id, status: 'scheduled' as const },
    ]),
  } as SendResult;
}

describe('cancel (unified)', () => {
  const { recorder, provider, answer, answerSend, answerCancel, refuse } = useMockSmsPartner();

  it('cancels what a scheduled send returned: one message-cancel per message_id (the seed answer)', async () => {
    answerSend();
    answerCancel();
    const partner = provider();
    const sent = await partner.send({
      to: ['+33611111111', '+33622222222'],
      text: 'Plus tard',
      sendAt: IN_TWO_HOURS(),
    });
    const result = await partner.cancel(sent);
    expect(result).toEqual({ provider: 'smspartner', canceled: ['307'], raw: cancelAnswer });
    expect(recorder.requests[1]).toMatchInlineSnapshot(`
      {
        "headers": {},
        "method": "GET",
        "path": "/v1/message-cancel",
        "query": {
          "_format": "json",
          "apiKey": "[apiKey]",
          "messageId": "307",
        },
      }
    `);
  });

  it('cancels every message_id of a send that took several requests', async () => {
    answerCancel({ times: 2 });
    const result = await provider().cancel(scheduledResult(IN_TWO_HOURS(), ['300', '301']));
    expect(result.canceled.sort()).toEqual(['300', '301']);
    expect(recorder.requests.map((request) => request.query?.messageId).sort()).toEqual(['300', '301']);
  });

  it('cancels a scheduled result that was stored as JSON and read back (sendAt is then a string)', async () => {
    answerCancel();
    const stored = JSON.parse(JSON.stringify(scheduledResult(IN_TWO_HOURS()))) as SendResult;
    expect(typeof stored.sendAt).toBe('string');
    expect((await provider().cancel(stored)).canceled).toEqual(['300']);
  });

  it('accepts a bare id and asks the server, which knows the send time', async () => {
    answerCancel();
    await expect(provider().cancel('300')).resolves.toMatchObject({ canceled: ['300'] });
  });

  it('within 5 minutes of the send time fails locally with CANCEL_WINDOW_PASSED, without a request', async () => {
    const soon = new Date(Date.now() + 4 * 60_000);
    const error = await provider()
      .cancel(scheduledResult(soon))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'CANCEL_WINDOW_PASSED', provider: 'smspartner' });
    expect(recorder.requests).toEqual([]);
  });

  it('a send that was not scheduled fails locally with CANCEL_WINDOW_PASSED', async () => {
    const { sendAt: _sendAt, ...immediate } = scheduledResult(IN_TWO_HOURS());
    await expect(provider().cancel(immediate)).rejects.toMatchObject({ code: 'CANCEL_WINDOW_PASSED' });
    expect(recorder.requests).toEqual([]);
  });

  it("refuses another provider's result and an empty target", async () => {
    await expect(provider().cancel({ ...scheduledResult(IN_TWO_HOURS()), provider: 'ghasedak' })).rejects.toMatchObject(
      { code: 'INVALID_INPUT' },
    );
    await expect(provider().cancel([])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(recorder.requests).toEqual([]);
  });

  it.each([
    [4, 'NOT_FOUND', /no message was found/],
    [5, 'NOT_FOUND', /already canceled/],
    [6, 'CANCEL_WINDOW_PASSED', /less than 5 minutes/],
    [7, 'CANCEL_WINDOW_PASSED', /already sent/],
    [1, 'AUTHENTICATION', /API key is missing/],
    [3, 'INVALID_INPUT', /message id is required/],
    [10, 'AUTHENTICATION', /API key was refused/],
  ] as const)('server code %i (from the seed table) is %s', async (code, expected, pattern) => {
    const seedMessage = (cancelCodes.codes as Record<string, string>)[String(code)]!;
    refuse('GET', '/v1/message-cancel', code, seedMessage);
    const error = (await provider()
      .cancel('300')
      .catch((caught: unknown) => caught)) as SmsError;
    expect(SmsError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: expected, providerCode: code });
    expect(error.message).toMatch(pattern);
    expect(error.message).toContain(seedMessage);
  });

  it('the seed error example (code 10, French message) is AUTHENTICATION', async () => {
    answer('GET', '/v1/message-cancel', cancelError);
    await expect(provider().native.cancel(300)).rejects.toMatchObject({ code: 'AUTHENTICATION', providerCode: 10 });
  });

  it('a connection reset on the 2nd of 3 requests: error.result has the 1st canceled, the 2nd unknown, the 3rd notCanceled', async () => {
    answerCancel();
    recorder.replyWithError('GET', '/v1/message-cancel', 'ECONNRESET', { query: { messageId: '301' } });
    const error = await catchSmsError(() => provider({ concurrency: 1 }).cancel(['300', '301', '302']));
    expect(error).toMatchObject({ code: 'NETWORK', outcome: 'unknown', provider: 'smspartner' });
    expect(error.result).toMatchObject({
      provider: 'smspartner',
      canceled: ['300'],
      unknown: ['301'],
      notCanceled: ['302'],
    });
    expect(error.message).toContain('1 of 3');
  });

  it('an id refused on its own does not stop the others, and a later failure keeps both in error.result', async () => {
    refuse('GET', '/v1/message-cancel', 7, 'Déjà envoyé');
    answerCancel();
    refuse('GET', '/v1/message-cancel', 10, 'Clé API refusée');
    const error = await catchSmsError(() => provider({ concurrency: 1 }).cancel(['300', '301', '302']));
    expect(error).toMatchObject({ code: 'AUTHENTICATION', outcome: 'not-sent' });
    expect(error.result).toMatchObject({ canceled: ['301'], notCanceled: ['300', '302'] });
  });

  it('when some ids are canceled and others are refused per message, the others are listed as notCanceled', async () => {
    recorder.reply(
      'GET',
      '/v1/message-cancel',
      (request) => ({
        json: request.query?.messageId === '300' ? cancelAnswer : { success: false, code: 7, message: 'Déjà envoyé' },
      }),
      { times: 2 },
    );
    const result = await provider().cancel(['300', '301']);
    expect(result.canceled).toEqual(['300']);
    expect(result.notCanceled).toEqual(['301']);
  });
});
