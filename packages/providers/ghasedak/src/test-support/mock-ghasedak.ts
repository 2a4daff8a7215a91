import { SmsError } from '@sms/core';
import { usePerTest } from '@sms/core/testing';
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { expect } from 'vitest';
import { createGhasedak } from '../create-ghasedak';
import type { GhasedakProvider } from '../ghasedak-provider';
import type { GhasedakSettings } from '../ghasedak-settings';

export const TEST_API_KEY = 'unit-test-ghasedak-key-5f2c81';
export const ORIGIN = 'https://api.ghasedak.me';

/** A fixture copied from the seed document into `src/__fixtures__`. */
export function fixture(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8');
}

export interface RecordedCall {
  method: string;
  /** The path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The raw request body. */
  body: string | undefined;
  /** The body decoded as a form. */
  form: Record<string, string>;
}

export interface Answer {
  status?: number;
  /** An object is sent as JSON; a string as it is. */
  body: unknown;
  headers?: Record<string, string>;
}

export interface MockGhasedak {
  agent: MockAgent;
  provider: GhasedakProvider;
  /** Answers the next request (or `times` requests) to `v2/<path>`. */
  reply(path: string, answer: Answer | ((call: RecordedCall) => Answer), route?: { method?: 'GET' | 'POST'; times?: number }): void;
  calls(): RecordedCall[];
  /** Fails when an expected request was not made, then closes the agent. */
  close(): Promise<void>;
}

function toRecord(entries: Iterable<[string, string]>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of entries) record[key] = value;
  return record;
}

function toCall(options: { method: string; path: string; headers?: unknown; body?: unknown }): RecordedCall {
  const url = new URL(options.path, ORIGIN);
  const body = typeof options.body === 'string' ? options.body : undefined;
  const headers = (options.headers ?? {}) as Record<string, string>;
  return {
    method: options.method,
    path: url.pathname,
    query: toRecord(url.searchParams),
    headers,
    body,
    form: body === undefined ? {} : toRecord(new URLSearchParams(body)),
  };
}

export function createMockGhasedak(settings: GhasedakSettings = {}): MockGhasedak {
  const agent = new MockAgent({ enableCallHistory: true });
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  const provider = createGhasedak({ apiKey: TEST_API_KEY, lineNumber: '10008566', dispatcher: agent, ...settings });

  return {
    agent,
    provider,
    reply(path, answer, route = {}) {
      const scope = pool
        .intercept({ method: route.method ?? 'POST', path: (requested) => requested.split('?')[0] === `/v2/${path}` })
        .reply((options) => {
          const chosen = typeof answer === 'function' ? answer(toCall(options)) : answer;
          const isText = typeof chosen.body === 'string';
          return {
            statusCode: chosen.status ?? 200,
            data: isText ? (chosen.body as string) : JSON.stringify(chosen.body),
            responseOptions: { headers: { 'content-type': isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8', ...chosen.headers } },
          };
        });
      if (route.times !== undefined) scope.times(route.times);
    },
    calls() {
      return (agent.getCallHistory()?.calls() ?? []).map((log) => toCall({ method: log.method, path: log.fullUrl, headers: log.headers, body: log.body }));
    },
    async close() {
      try {
        agent.assertNoPendingInterceptors();
      } finally {
        await provider.close();
        await agent.close();
      }
    },
  };
}

/** A fresh mock for every test of the calling file or `describe` block, checked and closed after each test. */
export function useMockGhasedak(): MockGhasedak {
  return usePerTest(() => createMockGhasedak(), (mock) => mock.close());
}

/** Ghasedak's success envelope around `items`. */
export function success(items: unknown): { result: { code: number; message: string }; items: unknown } {
  return { result: { code: 200, message: 'success' }, items };
}

/** For `.then(succeeded, failed)`: a call expected to fail resolves to its `SmsError`, and one that succeeds fails the test. */
export function succeeded(): never {
  throw new Error('expected the call to fail, but it succeeded');
}

export function failed(error: unknown): SmsError {
  if (!SmsError.isInstance(error)) throw error;
  return error;
}

/** Asserts the method, path, `apikey` header, content type, query and exact form body of the `index`-th call. */
export function expectCall(mock: MockGhasedak, index: number, method: 'GET' | 'POST', path: string, body: string | undefined, query: Record<string, string> = {}): void {
  const call = mock.calls()[index];
  expect(call?.method).toBe(method);
  expect(call?.path).toBe(`/v2/${path}`);
  expect(call?.headers.apikey).toBe(TEST_API_KEY);
  expect(call?.query).toEqual(query);
  if (method === 'POST') expect(call?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  else expect(call?.headers['content-type']).toBeUndefined();
  expect(call?.body).toBe(body);
}
