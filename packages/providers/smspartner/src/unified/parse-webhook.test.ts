import { describe, expect, it } from 'vitest';
import { createSmsPartner } from '../create-sms-partner';

const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('parseWebhook', () => {
  const provider = () => createSmsPartner({ apiKey: 'unused-key' });

  describe('delivery receipts (urlDlr)', () => {
    const receipt = {
      messageId: 12345,
      phoneNumber: '+33612345678',
      status: 'Delivered',
      statusCode: 'DELIVRD',
      date: '1767225600',
      tag: 'order-1',
    };

    it('reads a JSON receipt (parsed body)', async () => {
      const events = await provider().parseWebhook({ method: 'POST', headers: json, body: receipt });
      expect(events).toEqual([
        {
          type: 'delivery-report',
          provider: 'smspartner',
          report: {
            provider: 'smspartner',
            id: '12345',
            to: '+33612345678',
            status: 'delivered',
            providerStatus: 'Delivered',
            at: new Date(1767225600 * 1000),
            raw: receipt,
          },
        },
      ]);
    });

    it('reads a JSON receipt given as raw text or bytes', async () => {
      const text = JSON.stringify(receipt);
      const [fromText] = await provider().parseWebhook({ headers: json, body: text });
      const [fromBytes] = await provider().parseWebhook({ headers: {}, body: Buffer.from(text) });
      expect(fromText).toMatchObject({ type: 'delivery-report', report: { id: '12345', status: 'delivered' } });
      expect(fromBytes).toEqual(fromText);
    });

    it('reads the same fields form-encoded (parsed object of strings, or raw text)', async () => {
      const fields = {
        messageId: '12345',
        phoneNumber: '+33612345678',
        status: 'Not delivered',
        statusCode: 'UNDELIV',
        date: '1767225600',
      };
      const [parsed] = await provider().parseWebhook({ headers: form, body: fields });
      const [raw] = await provider().parseWebhook({ headers: form, body: new URLSearchParams(fields).toString() });
      expect(parsed).toMatchObject({
        type: 'delivery-report',
        report: { id: '12345', to: '+33612345678', status: 'failed', providerStatus: 'Not delivered' },
      });
      expect(raw).toEqual(parsed);
    });

    it('prefers the operator code, which tells expired and rejected apart', async () => {
      const [expired] = await provider().parseWebhook({
        headers: json,
        body: {
          messageId: 1,
          phoneNumber: '+33612345678',
          status: 'Not delivered',
          statusCode: 'EXPIRED',
          date: '1767225600',
        },
      });
      const [waiting] = await provider().parseWebhook({
        headers: json,
        body: { messageId: 1, phoneNumber: '+33612345678', status: 'Waiting', date: '1767225600' },
      });
      expect(expired).toMatchObject({ report: { status: 'expired', providerStatus: 'Not delivered' } });
      expect(waiting).toMatchObject({ report: { status: 'sent', providerStatus: 'Waiting' } });
    });
  });

  describe('replies and STOP to the short number', () => {
    it('reads a reply as an inbound message linked to the message it answers', async () => {
      const body = { type: 'response', phone_number: '+33612345678', text: 'Oui, merci', message_id: 1111 };
      expect(await provider().parseWebhook({ headers: json, body })).toEqual([
        {
          type: 'inbound',
          provider: 'smspartner',
          message: { provider: 'smspartner', from: '+33612345678', text: 'Oui, merci', inReplyTo: '1111', raw: body },
        },
      ]);
    });

    it('reads a STOP as an opt-out', async () => {
      const body = { type: 'stop', phone_number: '+33612345678', text: 'Stop', message_id: 111111 };
      const [event] = await provider().parseWebhook({ headers: json, body: JSON.stringify(body) });
      expect(event).toEqual({
        type: 'opt-out',
        provider: 'smspartner',
        phoneNumber: '+33612345678',
        message: { provider: 'smspartner', from: '+33612345678', text: 'Stop', inReplyTo: '111111', raw: body },
        raw: body,
      });
    });
  });

  describe('replies to a long number', () => {
    const single = {
      msisdn: '33612345678',
      to: '33700000000',
      messageId: '0A0000001234',
      text: 'Bonjour',
      type: 'text',
      keyword: 'BONJOUR',
      'message-timestamp': '2030-07-14 08:05:00',
    };

    it('reads a form-encoded reply, with the numbers in E.164', async () => {
      const [event] = await provider().parseWebhook({ headers: form, body: new URLSearchParams(single).toString() });
      expect(event).toEqual({
        type: 'inbound',
        provider: 'smspartner',
        message: {
          provider: 'smspartner',
          id: '0A0000001234',
          from: '+33612345678',
          to: '+33700000000',
          text: 'Bonjour',
          receivedAt: new Date('2030-07-14T08:05:00Z'),
          raw: single,
        },
      });
    });

    it('reassembles a three-part reply by concat-ref, whatever the order, and returns [] until complete', async () => {
      const partner = provider();
      const part = (number: number, text: string) => ({
        ...single,
        messageId: `part-${number}`,
        text,
        concat: 'true',
        'concat-ref': '42',
        'concat-total': '3',
        'concat-part': String(number),
      });
      expect(
        await partner.parseWebhook({ headers: form, body: new URLSearchParams(part(2, 'second, ')).toString() }),
      ).toEqual([]);
      expect(await partner.parseWebhook({ headers: json, body: part(1, 'First, ') })).toEqual([]);
      // Another sender's reply with the same reference does not mix in.
      expect(
        await partner.parseWebhook({ headers: json, body: { ...part(3, 'other'), msisdn: '33699999999' } }),
      ).toEqual([]);
      const events = await partner.parseWebhook({ headers: json, body: part(3, 'third.') });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'inbound',
        message: { id: 'part-1', from: '+33612345678', text: 'First, second, third.' },
      });
      expect((events[0] as { message: { raw: unknown[] } }).message.raw).toHaveLength(3);
      // Completed replies leave the buffer: the same parts start a new reply.
      expect(await partner.parseWebhook({ headers: json, body: part(1, 'again') })).toEqual([]);
    });

    it('gives the whole reply again when a part of a completed reply is posted again (the retry after an error answer)', async () => {
      const partner = provider();
      const part = (number: number, text: string) => ({
        ...single,
        messageId: `part-${number}`,
        text,
        concat: 'true',
        'concat-ref': '7',
        'concat-total': '2',
        'concat-part': String(number),
      });
      expect(await partner.parseWebhook({ headers: json, body: part(1, 'Hello ') })).toEqual([]);
      const first = await partner.parseWebhook({ headers: json, body: part(2, 'world') });
      // The receiver failed to handle it and answered 500: SMS Partner posts the completing part again.
      const retried = await partner.parseWebhook({
        headers: form,
        body: new URLSearchParams(part(2, 'world')).toString(),
      });
      expect(first).toMatchObject([{ type: 'inbound', message: { id: 'part-1', text: 'Hello world' } }]);
      expect(retried).toEqual(first);
      // A different part under the same reference is a new reply, not a retry.
      expect(await partner.parseWebhook({ headers: json, body: { ...part(2, 'there'), messageId: 'part-4' } })).toEqual(
        [],
      );
      expect(
        await partner.parseWebhook({ headers: json, body: { ...part(1, 'Hi '), messageId: 'part-3' } }),
      ).toMatchObject([{ message: { id: 'part-3', text: 'Hi there' } }]);
    });

    it('keeps the buffer bounded: the oldest incomplete reply is dropped', async () => {
      const partner = createSmsPartner({ apiKey: 'unused-key', maxPendingReplies: 2 });
      const part = (reference: string, number: number) => ({
        ...single,
        concat: 'true',
        'concat-ref': reference,
        'concat-total': '2',
        'concat-part': String(number),
        text: `${reference}${number}`,
      });
      for (const reference of ['a', 'b', 'c'])
        expect(await partner.parseWebhook({ headers: json, body: part(reference, 1) })).toEqual([]);
      // "a" was dropped when "c" arrived, so its second part starts over instead of completing.
      expect(await partner.parseWebhook({ headers: json, body: part('a', 2) })).toEqual([]);
      expect(await partner.parseWebhook({ headers: json, body: part('c', 2) })).toMatchObject([
        { message: { text: 'c1c2' } },
      ]);
    });

    it('refuses a multi-part reply with a broken concat-part', async () => {
      await expect(
        provider().parseWebhook({
          headers: json,
          body: { ...single, concat: 'true', 'concat-ref': '1', 'concat-total': '2', 'concat-part': '3' },
        }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  it('reads an array of events and the query string of a body-less callback', async () => {
    const events = await provider().parseWebhook({
      headers: json,
      body: [
        { messageId: 1, phoneNumber: '+33612345678', status: 'Delivered', date: '1767225600' },
        { messageId: 2, phoneNumber: '+33612345679', status: 'Delivered', date: '1767225600' },
      ],
    });
    expect(events.map((event) => event.type === 'delivery-report' && event.report.id)).toEqual(['1', '2']);
    const [fromQuery] = await provider().parseWebhook({
      method: 'GET',
      headers: {},
      body: undefined,
      query: { messageId: '3', phoneNumber: '+33612345678', status: 'Delivered' },
    });
    expect(fromQuery).toMatchObject({ report: { id: '3', status: 'delivered' } });
  });

  describe('keys that reach a prototype (__proto__, constructor, prototype)', () => {
    const issueBody = '{"__proto__":{"messageId":"1","status":"Delivered"}}';

    it('does not read {"__proto__": {messageId, status}} as a delivery receipt, whatever parsed it', async () => {
      // JSON.parse (and so express.json()) keeps "__proto__" as an own key, as a framework would hand it over.
      for (const body of [issueBody, Buffer.from(issueBody), JSON.parse(issueBody) as unknown]) {
        await expect(provider().parseWebhook({ headers: json, body })).rejects.toMatchObject({
          code: 'INVALID_INPUT',
          provider: 'smspartner',
        });
      }
    });

    it('does not read them nested, in an array of events or in the query of a body-less callback', async () => {
      const bodies = [
        '[{"__proto__":{"messageId":"1","status":"Delivered"}}]',
        '{"constructor":{"prototype":{"messageId":"1","status":"Delivered"}}}',
        '{"prototype":{"messageId":"1","status":"Delivered"}}',
        '{"__proto__":{"__proto__":{"msisdn":"33612345678","text":"hi"}}}',
      ];
      for (const body of bodies) {
        await expect(
          provider().parseWebhook({ headers: json, body: JSON.parse(body) as unknown }),
        ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      }
      const query = JSON.parse(
        '{"__proto__":{"messageId":"3","phoneNumber":"+33612345678","status":"Delivered"}}',
      ) as Record<string, unknown>;
      await expect(
        provider().parseWebhook({ method: 'GET', headers: {}, body: undefined, query }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });

    it('does not let them change a real receipt, and leaves them out of raw', async () => {
      const body =
        '{"messageId":"1","status":"Delivered","__proto__":{"statusCode":"UNDELIV","phoneNumber":"+33600000000"},"constructor":{"tag":"x"}}';
      const [event] = await provider().parseWebhook({ headers: json, body: JSON.parse(body) as unknown });
      expect(event).toEqual({
        type: 'delivery-report',
        provider: 'smspartner',
        report: {
          provider: 'smspartner',
          id: '1',
          status: 'delivered',
          providerStatus: 'Delivered',
          raw: { messageId: '1', status: 'Delivered' },
        },
      });
      const raw = (event as { report: { raw: object } }).report.raw;
      expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
    });

    it('drops them from form-encoded callbacks too', async () => {
      const text = 'messageId=5&status=Delivered&__proto__=x&constructor=y&prototype=z';
      const [fromText] = await provider().parseWebhook({ headers: form, body: text });
      const [fromFields] = await provider().parseWebhook({
        headers: form,
        body: Object.fromEntries(new URLSearchParams(text)),
      });
      for (const event of [fromText, fromFields]) {
        expect(event).toMatchObject({ type: 'delivery-report', report: { id: '5', status: 'delivered' } });
        expect(Object.keys((event as { report: { raw: object } }).report.raw)).toEqual(['messageId', 'status']);
      }
      await expect(provider().parseWebhook({ headers: form, body: '__proto__=1&constructor=2' })).rejects.toMatchObject(
        { code: 'INVALID_INPUT' },
      );
    });

    it('refuses a body nested deeper than any callback with INVALID_INPUT, not a stack overflow', async () => {
      const deep = `{"messageId":"1","status":"Delivered","tag":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      await expect(provider().parseWebhook({ headers: json, body: deep })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    });
  });

  it('refuses what is not an SMS Partner callback', async () => {
    await expect(provider().parseWebhook({ headers: json, body: { hello: 'world' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(provider().parseWebhook({ headers: json, body: '{not json' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(provider().parseWebhook({ headers: json, body: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
