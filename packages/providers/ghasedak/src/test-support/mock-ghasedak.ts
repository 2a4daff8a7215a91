import { SmsError } from '@sms/core';
import {
  createRequestRecorder,
  type MockAnswer,
  type RecordedRequest,
  type ReplyOptions,
  type RequestRecorder,
} from '@sms/core/provider-utils';
import { usePerTest } from '@sms/core/testing';
import { readFileSync } from 'node:fs';
import { createGhasedak } from '../create-ghasedak';
import type { GhasedakProvider } from '../ghasedak-provider';
import type { GhasedakSettings } from '../ghasedak-settings';

export const TEST_API_KEY = 'unit-test-ghasedak-key-5f2c81';
export const ORIGIN = 'https://api.ghasedak.me';
/** The free plan's test line, the mock provider's default sender line. */
export const TEST_LINE_NUMBER = '10008566';

/** A fixture copied from the seed document into `src/__fixtures__`. */
export function fixture(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8');
}

/** Ghasedak's success envelope around `items`. */
export function success(items: unknown): { result: { code: number; message: string }; items: unknown } {
  return { result: { code: 200, message: 'success' }, items };
}

/** A fixture of `src/__fixtures__` as the answer, under HTTP 200 unless `status` is given. */
export function fixtureAnswer(name: string, status?: number): MockAnswer {
  return { json: fixture(name), ...(status === undefined ? {} : { status }) };
}

/** A success envelope around `items`, under HTTP 200. */
export function successAnswer(items: unknown): MockAnswer {
  return { json: success(items) };
}

/** A 419 envelope naming a row of the error table, under HTTP 200 as Ghasedak sends it. */
export function tableErrorAnswer(tableCode: number): MockAnswer {
  return { json: { result: { code: 419, message: 'error! Exception' }, items: [tableCode] } };
}

/** An HTML page instead of the envelope, as a proxy or a load balancer in front of Ghasedak sends. */
export function htmlAnswer(status: number, html: string): MockAnswer {
  return { status, text: html, headers: { 'content-type': 'text/html; charset=utf-8' } };
}

/** The form a recorded POST carried, field by field (empty for a request without a form). */
export function formOf(request: RecordedRequest): Record<string, string> {
  const body = request.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, string>) : {};
}

export interface MockGhasedak {
  /** Records what the provider sends, credentials shown as `[apiKey]`, and answers what the test prepared. */
  readonly recorder: RequestRecorder;
  /** A provider on the recorder, with `TEST_API_KEY` and the sender line `TEST_LINE_NUMBER` unless the settings say otherwise. */
  readonly provider: GhasedakProvider;
  /** Answers the next request (or `times` requests) to `v2/<path>`; POST unless `method` says GET. */
  reply(
    path: string,
    answer: MockAnswer | ((request: RecordedRequest) => MockAnswer),
    options?: ReplyOptions & { method?: 'GET' | 'POST' },
  ): void;
  /** Closes the provider, then fails when a request had no reply prepared or a prepared reply was not used. */
  close(): Promise<void>;
}

export function createMockGhasedak(settings: GhasedakSettings & { api?: 'v2' } = {}): MockGhasedak {
  const recorder = createRequestRecorder({ origin: ORIGIN, secrets: { apiKey: settings.apiKey ?? TEST_API_KEY } });
  const provider = createGhasedak({
    apiKey: TEST_API_KEY,
    lineNumber: TEST_LINE_NUMBER,
    dispatcher: recorder.dispatcher,
    ...settings,
  });

  return {
    recorder,
    provider,
    reply(path, answer, { method = 'POST', ...options } = {}) {
      recorder.reply(method, `/v2/${path}`, answer, options);
    },
    async close() {
      try {
        await provider.close();
      } finally {
        await recorder.close();
      }
    },
  };
}

/** A fresh mock for every test of the calling file or `describe` block, checked and closed after each test. */
export function useMockGhasedak(): MockGhasedak {
  return usePerTest(
    () => createMockGhasedak(),
    (mock) => mock.close(),
  );
}

/** For `.then(succeeded, failed)`: a call expected to fail resolves to its `SmsError`, and one that succeeds fails the test. */
export function succeeded(): never {
  throw new Error('expected the call to fail, but it succeeded');
}

export function failed(error: unknown): SmsError {
  if (!SmsError.isInstance(error)) throw error;
  return error;
}
