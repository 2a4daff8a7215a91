import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator';
import { startSimulator } from '../../start-simulator';
import { getCall, jsonCall } from '../../test-support/http-call';

const API_KEY = 'smspartner-test-key';
// 09:00 in Paris (UTC+1 in winter).
const START = new Date('2030-01-01T08:00:00Z');

let simulator: Simulator;
let base: string;

beforeEach(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  simulator.clock.set(START);
  base = `${simulator.baseUrls.smspartner}/v1`;
});

afterEach(async () => {
  await simulator.close();
});

const send = (body: Record<string, unknown>) => jsonCall(`${base}/send`, { apiKey: API_KEY, ...body });
const get = (path: string, query: Record<string, string>) =>
  getCall(`${base}/${path}?${new URLSearchParams({ apiKey: API_KEY, ...query })}`);

describe('SMS Partner v1/send', () => {
  it('answers the documented success body and records one message per recipient under one id', async () => {
    const answer = await send({
      phoneNumbers: '0600000000,+33611111111',
      message: 'Hello',
      sender: 'MyShop',
      tag: 'promo',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ success: true, code: 200, message_id: 300, nb_sms: 2, cost: 0.076, currency: 'EUR' });
    expect(
      simulator
        .messages()
        .map((message) => [message.id, message.recipient, message.sender, message.reference, message.status]),
    ).toEqual([
      ['300', '0600000000', 'MyShop', 'promo', 'sent'],
      ['300', '+33611111111', 'MyShop', 'promo', 'sent'],
    ]);
    expect(simulator.balance('smspartner')).toBeCloseTo(100 - 0.076, 6);
  });

  it('takes apiKey from the query string too', async () => {
    const answer = await jsonCall(`${base}/send?apiKey=${API_KEY}`, { phoneNumbers: '0600000000', message: 'Hi' });
    expect(answer.json.success).toBe(true);
  });

  it('answers codes 1 and 10 for a missing or wrong API key', async () => {
    const missing = await jsonCall(`${base}/send`, { phoneNumbers: '0600000000', message: 'x' });
    expect(missing.json).toEqual({ success: false, code: 1, message: 'Clé API requise' });
    const wrong = await jsonCall(`${base}/send`, { apiKey: 'nope', phoneNumbers: '0600000000', message: 'x' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ success: false, code: 10, message: 'Clé API incorrecte' });
  });

  it('answers code 9 with the errors array for a missing message or an invalid number', async () => {
    const answer = await send({ phoneNumbers: '922264' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      success: false,
      code: 9,
      errors: [
        { elementId: 'children[message].data', message: 'The message is required' },
        { elementId: 'children[phoneNumbers].data', message: 'This phone number is not valid (922264)' },
      ],
    });
    expect((await send({ message: 'x' })).json.code).toBe(2);
    const longSender = await send({ phoneNumbers: '0600000000', message: 'x', sender: 'MuchTooLongSender' });
    expect(longSender.json.errors[0].elementId).toBe('children[sender].data');
  });

  it('answers 50 over 500 numbers, 52 over 10 parts, 11 without credit, 14 for a STOP-listed number', async () => {
    const numbers = Array.from({ length: 501 }, (_, index) => `+336${String(index).padStart(8, '0')}`).join(',');
    expect((await send({ phoneNumbers: numbers, message: 'x' })).json).toEqual({
      success: false,
      code: 50,
      message: '500 numéros maximum',
    });
    expect((await send({ phoneNumbers: '0600000000', message: 'a'.repeat(153 * 10 + 1) })).json.code).toBe(52);
    await jsonCall(`${base}/stop-sms/add`, { apiKey: API_KEY, phoneNumber: '0600000000' });
    expect((await send({ phoneNumbers: '+33600000000', message: 'x' })).json).toEqual({
      success: false,
      code: 14,
      message: 'Le numéro est dans la liste STOP SMS',
    });
    const poor = await startSimulator({ balance: { smspartner: 0.01 } });
    try {
      const refused = await jsonCall(`${poor.baseUrls.smspartner}/v1/send`, {
        apiKey: API_KEY,
        phoneNumbers: '0600000000',
        message: 'x',
      });
      expect(refused.json).toEqual({ success: false, code: 11, message: 'Crédit insuffisant' });
      expect(poor.messages()).toHaveLength(0);
    } finally {
      await poor.close();
    }
    expect(simulator.messages()).toHaveLength(0);
  });

  it('schedules in Paris time with scheduledDeliveryDate, time and minute in 5-minute steps', async () => {
    const answer = await send({
      phoneNumbers: '0600000000',
      message: 'later',
      scheduledDeliveryDate: '01/01/2030',
      time: 10,
      minute: 30,
    });
    expect(answer.json).toMatchObject({ success: true, message_id: 300, scheduledDeliveryDate: '2030-01-01 10:30:00' });
    expect(simulator.messages()[0]).toMatchObject({ status: 'scheduled', sendAt: '2030-01-01T09:30:00.000Z' });
    simulator.clock.set(new Date('2030-01-01T09:30:00Z'));
    expect(simulator.messages()[0]?.status).toBe('sent');
  });

  it('answers 48 for a minute off the 5-minute grid and 9 for a past or incomplete schedule', async () => {
    expect(
      (
        await send({
          phoneNumbers: '0600000000',
          message: 'x',
          scheduledDeliveryDate: '01/01/2030',
          time: 10,
          minute: 7,
        })
      ).json,
    ).toEqual({
      success: false,
      code: 48,
      message: 'Les minutes doivent être comprises entre 5 et 55 par intervalle de 5',
    });
    const past = await send({
      phoneNumbers: '0600000000',
      message: 'x',
      scheduledDeliveryDate: '01/01/2030',
      time: 8,
      minute: 0,
    });
    expect(past.json.code).toBe(9);
    expect(past.json.errors[0].elementId).toBe('children[scheduledDeliveryDate].data');
    const noHour = await send({
      phoneNumbers: '0600000000',
      message: 'x',
      scheduledDeliveryDate: '01/01/2030',
      minute: 0,
    });
    expect(noHour.json.errors.map((error: { elementId: string }) => error.elementId)).toEqual(['children[time].data']);
  });

  it('sandbox: answers as usual, charges nothing and never delivers', async () => {
    const answer = await send({ phoneNumbers: '0600000000', message: 'test', sandbox: 1 });
    expect(answer.json).toMatchObject({ success: true, code: 200 });
    expect(simulator.balance('smspartner')).toBe(100);
    simulator.clock.advance(60_000);
    expect(simulator.messages()[0]).toMatchObject({ sandbox: true, status: 'sent' });
  });

  it('appends the STOP mention with isStopSms=1, and answers in XML with _format=xml', async () => {
    await send({ phoneNumbers: '0600000000', message: 'Promo', isStopSms: 1 });
    expect(simulator.messages()[0]?.text).toBe('Promo\nSTOP au 36180');
    const xml = await jsonCall(`${base}/send?_format=xml`, {
      apiKey: 'nope',
      phoneNumbers: '0600000000',
      message: 'x',
    });
    expect(xml.headers.get('content-type')).toMatch(/xml/);
    expect(xml.text).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<result><entry>false</entry><entry>10</entry><entry>Clé API incorrecte</entry></result>\n',
    );
  });
});

