import type { SmsErrorCode } from '@sms/core';
import { catchSmsError as failure } from '@sms/core/testing';
import { describe, expect, it } from 'vitest';
import cancelError from './__fixtures__/cancel-error.json';
import validationErrorFrench from './__fixtures__/send-validation-error-fr.json';
import validationErrors from './__fixtures__/send-validation-errors.json';
import { SMS_PARTNER_ERROR_TABLE } from './sms-partner-errors';
import { useMockSmsPartner } from './test-support/mock-sms-partner';

describe('answers and errors', () => {
  const { recorder, provider, answer } = useMockSmsPartner();
  const send = () => provider().send({ to: '+33611111111', text: 'Bonjour' });

  it('success: false is an error even under HTTP 200 (the seed error answer)', async () => {
    answer('GET', '/v1/me', cancelError);
    const error = await failure(() => provider().getBalance());
    expect(error).toMatchObject({
      code: 'AUTHENTICATION',
      providerCode: 10,
      statusCode: 200,
      outcome: 'not-sent',
      provider: 'smspartner',
    });
    expect(error.message).toContain('Clé API incorrecte');
    expect(error.responseBody).toEqual(cancelError);
  });

  it('lists each item of an `errors` array (English pages)', async () => {
    answer('POST', '/v1/send', validationErrors);
    const error = await failure(send);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', providerCode: 9, outcome: 'not-sent' });
    expect(error.message).toContain(
      'message: The message is required; phoneNumbers: This phone number is not valid (922264)',
    );
    expect(error.message).toContain('Nothing was sent.');
  });

  it('lists each item of an `error` array (French pages, older answers)', async () => {
    answer('POST', '/v1/send', validationErrorFrench, { status: 400 });
    const error = await failure(send);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', providerCode: 9, statusCode: 400 });
    for (const item of validationErrorFrench.error) expect(error.message).toContain(item.message);
    expect(error.message).toContain("sender: L'emetteur ne peut pas etre plus long que 11 caracteres");
    expect(error.message).toContain("time: L'heure est requise");
  });

  it.each([
    [1, 'AUTHENTICATION'],
    [2, 'INVALID_INPUT'],
    [4, 'NOT_FOUND'],
    [10, 'AUTHENTICATION'],
    [11, 'INSUFFICIENT_CREDIT'],
    [13, 'INVALID_RECIPIENT'],
    [14, 'INVALID_RECIPIENT'],
    [20, 'PERMISSION'],
    [22, 'INVALID_INPUT'],
    [23, 'INVALID_INPUT'],
    [30, 'PERMISSION'],
    [40, 'PERMISSION'],
    [42, 'INVALID_INPUT'],
    [43, 'INVALID_INPUT'],
    [44, 'INVALID_SENDER'],
    [48, 'INVALID_INPUT'],
    [50, 'INVALID_INPUT'],
    [51, 'INVALID_INPUT'],
    [52, 'INVALID_INPUT'],
    [55, 'INVALID_RECIPIENT'],
    [90, 'INVALID_INPUT'],
    [96, 'PERMISSION'],
    [992, 'INVALID_SENDER'],
  ] as [number, SmsErrorCode][])('send error code %i is %s, not-sent', async (code, expected) => {
    answer('POST', '/v1/send', { success: false, code, message: `message ${code}` });
    const error = await failure(send);
    expect(error).toMatchObject({ code: expected, providerCode: code, outcome: 'not-sent' });
    expect(error.message).toContain(`code ${code}: message ${code}`);
  });

  it('code 14 says the number is on the STOP list', async () => {
    answer('POST', '/v1/send', { success: false, code: 14, message: 'Le numéro est dans la liste STOP SMS' });
    const error = await failure(send);
    expect(error.message).toMatch(/STOP list/);
  });

  it('code 500 (queueing problem) is PROVIDER_ERROR with outcome unknown, retryable', async () => {
    answer('POST', '/v1/send', { success: false, code: 500, message: 'Problème de file' }, { status: 500 });
    const error = await failure(send);
    expect(error).toMatchObject({
      code: 'PROVIDER_ERROR',
      providerCode: 500,
      statusCode: 500,
      outcome: 'unknown',
      retryable: true,
    });
  });

  it('a code the documents do not list is PROVIDER_ERROR with outcome unknown', async () => {
    answer('POST', '/v1/send', { success: false, code: 777, message: 'Nouveau' });
    const error = await failure(send);
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', providerCode: 777, outcome: 'unknown' });
  });

  it('an unlisted code under an HTTP error status is read from the status (404: wrong path or base URL)', async () => {
    answer('POST', '/v1/send', { success: false, code: 404, message: 'Route introuvable' }, { status: 404 });
    const error = await failure(send);
    expect(error).toMatchObject({ code: 'NOT_FOUND', statusCode: 404, outcome: 'not-sent' });
    expect(error.message).toContain('Route introuvable');
  });

  it('HTTP 429 is RATE_LIMITED with retryAfterMs, whatever the body', async () => {
    answer(
      'POST',
      '/v1/send',
      { success: false, code: 429, message: 'Too many requests' },
      { status: 429, headers: { 'retry-after': '2' } },
    );
    const error = await failure(send);
    expect(error).toMatchObject({
      code: 'RATE_LIMITED',
      statusCode: 429,
      retryAfterMs: 2000,
      outcome: 'not-sent',
      retryable: true,
    });
  });

  it('an HTML 502 page is PROVIDER_ERROR with outcome unknown', async () => {
    recorder.reply('POST', '/v1/send', {
      status: 502,
      text: '<html><body>Bad Gateway</body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const error = await failure(send);
    expect(error).toMatchObject({ code: 'PROVIDER_ERROR', statusCode: 502, outcome: 'unknown' });
  });

  it('HTTP 200 with a body that is not JSON is BAD_RESPONSE with outcome unknown', async () => {
    recorder.reply('POST', '/v1/send', { text: 'OK', headers: { 'content-type': 'text/html' } });
    const error = await failure(send);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('an answer with neither success nor code is BAD_RESPONSE', async () => {
    answer('POST', '/v1/send', { message_id: 1 });
    await expect(send()).rejects.toMatchObject({ code: 'BAD_RESPONSE', outcome: 'unknown' });
  });

  it('a connection reset after the request is NETWORK with outcome unknown', async () => {
    recorder.replyWithError('POST', '/v1/send', 'ECONNRESET');
    const error = await failure(send);
    expect(error).toMatchObject({ code: 'NETWORK', outcome: 'unknown' });
  });

  it('a call past its deadline is TIMEOUT with outcome unknown', async () => {
    answer('POST', '/v1/send', { success: true, code: 200, message_id: 1 }, { delayMs: 500 });
    const error = await failure(() => provider().send({ to: '+33611111111', text: 'x' }, { timeoutMs: 20 }));
    expect(error).toMatchObject({ code: 'TIMEOUT', outcome: 'unknown' });
  });

  it('an aborted signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(() =>
      provider().send({ to: '+33611111111', text: 'x' }, { signal: controller.signal }),
    );
    expect(error).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
    expect(recorder.requests).toEqual([]);
  });

  it('status calls read code 5 and 6 as their status meanings, not the cancel ones', async () => {
    answer('POST', '/v1/multi-status', { success: false, code: 5, message: 'La liste des numéros est vide' });
    answer('POST', '/v1/multi-status', { success: false, code: 6, message: 'Mauvais format' });
    const partner = provider();
    const list = [{ phoneNumber: '+33611111111', messageId: 1 }];
    await expect(partner.native.multiStatus(list)).rejects.toMatchObject({ code: 'INVALID_INPUT', providerCode: 5 });
    await expect(partner.native.multiStatus(list)).rejects.toMatchObject({ code: 'INVALID_INPUT', providerCode: 6 });
  });

  it('code 15 on stop-sms/add says the number is already listed', async () => {
    answer('POST', '/v1/stop-sms/add', { success: false, code: 15, message: 'Numéro déjà présent' });
    const error = await failure(() => provider().native.stopList.add('+33611111111'));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', providerCode: 15 });
    expect(error.message).toContain('already in the list');
  });
});

describe('SMS_PARTNER_ERROR_TABLE', () => {
  const { provider, answer } = useMockSmsPartner();

  it('is what a send error is read with: every common code gives its code, outcome and problem', async () => {
    const partner = provider();
    for (const [code, meaning] of Object.entries(SMS_PARTNER_ERROR_TABLE.common)) {
      answer('POST', '/v1/send', { success: false, code: Number(code), message: `message ${code}` });
      const error = await failure(() => partner.send({ to: '+33611111111', text: 'Bonjour' }));
      expect(error).toMatchObject({
        code: meaning.code,
        providerCode: Number(code),
        outcome: meaning.outcome ?? 'not-sent',
      });
      expect(error.message).toContain(meaning.problem);
    }
  });

  it('is what a cancel error is read with: its cancel codes win over the common ones', async () => {
    const partner = provider();
    for (const [code, meaning] of Object.entries(SMS_PARTNER_ERROR_TABLE.byOperation.cancel ?? {})) {
      answer('GET', '/v1/message-cancel', { success: false, code: Number(code), message: `message ${code}` });
      const error = await failure(() => partner.native.cancel(300));
      expect(error).toMatchObject({ code: meaning.code, providerCode: Number(code) });
      expect(error.message).toContain(meaning.problem);
    }
  });

  it('cannot be edited, so a caller cannot change how answers are read', () => {
    expect(Object.isFrozen(SMS_PARTNER_ERROR_TABLE)).toBe(true);
    expect(Object.isFrozen(SMS_PARTNER_ERROR_TABLE.common)).toBe(true);
    expect(Object.isFrozen(SMS_PARTNER_ERROR_TABLE.common[10])).toBe(true);
    expect(Object.isFrozen(SMS_PARTNER_ERROR_TABLE.byOperation.status)).toBe(true);
  });
});
