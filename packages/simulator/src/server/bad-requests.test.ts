import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator';
import { startSimulator } from '../start-simulator';
import { getCall, jsonCall, rawCall } from '../test-support/http-call';

let simulator: Simulator;

beforeAll(async () => {
  simulator = await startSimulator();
});

afterAll(async () => {
  await simulator.close();
});

const TWO_MEGABYTES = 'x'.repeat(2 * 1024 * 1024);

async function stillServes(): Promise<void> {
  const answer = await getCall(`${simulator.baseUrls.ghasedak}/v2/account/info`, { apikey: 'ghasedak-test-key' });
  expect(answer.status).toBe(200);
}

describe('bad requests', () => {
  it('a wrong content type: Ghasedak reads no fields (400), SMSAfzar answers 415, SMS Partner 90', async () => {
    const ghasedak = await rawCall(`${simulator.baseUrls.ghasedak}/v2/sms/send/simple`, {
      method: 'POST',
      headers: { apikey: 'ghasedak-test-key', 'content-type': 'text/plain' },
      body: 'message=x&receptor=09111111111',
    });
    expect(ghasedak.status).toBe(400);
    expect(ghasedak.json.result.message).toBe('["message is required","receptor is required"]');
    const afzar = await rawCall(`${simulator.baseUrls.smsafzar}/messages/send`, {
      method: 'POST',
      headers: { 'x-api-key': 'smsafzar-test-key', 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(afzar.status).toBe(415);
    const partner = await rawCall(`${simulator.baseUrls.smspartner}/v1/send`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'apiKey=x',
    });
    expect(partner.json).toEqual({ success: false, code: 90, message: 'JSON mal formé' });
    await stillServes();
  });

  it("unknown paths get each provider's 404, and the rest of the server a JSON 404", async () => {
    expect((await getCall(`${simulator.baseUrls.ghasedak}/v3/anything`)).json).toEqual({
      result: { code: 404, message: 'the requested resource does not exist' },
      items: '',
    });
    expect((await getCall(`${simulator.baseUrls.smsafzar}/nowhere`)).status).toBe(404);
    expect((await getCall(`${simulator.baseUrls.smspartner}/v1/nowhere`)).json.success).toBe(false);
    const elsewhere = await getCall(`${simulator.url}/favicon.ico`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.json.error).toBe('not-found');
    await stillServes();
  });

  it('a 2 MB body gets 413 from every provider and nothing is recorded', async () => {
    const ghasedak = await rawCall(`${simulator.baseUrls.ghasedak}/v2/sms/send/simple`, {
      method: 'POST',
      headers: { apikey: 'ghasedak-test-key', 'content-type': 'application/x-www-form-urlencoded' },
      body: `message=${TWO_MEGABYTES}&receptor=09111111111`,
    });
    expect(ghasedak.status).toBe(413);
    expect(ghasedak.json.result.code).toBe(413);
    const afzar = await jsonCall(
      `${simulator.baseUrls.smsafzar}/messages/send`,
      { content: TWO_MEGABYTES },
      { 'x-api-key': 'smsafzar-test-key' },
    );
    expect(afzar.status).toBe(413);
    expect(afzar.json.errorCode).toBe(413);
    const partner = await jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, {
      apiKey: 'smspartner-test-key',
      message: TWO_MEGABYTES,
    });
    expect(partner.status).toBe(413);
    expect(simulator.messages()).toHaveLength(0);
    await stillServes();
  });

  it('broken JSON gets the documented error (SMSAfzar 1001, SMS Partner 90)', async () => {
    const afzar = await jsonCall(`${simulator.baseUrls.smsafzar}/messages/send`, '{"content": "x"', {
      'x-api-key': 'smsafzar-test-key',
    });
    expect(afzar.status).toBe(400);
    expect(afzar.json.errorCode).toBe(1001);
    const partner = await jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, '[1, 2');
    expect(partner.json.code).toBe(90);
    const notAnObject = await jsonCall(`${simulator.baseUrls.smsafzar}/messages/send`, '[1]', {
      'x-api-key': 'smsafzar-test-key',
    });
    expect(notAnObject.json.errorCode).toBe(1001);
    await stillServes();
  });

  it('missing fields get the documented field errors', async () => {
    const afzar = await jsonCall(
      `${simulator.baseUrls.smsafzar}/messages/send`,
      { content: 'x' },
      { 'x-api-key': 'smsafzar-test-key' },
    );
    expect(afzar.json.validationErrors.map((error: { field: string }) => error.field)).toEqual([
      'senderNumber',
      'recipientNumber',
    ]);
    const partner = await jsonCall(`${simulator.baseUrls.smspartner}/v1/send`, {
      apiKey: 'smspartner-test-key',
      phoneNumbers: '0600000000',
    });
    expect(partner.json.code).toBe(9);
    await stillServes();
  });

  it('wrong values of the wrong JSON type are validation errors, not crashes', async () => {
    const afzar = await jsonCall(
      `${simulator.baseUrls.smsafzar}/messages/send/bulk`,
      { senderNumbers: 'x', recipientNumbers: [null, {}], contents: [1] },
      { 'x-api-key': 'smsafzar-test-key' },
    );
    expect(afzar.status).toBe(400);
    expect(afzar.json.errorCode).toBe(1001);
    const template = await jsonCall(
      `${simulator.baseUrls.smsafzar}/messages/send/template`,
      { recipientNumber: '09100000000', templateId: 'TydSt1skQE', parameters: [null, 5] },
      { 'x-api-key': 'smsafzar-test-key' },
    );
    expect(template.json.errorCode).toBe(1001);
    const partner = await jsonCall(`${simulator.baseUrls.smspartner}/v1/bulk-send`, {
      apiKey: 'smspartner-test-key',
      SMSList: [null, 3, 'x'],
    });
    expect(partner.json.code).toBe(9);
    const multi = await jsonCall(`${simulator.baseUrls.smspartner}/v1/multi-status`, {
      apiKey: 'smspartner-test-key',
      SMSStatut_List: [null],
    });
    expect(multi.json.StatutResponse_List[0].code).toBe(4);
    await stillServes();
  });
});