describe('SMS Partner v1/bulk-send', () => {
  it('answers SMSResponse_List per item and refuses only the invalid item', async () => {
    const answer = await jsonCall(`${base}/bulk-send`, {
      apiKey: API_KEY,
      sender: 'MyShop',
      SMSList: [
        { phoneNumber: '+33611111111', message: 'Hello Ann' },
        { phoneNumber: 'bad', message: 'Hello Bob' },
        { phoneNumber: '0622222222', message: 'Hello Cid' },
      ],
    });
    expect(answer.json).toEqual({
      success: true,
      code: 200,
      message_id: 300,
      currency: 'EUR',
      cost: 0.076,
      nbSMS: 2,
      SMSResponse_List: [
        { success: true, code: 200, nbSms: 1, cost: 0.038, phoneNumber: '+33611111111' },
        {
          success: false,
          code: 9,
          nbSms: 0,
          cost: 0,
          phoneNumber: 'bad',
          message: 'This phone number is not valid (bad)',
        },
        { success: true, code: 200, nbSms: 1, cost: 0.038, phoneNumber: '0622222222' },
      ],
    });
    expect(simulator.messages().map((message) => message.text)).toEqual(['Hello Ann', 'Hello Cid']);
  });

  it('refuses a missing list (9) and more than 500 items (50)', async () => {
    expect((await jsonCall(`${base}/bulk-send`, { apiKey: API_KEY })).json.code).toBe(9);
    const list = Array.from({ length: 501 }, () => ({ phoneNumber: '0600000000', message: 'x' }));
    expect((await jsonCall(`${base}/bulk-send`, { apiKey: API_KEY, SMSList: list })).json.code).toBe(50);
  });
});

