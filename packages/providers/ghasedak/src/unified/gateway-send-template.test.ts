import { describe, expect, it } from 'vitest';
import { failed, succeeded } from '../test-support/mock-ghasedak';
import {
  gatewayErrorAnswer,
  gatewayFixtureAnswer,
  useMockGhasedakGateway,
} from '../test-support/mock-ghasedak-gateway';

const mock = useMockGhasedakGateway();

describe('sendTemplate on the gateway', () => {
  it('named params go to SendOtpSMS as inputs, each recipient with its own reference, matched out of order', async () => {
    // The fixture answers with references "2" then "1", the reference's own reversed example.
    mock.reply('SendOtpSMS', gatewayFixtureAnswer('send-otp.json'));
    const result = await mock.provider.sendTemplate({
      to: ['09121111111', '09122222222'],
      template: 'newOTP',
      params: { Code: '1234' },
    });
    expect(mock.recorder.requests[0]!.body).toEqual({
      receptors: [{ mobile: '09121111111' }, { mobile: '09122222222' }],
      templateName: 'newOTP',
      inputs: [{ param: 'Code', value: '1234' }],
    });
    expect(result.messages.map((message) => [message.to, message.id, message.cost])).toEqual([
      ['+989121111111', '7001', 840],
      ['+989122222222', '7002', 850],
    ]);
  });

  it('a reference gives every recipient its own clientReferenceId', async () => {
    mock.reply('SendOtpSMS', (request) => {
      const receptors = (request.body as { receptors: { mobile: string; clientReferenceId: string }[] }).receptors;
      return {
        json: {
          isSuccess: true,
          statusCode: 200,
          message: '',
          data: {
            items: receptors
              .map((receptor) => ({
                receptor: receptor.mobile,
                messageId: `m-${receptor.clientReferenceId}`,
                clientReferenceId: receptor.clientReferenceId,
              }))
              .reverse(),
          },
        },
      };
    });
    const result = await mock.provider.sendTemplate({
      to: ['09121111111', '09122222222'],
      template: 'newOTP',
      params: { Code: '1' },
      reference: 'otp',
    });
    expect((mock.recorder.requests[0]!.body as { receptors: unknown }).receptors).toEqual([
      { mobile: '09121111111', clientReferenceId: 'otp-1' },
      { mobile: '09122222222', clientReferenceId: 'otp-2' },
    ]);
    expect(result.messages.map((message) => [message.id, message.reference])).toEqual([
      ['m-otp-1', 'otp-1'],
      ['m-otp-2', 'otp-2'],
    ]);
  });

  it('a list of params goes to SendOtpWithParams as param1…paramN; voice and sendAt are sent', async () => {
    mock.reply('SendOtpWithParams', gatewayFixtureAnswer('send-otp.json'));
    await mock.provider.sendTemplate({
      to: ['09121111111', '09122222222'],
      template: 'oldOTP',
      params: ['1234', 'Ali'],
      voice: true,
      sendAt: new Date('2030-06-01T08:00:00Z'),
    });
    expect(mock.recorder.requests[0]!.body).toEqual({
      sendDate: '2030-06-01T11:30:00+03:30',
      receptors: [{ mobile: '09121111111' }, { mobile: '09122222222' }],
      templateName: 'oldOTP',
      param1: '1234',
      param2: 'Ali',
      isVoice: true,
    });
  });

  it('refuses 11 positional params and an empty value before any request', async () => {
    for (const params of [Array.from({ length: 11 }, () => 'x'), { Code: '' }]) {
      const error = await mock.provider
        .sendTemplate({ to: '09121111111', template: 't', params })
        .then(succeeded, failed);
      expect(error.code).toBe('INVALID_INPUT');
    }
    expect(mock.recorder.requests).toEqual([]);
  });

  it('429 (missing template params) is TEMPLATE, not rate limiting', async () => {
    mock.reply('SendOtpSMS', gatewayErrorAnswer(429));
    const error = await mock.provider
      .sendTemplate({ to: '09121111111', template: 'newOTP', params: { Code: '1' } })
      .then(succeeded, failed);
    expect(error).toMatchObject({ code: 'TEMPLATE', outcome: 'not-sent' });
  });
});
