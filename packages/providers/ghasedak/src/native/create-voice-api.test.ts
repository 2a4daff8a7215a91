import { describe, expect, it } from 'vitest';
import { failed, fixture, fixtureAnswer, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();

describe('voice.send', () => {
  it('posts voice/send/simple and parses the seed answer', async () => {
    mock.reply('voice/send/simple', fixtureAnswer('voice.json'));
    const response = await mock.provider.native.voice.send({
      message: 'test',
      receptors: ['09121111111', '021 8888 1234'],
      sendDate: new Date(1_905_968_584_000),
    });
    expect(mock.recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "body": {
            "message": "test",
            "receptor": "09121111111,02188881234",
            "senddate": "1905968584",
          },
          "headers": {
            "apikey": "[apiKey]",
            "content-type": "application/x-www-form-urlencoded",
          },
          "method": "POST",
          "path": "/v2/voice/send/simple",
        },
      ]
    `);
    expect(response.messages).toEqual([
      {
        messageId: '2581227073',
        message: 'test',
        status: 8,
        price: 155,
        sender: '30005088',
        receptor: '09121111111',
        sendDate: new Date(1_605_968_584_000),
        raw: (fixture('voice.json') as { items: unknown[] }).items[0],
      },
    ]);
  });

  it('refuses a number abroad', async () => {
    const error = await mock.provider.native.voice
      .send({ message: 'test', receptors: ['+442071234567'] })
      .then(succeeded, failed);
    expect(error.code).toBe('INVALID_RECIPIENT');
    expect(mock.recorder.requests).toEqual([]);
  });
});