describe('SMS Partner v1/message-cancel', () => {
  const schedule = async (time: number, minute: number) =>
    (await send({ phoneNumbers: '0600000000', message: 'later', scheduledDeliveryDate: '01/01/2030', time, minute }))
      .json.message_id as number;

  it('cancels a scheduled send with the seed answer and refunds it', async () => {
    const id = await schedule(12, 0);
    const answer = await get('message-cancel', { messageId: String(id) });
    expect(answer.json).toEqual({ success: true, code: 200, message: "L'envoi du SMS a été annulé." });
    expect(simulator.messages()[0]?.status).toBe('canceled');
    expect(simulator.balance('smspartner')).toBe(100);
    expect((await get('message-cancel', { messageId: String(id) })).json).toEqual({
      success: false,
      code: 5,
      message: "L'envoi du SMS a déjà été annulé",
    });
  });

  it('answers the seed codes 3, 4, 6 and 7', async () => {
    expect((await get('message-cancel', {})).json.code).toBe(3);
    expect((await get('message-cancel', { messageId: '999' })).json).toEqual({
      success: false,
      code: 4,
      message: 'Message introuvable',
    });
    const soon = await schedule(9, 5);
    simulator.clock.advance(60_000);
    expect((await get('message-cancel', { messageId: String(soon) })).json.code).toBe(6);
    const sent = (await send({ phoneNumbers: '0600000000', message: 'now' })).json.message_id;
    expect((await get('message-cancel', { messageId: String(sent) })).json.code).toBe(7);
  });
});

describe('SMS Partner status endpoints', () => {
  it('message-status: statut Waiting, then Delivered, with the fields of the docs', async () => {
    const id = (await send({ phoneNumbers: '0600000000', message: 'x' })).json.message_id;
    const waiting = await get('message-status', { messageId: String(id), phoneNumber: '0600000000' });
    expect(waiting.json).toEqual({
      success: true,
      code: 200,
      number: '0600000000',
      messageId: String(id),
      stopSms: false,
      date: '2030-01-01 09:00:00',
      statut: 'Waiting',
      cost: 0.038,
      countryCode: 'FR',
      currency: 'EUR',
    });
    simulator.clock.advance(1000);
    expect((await get('message-status', { messageId: String(id), phoneNumber: '+33600000000' })).json).toMatchObject({
      statut: 'Delivered',
      date: '2030-01-01 09:00:01',
    });
    expect((await get('message-status', { messageId: String(id) })).json.code).toBe(2);
    expect((await get('message-status', { phoneNumber: '0600000000' })).json.code).toBe(3);
    expect((await get('message-status', { messageId: '1', phoneNumber: '0600000000' })).json.code).toBe(4);
  });

  it('multi-status: SMSStatut_List, with code 4 "Numéro introuvable" for unknown pairs', async () => {
    const id = (await send({ phoneNumbers: '+33699999993', message: 'x' })).json.message_id;
    simulator.fail(String(id));
    const answer = await jsonCall(`${base}/multi-status`, {
      apiKey: API_KEY,
      SMSStatut_List: [
        { phoneNumber: '+33699999993', messageId: id },
        { phoneNumber: '+33699999992', messageId: 1000 },
      ],
    });
    expect(answer.json).toEqual({
      success: true,
      code: 200,
      StatutResponse_List: [
        {
          success: true,
          code: 200,
          phoneNumber: '+33699999993',
          messageId: id,
          status: 'Not delivered',
          date: String(START.getTime() / 1000),
          stopSms: '0',
          isSpam: '0',
        },
        { success: false, code: 4, phoneNumber: '+33699999992', messageId: 1000, status: 'Numéro introuvable' },
      ],
    });
    expect((await jsonCall(`${base}/multi-status`, { apiKey: API_KEY, SMSStatut_List: [] })).json.code).toBe(5);
  });

  it('bulk-status: every recipient of one message id', async () => {
    const id = (await send({ phoneNumbers: '0611111111,0622222222', message: 'x' })).json.message_id;
    simulator.deliver(String(id), '+33611111111');
    const answer = await get('bulk-status', { messageId: String(id) });
    expect(answer.json).toEqual({
      success: true,
      code: 200,
      message_id: String(id),
      StatutResponse_List: [
        { phoneNumber: '+33611111111', status: 'Delivered', stopSMS: false, date: String(START.getTime() / 1000) },
        { phoneNumber: '+33622222222', status: 'Waiting', stopSMS: false, date: String(START.getTime() / 1000) },
      ],
    });
    expect((await get('bulk-status', { messageId: '1' })).json.code).toBe(4);
  });
});

