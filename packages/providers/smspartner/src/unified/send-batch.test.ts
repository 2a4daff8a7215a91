import { describe, expect, it } from 'vitest';
import bulkSendAnswer from '../__fixtures__/bulk-send.json';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('sendBatch (unified)', () => {
  const { recorder, provider, answerBulkSend } = useMockSmsPartner();

  it('sends bulk-send with SMSList and maps SMSResponse_List per message (the documented answer)', async () => {
    answerBulkSend();
    const result = await provider().sendBatch([
      { to: '0611111111', text: 'Bonjour Anne', from: 'MyShop', reference: 'welcome' },
      { to: '+33622222222', text: 'Bonjour Paul', from: 'MyShop', reference: 'welcome' },
    ]);
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "SMSList": [
              {
                "message": "Bonjour Anne",
                "phoneNumber": "+33611111111",
              },
              {
                "message": "Bonjour Paul",
                "phoneNumber": "+33622222222",
              },
            ],
            "_format": "json",
            "apiKey": "[apiKey]",
            "sender": "MyShop",
            "tag": "welcome",
          },
          "headers": {
            "content-type": "application/json",
          },
          "method": "POST",
          "path": "/v1/bulk-send",
        },
      ]
    `);
    expect(result).toEqual({
      provider: 'smspartner',
      batchId: '123',
      cost: 0.076,
      currency: 'EUR',
      raw: bulkSendAnswer,
      messages: [
        { to: '+33611111111', id: '123', batchId: '123', status: 'queued', segments: 1, cost: 0.038 },
        { to: '+33622222222', id: '123', batchId: '123', status: 'queued', segments: 1, cost: 0.038 },
      ],
    });
  });

  it('marks an entry SMS Partner refused (code 14, STOP list) as rejected with its error', async () => {
    answerBulkSend({
      ...bulkSendAnswer,
      SMSResponse_List: [
        bulkSendAnswer.SMSResponse_List[0],
        { success: false, code: 14, phoneNumber: '+33622222222', message: 'Numéro en liste STOP' },
      ],
    });
    const result = await provider().sendBatch([
      { to: '+33611111111', text: 'A' },
      { to: '+33622222222', text: 'B' },
    ]);
    expect(result.messages[0]).toMatchObject({ id: '123', status: 'queued' });
    expect(result.messages[1]).toMatchObject({ to: '+33622222222', status: 'rejected', providerStatus: 14 });
    expect(result.messages[1]?.id).toBeUndefined();
    expect(result.messages[1]?.error).toMatchObject({
      code: 'INVALID_RECIPIENT',
      providerCode: 14,
      outcome: 'not-sent',
    });
  });

  it('schedules a batch in Paris time', async () => {
    answerBulkSend();
    const sendAt = new Date('2030-01-15T08:05:00Z');
    const result = await provider().sendBatch([
      { to: '+33611111111', text: 'A', sendAt },
      { to: '+33622222222', text: 'B', sendAt },
    ]);
    expect(recorder.requests[0]?.body).toMatchObject({ scheduledDeliveryDate: '15/01/2030', time: 9, minute: 5 });
    expect(result.sendAt).toEqual(sendAt);
    expect(result.messages.every((message) => message.status === 'scheduled')).toBe(true);
  });

  it('splits 1,200 messages into 3 requests, in order', async () => {
    let nextId = 1;
    recorder.reply(
      'POST',
      '/v1/bulk-send',
      (request) => {
        const list = (request.body as { SMSList: { phoneNumber: string }[] }).SMSList;
        return {
          json: {
            success: true,
            code: 200,
            message_id: nextId++,
            SMSResponse_List: list.map((item) => ({
              success: true,
              code: 200,
              nbSms: 1,
              phoneNumber: item.phoneNumber,
            })),
          },
        };
      },
      { times: 3 },
    );
    const batch = Array.from({ length: 1200 }, (_, index) => ({
      to: `+3361${String(index).padStart(7, '0')}`,
      text: `Message ${index}`,
    }));
    const result = await provider({ concurrency: 1 }).sendBatch(batch);
    expect(recorder.requests.map((request) => (request.body as { SMSList: unknown[] }).SMSList.length)).toEqual([
      500, 500, 200,
    ]);
    expect(result.messages.map((message) => message.to)).toEqual(batch.map((message) => message.to));
    expect(result.messages[1199]).toMatchObject({ id: '3' });
  });

  it('refuses a batch whose messages differ in sender, send time or reference, and an empty batch', async () => {
    await expect(
      provider().sendBatch([
        { to: '+33611111111', text: 'A', from: 'ShopA' },
        { to: '+33622222222', text: 'B', from: 'ShopB' },
      ]),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('`from`') });
    await expect(
      provider().sendBatch([
        { to: '+33611111111', text: 'A', reference: 'a' },
        { to: '+33622222222', text: 'B' },
      ]),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(provider().sendBatch([])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(provider().sendBatch([{ to: ['+33611111111'] as never, text: 'A' }])).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(recorder.requests).toEqual([]);
  });
});
