import { describe, expect, it } from 'vitest';
import { useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, account: exact wire', () => {
  const { recorder, provider, answerMe } = useMockSmsPartner();

  it('me: GET v1/me with apiKey only', async () => {
    answerMe();
    const answer = await provider().native.me();
    expect(answer.credits?.balance).toBe('10225.119');
    expect(answer.user?.username).toBe('example@email.com');
    expect(recorder.requests).toMatchInlineSnapshot(`
      [
        {
          "headers": {},
          "method": "GET",
          "path": "/v1/me",
          "query": {
            "_format": "json",
            "apiKey": "[apiKey]",
          },
        },
      ]
    `);
  });
});