describe('SMS Partner v1/me, stop-sms and lookup', () => {
  it('me: the account and its credits, balance as a string', async () => {
    await send({ phoneNumbers: '0600000000', message: 'x' });
    const answer = await get('me', {});
    expect(answer.json).toEqual({
      success: true,
      code: 200,
      user: { username: 'simulator@example.com', firstname: 'SMS', lastname: 'Simulator' },
      credits: { creditSms: 2630, creditSmsECO: 3570, creditHlr: 0, toSend: 0, balance: '99.962', currency: 'EUR' },
    });
  });

  it('stop-sms: add, list, refuse a duplicate (15), delete', async () => {
    const added = await jsonCall(`${base}/stop-sms/add`, { apiKey: API_KEY, phoneNumber: '0600000000' });
    expect(added.json).toEqual({ success: true, code: 200, stopId: 1 });
    expect((await jsonCall(`${base}/stop-sms/add`, { apiKey: API_KEY, phoneNumber: '+33600000000' })).json.code).toBe(
      15,
    );
    expect((await get('stop-sms/list', {})).json).toEqual({
      success: true,
      code: 200,
      nbData: 1,
      data: [{ id: 1, phoneNumber: '+33600000000', createdAt: '2030-01-01 09:00:00' }],
    });
    expect((await get('stop-sms/delete', { id: '1' })).json).toEqual({ success: true, code: 200 });
    expect((await get('stop-sms/list', {})).json.nbData).toBe(0);
    expect((await get('stop-sms/delete', { id: '1' })).json.code).toBe(4);
  });

  it('lookup: the formats of each number, success false for an invalid one', async () => {
    const answer = await jsonCall(`${base}/lookup`, { apiKey: API_KEY, phoneNumbers: '0612345678,abc' });
    expect(answer.json).toEqual({
      success: true,
      code: 200,
      lookup: [
        {
          request: '0612345678',
          success: true,
          countryCode: 'FR',
          prefixCode: 33,
          phoneNumber: '+33612345678',
          type: 'mobile',
          network: null,
          format: {
            e164: '+33612345678',
            international: '+33 6 12 34 56 78',
            national: '06 12 34 56 78',
            rfc3966: 'tel:+33-6-12-34-56-78',
          },
        },
        { request: 'abc', success: false, message: 'Numéro de téléphone invalide' },
      ],
    });
  });

  it('refuses a wrong method (405), an unknown path (404) and broken JSON (90)', async () => {
    expect((await getCall(`${base}/send?apiKey=${API_KEY}`)).status).toBe(405);
    expect((await get('nothing', {})).status).toBe(404);
    const broken = await jsonCall(`${base}/send`, '{"apiKey": "smspartner-test-key", ');
    expect(broken.status).toBe(400);
    expect(broken.json).toEqual({ success: false, code: 90, message: 'JSON mal formé' });
  });
});
