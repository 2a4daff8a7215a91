import { MockAgent } from 'undici';
import { vi } from 'vitest';
import { usePerTest } from '@sms/core/testing';
import { createSmsAfzar } from '../create-sms-afzar';
import type { SmsAfzarProvider } from '../sms-afzar-provider';
import type { SmsAfzarSettings } from '../sms-afzar-settings';

export const ORIGIN = 'https://api.smsafzar.ir';
export const API_KEY = 'afz-live-key-0123456789abcdef';
export const USER_NAME = 'smsafzar-user';
export const PASSWORD = 'jwt-password-S3cr3t!';
export const DOMAIN = 'sms.smsafzar';
export const SENDER = '10001000';

/** A JWT-shaped token whose payload carries `exp`, as SMSAfzar's `auth/token` returns. */
export function fakeJwt(expiresAtSeconds: number, subject = 'smsafzar-user'): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: subject, exp: expiresAtSeconds })}.c2lnbmF0dXJl${subject.length}`;
}

export interface Mock {
  agent: MockAgent;
  pool: ReturnType<MockAgent['get']>;
  /** Every request the provider made, in order. */
  calls(): { method: string; path: string; headers: Record<string, string>; body: unknown; searchParams: Record<string, string> }[];
  /** Asserts every interceptor was used, then closes the agent. */
  close(): Promise<void>;
}

export function createMock(): Mock {
  const agent = new MockAgent({ enableCallHistory: true });
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  return {
    agent,
    pool,
    calls: () =>
      (agent.getCallHistory()?.calls() ?? []).map((log) => ({
        method: log.method,
        path: log.path,
        headers: Object.fromEntries(Object.entries(log.headers ?? {}).map(([key, value]) => [key.toLowerCase(), String(value)])),
        body: typeof log.body === 'string' && log.body !== '' ? JSON.parse(log.body) : undefined,
        searchParams: log.searchParams,
      })),
    async close() {
      try {
        agent.assertNoPendingInterceptors();
      } finally {
        await agent.close();
      }
    },
  };
}

/**
 * A fresh mock for every test of the calling `describe` block, checked and closed after each test, with fake
 * timers and stubbed environment variables undone.
 */
export function useMock(): Mock {
  return usePerTest(createMock, async (mock) => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    await mock.close();
  });
}

export function apiKeyProvider(mock: Mock, settings: SmsAfzarSettings = {}): SmsAfzarProvider {
  return createSmsAfzar({ apiKey: API_KEY, senderNumber: SENDER, dispatcher: mock.agent, ...settings });
}

export function jwtProvider(mock: Mock, settings: SmsAfzarSettings = {}): SmsAfzarProvider {
  return createSmsAfzar({ userName: USER_NAME, password: PASSWORD, domain: DOMAIN, senderNumber: SENDER, dispatcher: mock.agent, ...settings });
}

/** Answers the next `auth/token` request with a token valid for `expiresIn` seconds. */
export function replyToken(mock: Mock, token: string, expiresIn = 3600): void {
  mock.pool.intercept({ method: 'POST', path: '/auth/token' }).reply(200, { token, expiresIn }, { headers: { 'content-type': 'application/json' } });
}

export const JSON_HEADERS = { headers: { 'content-type': 'application/json; charset=utf-8' } };

// The shared helpers of @sms/core/testing, under the names this package's tests use.
export { catchSmsError as caught, expectNoSecret } from '@sms/core/testing';
