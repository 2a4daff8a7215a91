import { describe, expect, it } from 'vitest';
import {
  failed,
  fixtureAnswer,
  formOf,
  successAnswer,
  succeeded,
  useMockGhasedak,
} from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('sendTemplate', () => {
  it('posts verification/send/simple with type 1 and ten positional parameters', async () => {
    mock.reply('verification/send/simple', fixtureAnswer('send-simple.json'));
    const params = Array.from({ length: 10 }, (_, index) => `value${index + 1}`);
    const result = await mock.provider.sendTemplate({ to: '09121111111', template: 'otp', params, reference: '99' });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "checkid": "99",
            "param1": "value1",
            "param10": "value10",
            "param2": "value2",
            "param3": "value3",
            "param4": "value4",
            "param5": "value5",
            "param6": "value6",
            "param7": "value7",
            "param8": "value8",
            "param9": "value9",
            "receptor": "09121111111",
            "template": "otp",
            "type": "1",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/verification/send/simple",
        },
      ]
    `);
    expect(mock.recorder.requests[0]!.wire.body).toBe(
      'receptor=09121111111&type=1&template=otp&checkid=99&' +
        params.map((value, index) => `param${index + 1}=${value}`).join('&'),
    );
    expect(result.messages).toEqual([{ to: '+989121111111', id: '2578793735', status: 'queued', reference: '99' }]);
  });

  it('with a reference to several recipients, sends one request each with its own checkid (the reference and the position)', async () => {
    mock.reply(
      'verification/send/simple',
      (request) => successAnswer([Number(`7${formOf(request).receptor!.slice(-3)}`)]),
      { times: 2 },
    );
    const result = await mock.provider.sendTemplate({
      to: ['09121111111', '09122222222'],
      template: 'otp',
      params: ['1'],
      reference: 'otp-5',
    });
    const forms = mock.recorder.requests.map(formOf).map((form) => [form.receptor, form.checkid]);
    expect(forms.sort()).toEqual([
      ['09121111111', 'otp-5-1'],
      ['09122222222', 'otp-5-2'],
    ]);
    expect(result.messages.map((message) => [message.id, message.reference])).toEqual([
      ['7111', 'otp-5-1'],
      ['7222', 'otp-5-2'],
    ]);
  });

  it('takes a record of param1…paramN, reaches numbers abroad as +<country code> and sends voice as type 2', async () => {
    mock.reply('verification/send/simple', fixtureAnswer('verification.json'));
    const result = await mock.provider.sendTemplate({
      to: ['09111111111', '+33456351753'],
      template: 'otp',
      params: { param2: 'b', param1: 'a' },
      voice: true,
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "param1": "a",
            "param2": "b",
            "receptor": "09111111111,+33456351753",
            "template": "otp",
            "type": "2",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/verification/send/simple",
        },
      ]
    `);
    expect(result.messages.map((message) => [message.to, message.id])).toEqual([
      ['+989111111111', '2581100787'],
      ['+33456351753', '2581100788'],
    ]);
  });

  it('refuses 11 parameters, a gap, an unknown name and a send time before any request', async () => {
    const eleven = await mock.provider
      .sendTemplate({ to: '09121111111', template: 'otp', params: Array.from({ length: 11 }, () => 'x') })
      .then(succeeded, failed);
    expect(eleven).toMatchObject({ code: 'INVALID_INPUT', outcome: 'not-sent' });
    expect(eleven.message).toContain('at most 10');
    expect(
      (
        await mock.provider
          .sendTemplate({ to: '09121111111', template: 'otp', params: { param1: 'a', param3: 'c' } })
          .then(succeeded, failed)
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      (
        await mock.provider
          .sendTemplate({ to: '09121111111', template: 'otp', params: { code: '1234' } })
          .then(succeeded, failed)
      ).code,
    ).toBe('INVALID_INPUT');
    const scheduled = await mock.provider
      .sendTemplate({ to: '09121111111', template: 'otp', params: ['1'], sendAt: new Date(Date.now() + 60_000) })
      .then(succeeded, failed);
    expect(scheduled.code).toBe('UNSUPPORTED');
    expect(mock.recorder.requests).toEqual([]);
  });
});
