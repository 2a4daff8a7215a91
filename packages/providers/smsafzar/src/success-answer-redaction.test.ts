import { createSmsClient, type SentEvent } from '@sms/core';
import { describe, expect, it } from 'vitest';
import sendAnswer from './__fixtures__/send-answer.json' with { type: 'json' };
import {
  API_KEY,
  apiKeyProvider,
  expectNoSecret,
  fakeJwt,
  jwtProvider,
  PASSWORD,
  replyToken,
  useRecorder,
} from './test-support/mock-sms-afzar';

const message = { to: '09100000000', text: 'x' };

describe('a successful answer that echoes a credential', () => {
  const recorder = useRecorder();

  it('reaches neither result.raw nor the onSent hook (API key)', async () => {
    recorder.reply('POST', '/messages/send', {
      json: { ...sendAnswer, echo: `X-Api-Key: ${API_KEY}`, apiKey: 'another-credential' },
    });
    recorder.reply('GET', '/account/balance', { json: { credit: '10', unit: 'IRR', token: 'issued-elsewhere' } });
    const sent: SentEvent[] = [];
    const client = createSmsClient({
      providers: [apiKeyProvider(recorder)],
      hooks: { onSent: (event) => void sent.push(event) },
    });
    const result = await client.send(message);
    expect(result.messages[0]!.id).toBe('ec28329d-503f-4e9e-be82-c88bbd6f88d6');
    expect(sent).toHaveLength(1);
    expectNoSecret(result, [API_KEY, 'another-credential']);
    expectNoSecret(sent, [API_KEY, 'another-credential']);
    const balance = await client.getBalance();
    expect(balance.amount).toBe(10);
    expectNoSecret(balance, ['issued-elsewhere']);
  });

  it('reaches neither result.raw nor the onSent hook (JWT: the password and the token obtained)', async () => {
    const token = fakeJwt(Math.floor(Date.now() / 1000) + 3600);
    replyToken(recorder, token);
    recorder.reply('POST', '/messages/send', { json: { ...sendAnswer, note: `Bearer ${token} for ${PASSWORD}` } });
    const sent: SentEvent[] = [];
    const client = createSmsClient({
      providers: [jwtProvider(recorder)],
      hooks: { onSent: (event) => void sent.push(event) },
    });
    const result = await client.send(message);
    expect(sent).toHaveLength(1);
    expectNoSecret(result, [token, PASSWORD]);
    expectNoSecret(sent, [token, PASSWORD]);
  });
});
