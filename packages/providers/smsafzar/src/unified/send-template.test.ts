import { describe, expect, it, vi } from 'vitest';
import sendAnswer from '../__fixtures__/send-answer.json' with { type: 'json' };
import templateRequestScheduled from '../__fixtures__/template-request-scheduled.json' with { type: 'json' };
import templateRequest from '../__fixtures__/template-request.json' with { type: 'json' };
import {
  apiKeyProvider,
  caught,
  fakeJwt,
  jwtProvider,
  replyTemplateSent,
  replyToken,
  useRecorder,
} from '../test-support/mock-sms-afzar';

describe('sendTemplate', () => {
  const recorder = useRecorder();

  it('posts the documented body to messages/send/template, params given as a record', async () => {
    replyTemplateSent(recorder);
    const result = await apiKeyProvider(recorder).sendTemplate({
      to: '09100000000',
      template: 'TydSt1skQE',
      params: { code: '123456', price: '1,000,000' },
    });

    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "parameters": [
              {
                "name": "code",
                "value": "123456",
              },
              {
                "name": "price",
                "value": "1,000,000",
              },
            ],
            "recipientNumber": "09100000000",
            "senderNumber": "10001000",
            "templateId": "TydSt1skQE",
          },
          "headers": {
            "cache-control": "no-cache",
            "content-type": "application/json",
            "x-api-key": "[apiKey]",
          },
          "method": "POST",
          "path": "/messages/send/template",
        },
      ]
    `);
    expect(recorder.requests[0]!.body).toEqual(templateRequest);
    expect(result).toMatchObject({
      provider: 'smsafzar',
      batchId: '03bd52ed-8cb0-4a43-b9e7-dafff83c9565',
      messages: [
        { to: '+989100000000', id: 'ec28329d-503f-4e9e-be82-c88bbd6f88d6', status: 'queued', segments: 1, cost: 1800 },
      ],
      cost: 1800,
    });
  });

  it('posts the documented scheduled body with sendTimestamp 1770177035', async () => {
    // The document's timestamp is 2026-02-04T03:50:35Z: pretend it is an hour earlier.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date((1770177035 - 3600) * 1000));
    replyTemplateSent(recorder);
    const result = await apiKeyProvider(recorder).sendTemplate({
      to: '+989100000000',
      template: 'TydSt1skQE',
      params: { code: '123456', price: '1,000,000' },
      sendAt: new Date(1770177035 * 1000),
    });
    expect(recorder.requests[0]!.body).toEqual(templateRequestScheduled);
    expect(result.messages[0]!.status).toBe('scheduled');
    expect(result.sendAt).toEqual(new Date(1770177035 * 1000));
  });

  it('sends with a bearer token in JWT mode to messages/send/template (not messages/send, as one document example has it)', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    replyTemplateSent(recorder);
    await jwtProvider(recorder).sendTemplate({
      to: '09100000000',
      template: 'TydSt1skQE',
      params: { code: '123456', price: '1,000,000' },
    });
    expect(recorder.requests[1]).toMatchInlineSnapshot(`
      {
        "body": {
          "parameters": [
            {
              "name": "code",
              "value": "123456",
            },
            {
              "name": "price",
              "value": "1,000,000",
            },
          ],
          "recipientNumber": "09100000000",
          "senderNumber": "10001000",
          "templateId": "TydSt1skQE",
        },
        "headers": {
          "authorization": "Bearer [token]",
          "cache-control": "no-cache",
          "content-type": "application/json",
        },
        "method": "POST",
        "path": "/messages/send/template",
      }
    `);
    expect(recorder.requests[1]!.body).toEqual(templateRequest);
  });

  it('fans out one request per recipient and keeps input order', async () => {
    const recipients = ['09100000001', '09100000002', '09100000003', '09100000004', '09100000005'];
    // Each request is answered for its own recipient, whichever order the requests go out in.
    recorder.reply(
      'POST',
      '/messages/send/template',
      (request) => {
        const recipient = (request.body as { recipientNumber: string }).recipientNumber;
        return {
          json: {
            batchId: `batch-${recipient}`,
            message: { ...sendAnswer.message, sentMessageId: `id-${recipient}`, recipientNumber: recipient },
          },
        };
      },
      { times: 5 },
    );
    const result = await apiKeyProvider(recorder, { concurrency: 2 }).sendTemplate({
      to: recipients,
      template: 'TydSt1skQE',
      params: { code: '1' },
    });
    expect(recorder.requests).toHaveLength(5);
    for (const call of recorder.requests)
      expect(call.body).toMatchObject({ templateId: 'TydSt1skQE', parameters: [{ name: 'code', value: '1' }] });
    expect(result.messages.map((message) => message.id)).toEqual(recipients.map((recipient) => `id-${recipient}`));
    expect(result.messages.map((message) => message.batchId)).toEqual(
      recipients.map((recipient) => `batch-${recipient}`),
    );
    expect(result.cost).toBe(5 * 1800);
  });

  it('leaves senderNumber out when neither from nor a default sender is set', async () => {
    vi.stubEnv('SMSAFZAR_SENDER_NUMBER', '');
    replyTemplateSent(recorder);
    await apiKeyProvider(recorder, { senderNumber: undefined }).sendTemplate({
      to: '09100000000',
      template: 'TydSt1skQE',
      params: { code: '1' },
    });
    expect(recorder.requests[0]!.body).toEqual({
      recipientNumber: '09100000000',
      templateId: 'TydSt1skQE',
      parameters: [{ name: 'code', value: '1' }],
    });
  });

  it('refuses a parameter value over 100 characters, positional params, a voice request and a missing template before any request', async () => {
    const provider = apiKeyProvider(recorder);
    const long = await caught(() =>
      provider.sendTemplate({
        to: '09100000000',
        template: 'TydSt1skQE',
        params: { code: '1', note: 'x'.repeat(101) },
      }),
    );
    expect(long.code).toBe('INVALID_INPUT');
    expect(long.outcome).toBe('not-sent');
    expect(long.message).toContain('"note"');
    expect(long.message).toContain('101');
    const persianLong = await caught(() =>
      provider.sendTemplate({ to: '09100000000', template: 'TydSt1skQE', params: { name: 'س'.repeat(101) } }),
    );
    expect(persianLong.code).toBe('INVALID_INPUT');
    const positional = await caught(() =>
      provider.sendTemplate({ to: '09100000000', template: 'TydSt1skQE', params: ['123456'] }),
    );
    expect(positional.code).toBe('INVALID_INPUT');
    const voice = await caught(() =>
      provider.sendTemplate({ to: '09100000000', template: 'TydSt1skQE', params: { code: '1' }, voice: true }),
    );
    expect(voice.code).toBe('UNSUPPORTED');
    const noTemplate = await caught(() => provider.sendTemplate({ to: '09100000000', template: '', params: {} }));
    expect(noTemplate.code).toBe('INVALID_INPUT');
    const past = await caught(() =>
      provider.sendTemplate({ to: '09100000000', template: 'T', params: {}, sendAt: new Date(Date.now() - 5000) }),
    );
    expect(past.code).toBe('INVALID_INPUT');
    expect(recorder.requests).toHaveLength(0);
  });

  it('accepts a value of exactly 100 characters', async () => {
    replyTemplateSent(recorder);
    await apiKeyProvider(recorder).sendTemplate({
      to: '09100000000',
      template: 'TydSt1skQE',
      params: { note: 'ب'.repeat(100) },
    });
    expect(recorder.requests[0]!.body).toMatchObject({ parameters: [{ name: 'note', value: 'ب'.repeat(100) }] });
  });

  it('maps 1107 to TEMPLATE', async () => {
    recorder.reply('POST', '/messages/send/template', {
      status: 400,
      json: { errorCode: 1107, errorMessage: '.شناسه قالب ارسال پیام مورد نظر معتبر نمی باشد' },
    });
    const error = await caught(() =>
      apiKeyProvider(recorder).sendTemplate({ to: '09100000000', template: 'nope', params: {} }),
    );
    expect(error).toMatchObject({ code: 'TEMPLATE', providerCode: 1107, statusCode: 400, outcome: 'not-sent' });
  });
});
