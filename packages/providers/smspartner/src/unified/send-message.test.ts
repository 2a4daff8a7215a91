import { SmsError, type SendResult } from '@sms/core';
import type { RecordedRequest } from '@sms/core/provider-utils';
import { catchSmsError } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import sendScheduledAnswer from '../__fixtures__/send-scheduled.json';
import sendAnswer from '../__fixtures__/send.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('send (unified)', () => {
  const { recorder, provider, answer, answerSend, refuse } = useMockSmsPartner();

  it('sends one text in international form and returns one entry per recipient, all under the one message_id', async () => {
    answerSend({ ...sendAnswer, nb_sms: 3, cost: 0.114 });
    const result = await provider().send({ to: ['06 11 11 11 11', '+33622222222', '0033633333333'], text: 'Bonjour' });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "message": "Bonjour",
            "phoneNumbers": "+33611111111,+33622222222,+33633333333",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/send",
        },
      ]
    `);
    expect(result).toEqual({
      provider: 'smspartner',
      batchId: '307',
      cost: 0.114,
      currency: 'EUR',
      raw: { ...sendAnswer, nb_sms: 3, cost: 0.114 },
      messages: [
        { to: '+33611111111', id: '307', batchId: '307', status: 'queued', segments: 1 },
        { to: '+33622222222', id: '307', batchId: '307', status: 'queued', segments: 1 },
        { to: '+33633333333', id: '307', batchId: '307', status: 'queued', segments: 1 },
      ],
    });
  });

  it('parses the documented answer for one recipient: segments and cost on the entry', async () => {
    answerSend();
    const result = await provider().send({ to: '+33611111111', text: 'Bonjour' });
    expect(result.messages).toEqual([
      { to: '+33611111111', id: '307', batchId: '307', status: 'queued', segments: 1, cost: 0.038 },
    ]);
    expect(result.cost).toBe(0.038);
  });

  it('sends 1,200 recipients as 3 requests of 500, 500 and 200, merged in input order', async () => {
    let nextId = 1000;
    recorder.reply(
      'POST',
      '/v1/send',
      () => ({ json: { success: true, code: 200, message_id: nextId++, nb_sms: 1, cost: 0.038, currency: 'EUR' } }),
      { times: 3 },
    );
    const recipients = Array.from({ length: 1200 }, (_, index) => `+3361${String(index).padStart(7, '0')}`);
    const result = await provider({ concurrency: 1 }).send({ to: recipients, text: 'Hello' });

    expect(recorder.requests).toHaveLength(3);
    const sizes = recorder.requests.map(
      (request) => String((request.body as { phoneNumbers: string }).phoneNumbers).split(',').length,
    );
    expect(sizes).toEqual([500, 500, 200]);
    expect(String((recorder.requests[2]?.body as { phoneNumbers: string }).phoneNumbers).split(',')[0]).toBe(
      recipients[1000],
    );
    expect(result.messages.map((message) => message.to)).toEqual(recipients);
    expect(result.messages[0]).toMatchObject({ id: '1000', batchId: '1000' });
    expect(result.messages[499]).toMatchObject({ id: '1000' });
    expect(result.messages[500]).toMatchObject({ id: '1001', batchId: '1001' });
    expect(result.messages[1199]).toMatchObject({ id: '1002', batchId: '1002' });
    // Three requests, three ids: no single batch id for the whole send.
    expect(result.batchId).toBeUndefined();
    expect(result.raw).toHaveLength(3);
    expect(result.cost).toBeCloseTo(0.114);
  });

  it("reports a failure after part of a chunked send went out with every recipient's fate", async () => {
    answerSend({ ...sendAnswer, message_id: 1 });
    refuse('POST', '/v1/send', 11, 'Crédit insuffisant');
    const recipients = Array.from({ length: 600 }, (_, index) => `+3361${String(index).padStart(7, '0')}`);
    const error = (await provider({ concurrency: 1 })
      .send({ to: recipients, text: 'Hello' })
      .catch((caught: unknown) => caught)) as SmsError;
    expect(error.code).toBe('INSUFFICIENT_CREDIT');
    expect(error.outcome).toBe('unknown');
    expect((error.result as SendResult | undefined)?.messages.filter((message) => message.id === '1')).toHaveLength(
      500,
    );
    expect((error.result as SendResult | undefined)?.messages[500]).toMatchObject({
      to: recipients[500],
      status: 'failed',
    });
  });

  it('maps from, reference, sandbox and providerOptions onto the wire', async () => {
    answerSend();
    await provider({ sandbox: true, sender: 'Default' }).send({
      to: '+33611111111',
      text: 'Bonjour',
      from: 'MyShop',
      reference: 'order-1234',
      providerOptions: {
        smspartner: { gamme: 2, isStopSms: true, urlDlr: 'https://example.com/dlr' },
        ghasedak: { ignored: true },
      },
    });
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "_format": "json",
            "apiKey": "[apiKey]",
            "gamme": 2,
            "isStopSms": 1,
            "message": "Bonjour",
            "phoneNumbers": "+33611111111",
            "sandbox": 1,
            "sender": "MyShop",
            "tag": "order-1234",
            "urlDlr": "https://example.com/dlr",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/send",
        },
      ]
    `);
  });

  it('asks for Unicode only when the text needs it, unless told otherwise', async () => {
    answerSend(sendAnswer, { times: 3 });
    const partner = provider();
    await partner.send({ to: '+33611111111', text: 'سلام' });
    await partner.send({ to: '+33611111111', text: 'Crème brûlée? ça coûte 5 €' });
    await partner.send({ to: '+33611111111', text: 'سلام', providerOptions: { smspartner: { unicode: false } } });
    const isUnicode = (request: RecordedRequest | undefined) => (request?.body as { isUnicode?: number }).isUnicode;
    expect(isUnicode(recorder.requests[0])).toBe(1);
    // "ç" is outside GSM-7's basic set, so this text is UCS-2 too.
    expect(isUnicode(recorder.requests[1])).toBe(1);
    expect(isUnicode(recorder.requests[2])).toBeUndefined();
  });

  it('keeps a GSM-7 text without isUnicode', async () => {
    answerSend();
    await provider().send({ to: '+33611111111', text: 'Café à 5 € (été)' });
    expect(recorder.requests[0]?.body).not.toHaveProperty('isUnicode');
  });

  describe('scheduling', () => {
    it('a summer send time becomes Paris summer time (UTC+2)', async () => {
      answerSend(sendScheduledAnswer);
      const sendAt = new Date('2030-07-14T08:05:00Z');
      const result = await provider().send({ to: '+33611111111', text: 'Plus tard', sendAt });
      expect(recorder.requests).toMatchInlineSnapshot(`
        [
          {
            "body": {
              "_format": "json",
              "apiKey": "[apiKey]",
              "message": "Plus tard",
              "minute": 5,
              "phoneNumbers": "+33611111111",
              "scheduledDeliveryDate": "14/07/2030",
              "time": 10,
            },
            "headers": {
              "content-type": "application/json",
            },
            "method": "POST",
            "path": "/v1/send",
          },
        ]
      `);
      expect(result.sendAt).toEqual(sendAt);
      expect(result.messages).toEqual([
        { to: '+33611111111', id: '308', batchId: '308', status: 'scheduled', segments: 1, cost: 0.038 },
      ]);
      expect(result.raw).toEqual(sendScheduledAnswer);
    });

    it('a winter send time becomes Paris winter time (UTC+1)', async () => {
      answerSend();
      await provider().send({ to: '+33611111111', text: 'Plus tard', sendAt: new Date('2030-01-15T17:55:00Z') });
      expect(recorder.requests[0]?.body).toMatchObject({ scheduledDeliveryDate: '15/01/2030', time: 18, minute: 55 });
    });

    it('a time off the 5-minute step fails with INVALID_INPUT before any request', async () => {
      const error = await provider()
        .send({ to: '+33611111111', text: 'Plus tard', sendAt: new Date('2030-07-14T08:07:00Z') })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', outcome: 'not-sent', provider: 'smspartner' });
      expect(String((error as SmsError).message)).toContain("roundSendAt: 'up'");
      expect(recorder.requests).toEqual([]);
    });

    it("is rounded up to the next step with providerOptions.smspartner.roundSendAt: 'up', and the result says when", async () => {
      answerSend();
      const result = await provider().send({
        to: '+33611111111',
        text: 'Plus tard',
        sendAt: new Date('2030-07-14T08:07:30Z'),
        providerOptions: { smspartner: { roundSendAt: 'up' } },
      });
      expect(recorder.requests[0]?.body).toMatchObject({ scheduledDeliveryDate: '14/07/2030', time: 10, minute: 10 });
      expect(result.sendAt).toEqual(new Date('2030-07-14T08:10:00Z'));
    });

    it("is rounded up when the provider's roundSendAt setting says so", async () => {
      answerSend();
      await provider({ roundSendAt: 'up' }).send({
        to: '+33611111111',
        text: 'Plus tard',
        sendAt: new Date('2030-01-15T08:01:00Z'),
      });
      expect(recorder.requests[0]?.body).toMatchObject({ scheduledDeliveryDate: '15/01/2030', time: 9, minute: 5 });
    });

    it('refuses a send time in the past', async () => {
      await expect(
        provider().send({ to: '+33611111111', text: 'x', sendAt: new Date(Date.now() - 60_000) }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect(recorder.requests).toEqual([]);
    });
  });

  describe('validation before any request', () => {
    it.each([
      ['an empty text', { to: '+33611111111', text: '' }, 'INVALID_INPUT'],
      ['a bad number', { to: 'not a number', text: 'x' }, 'INVALID_RECIPIENT'],
      ['an empty recipient list', { to: [], text: 'x' }, 'INVALID_INPUT'],
      ['a reference with spaces', { to: '+33611111111', text: 'x', reference: 'order 1' }, 'INVALID_INPUT'],
      ['an uppercase reference', { to: '+33611111111', text: 'x', reference: 'Order1' }, 'INVALID_INPUT'],
      ['a reference over 20 characters', { to: '+33611111111', text: 'x', reference: 'a'.repeat(21) }, 'INVALID_INPUT'],
      ['a sender over 11 characters', { to: '+33611111111', text: 'x', from: 'TwelveChars1' }, 'INVALID_SENDER'],
      ['a sender with special characters', { to: '+33611111111', text: 'x', from: 'Shop!' }, 'INVALID_SENDER'],
      [
        'an unknown provider option',
        { to: '+33611111111', text: 'x', providerOptions: { smspartner: { roundSendat: 'up' } } },
        'INVALID_INPUT',
      ],
      [
        'a wrong roundSendAt',
        { to: '+33611111111', text: 'x', providerOptions: { smspartner: { roundSendAt: 'down' } } },
        'INVALID_INPUT',
      ],
    ] as const)('refuses %s', async (_name, message, code) => {
      const error = await provider()
        .send(message as never)
        .catch((caught: unknown) => caught);
      expect(SmsError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code, outcome: 'not-sent' });
      expect(recorder.requests).toEqual([]);
    });

    it('accepts a 20-character lowercase reference', async () => {
      answerSend();
      await provider().send({ to: '+33611111111', text: 'x', reference: 'a'.repeat(20) });
      expect(recorder.requests[0]?.body).toMatchObject({ tag: 'a'.repeat(20) });
    });
  });

  it('an answer without message_id is BAD_RESPONSE with outcome unknown', async () => {
    answer('POST', '/v1/send', { success: true, code: 200 });
    const error = await catchSmsError(() => provider().send({ to: '+33611111111', text: 'x' }));
    expect(error).toMatchObject({
      code: 'BAD_RESPONSE',
      outcome: 'unknown',
      responseBody: { success: true, code: 200 },
    });
    expect(error.message).toContain('names no message id');
  });
});
