import { describe, expect, it } from 'vitest';
import meAnswer from '../__fixtures__/me.json';
import { API_KEY, useMockSmsPartner } from '../test-support/mock-sms-partner';

describe('native API, account: exact wire', () => {
  const { mock, provider } = useMockSmsPartner();

  it('me: GET v1/me with apiKey only', async () => {
    mock.reply('GET', '/v1/me', meAnswer);
    const answer = await provider().native.me();
    expect(answer.credits?.balance).toBe('10225.119');
    expect(answer.user?.username).toBe('example@email.com');
    expect(mock.requests[0]).toMatchObject({ method: 'GET', path: '/v1/me', search: `apiKey=${API_KEY}&_format=json` });
  });
});
