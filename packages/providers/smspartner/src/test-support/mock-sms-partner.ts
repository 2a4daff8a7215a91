import { usePerTest } from '@sms/core/testing';
import { MockAgent } from 'undici';
import { createSmsPartner } from '../create-sms-partner';
import type { SmsPartnerProvider } from '../sms-partner-provider';
import type { SmsPartnerSettings } from '../sms-partner-settings';

export const API_KEY = 'sp-test-key-7f3a91c2';
export const ORIGIN = 'https://api.smspartner.fr';

/** One request as the mock received it. */
export interface RecordedRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  /** The query string as sent, without `?` (order kept). */
  search: string;
  query: Record<string, string>;
  /** The JSON body, parsed. */
  body: unknown;
  headers: Record<string, string>;
}

export interface MockReply {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as is, as HTML, instead of JSON. */
  text?: string;
}

export interface MockSmsPartner {
  readonly agent: MockAgent;
  readonly requests: RecordedRequest[];
  /** Answers the next request to `method path` (path without query) with `answer` as JSON. */
  reply(method: 'GET' | 'POST', path: string, answer: unknown, options?: MockReply & { times?: number }): void;
  /** Checks every prepared answer was used, then closes the agent. */
  close(): Promise<void>;
}

function headersOf(headers: unknown): Record<string, string> {
  if (headers === undefined || headers === null) return {};
  if (Array.isArray(headers)) {
    const result: Record<string, string> = {};
    for (let index = 0; index + 1 < headers.length; index += 2) result[String(headers[index]).toLowerCase()] = String(headers[index + 1]);
    return result;
  }
  return Object.fromEntries(Object.entries(headers as Record<string, string>).map(([key, value]) => [key.toLowerCase(), String(value)]));
}

/** A `MockAgent` standing in for api.smspartner.fr that records every request. */
export function mockSmsPartner(origin: string = ORIGIN): MockSmsPartner {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(origin);
  const requests: RecordedRequest[] = [];

  return {
    agent,
    requests,
    reply(method, path, answer, options = {}) {
      const interceptor = pool.intercept({ method, path: (candidate) => candidate.split('?')[0] === path });
      const scope = interceptor.reply((request) => {
        const [pathname = '', search = ''] = request.path.split('?');
        const recorded: RecordedRequest = {
          method: request.method,
          path: pathname,
          search,
          query: Object.fromEntries(new URLSearchParams(search)),
          body: typeof request.body === 'string' && request.body !== '' ? JSON.parse(request.body) : undefined,
          headers: headersOf(request.headers),
        };
        requests.push(recorded);
        const data = typeof answer === 'function' ? (answer as (request: RecordedRequest) => unknown)(recorded) : answer;
        return {
          statusCode: options.status ?? 200,
          data: options.text ?? JSON.stringify(data),
          responseOptions: { headers: { 'content-type': options.text === undefined ? 'application/json' : 'text/html', ...options.headers } },
        };
      });
      if (options.times !== undefined) scope.times(options.times);
    },
    async close() {
      agent.assertNoPendingInterceptors();
      await agent.close();
    },
  };
}

export interface MockedSmsPartner {
  /** The current test's mock: a fresh one before each test, checked and closed after it. */
  readonly mock: MockSmsPartner;
  /** An SMS Partner client on the current mock, with `apiKey` and any other settings given. */
  provider(settings?: SmsPartnerSettings): SmsPartnerProvider;
}

/** Sets up a fresh SMS Partner mock for every test of the calling `describe` block. */
export function useMockSmsPartner(apiKey: string = API_KEY): MockedSmsPartner {
  const mock = usePerTest(() => mockSmsPartner(), (current) => current.close());
  return { mock, provider: (settings = {}) => createSmsPartner({ apiKey, dispatcher: mock.agent, ...settings }) };
}
