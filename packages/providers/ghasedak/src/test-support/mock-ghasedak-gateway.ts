import type { MockAnswer, RecordedRequest, ReplyOptions, RequestRecorder } from '@sms/core/provider-utils';
import { createRequestRecorder } from '@sms/core/provider-utils';
import { usePerTest } from '@sms/core/testing';
import { createGhasedak } from '../create-ghasedak';
import type { GhasedakGatewayProvider } from '../ghasedak-provider';
import type { GhasedakSettings } from '../ghasedak-settings';
import { fixture, TEST_API_KEY, TEST_LINE_NUMBER } from './mock-ghasedak';

export const GATEWAY_ORIGIN = 'https://gateway.ghasedak.me';
/** Where the gateway's methods live below the origin. */
export const GATEWAY_PATH = '/rest/api/v1/WebService/';

/** A gateway fixture of `src/__fixtures__/gateway`. */
export function gatewayFixture(name: string): unknown {
  return fixture(`gateway/${name}`);
}

/** A gateway fixture as the answer, under HTTP 200 unless `status` is given. */
export function gatewayFixtureAnswer(name: string, status?: number): MockAnswer {
  return { json: gatewayFixture(name), ...(status === undefined ? {} : { status }) };
}

/** The gateway's success envelope around `data`, under HTTP 200. */
export function gatewaySuccessAnswer(data: unknown): MockAnswer {
  return { json: { isSuccess: true, statusCode: 200, message: 'با موفقیت انجام شد', data } };
}

/** The gateway's failure envelope with a body `statusCode`, under HTTP 200 unless `status` says otherwise. */
export function gatewayErrorAnswer(statusCode: number, status = 200, message = 'خطا'): MockAnswer {
  return { status, json: { isSuccess: false, statusCode, message, data: null } };
}

export interface MockGhasedakGateway {
  readonly recorder: RequestRecorder;
  /** A gateway provider on the recorder, with `TEST_API_KEY` and `TEST_LINE_NUMBER` unless the settings say otherwise. */
  readonly provider: GhasedakGatewayProvider;
  /** Answers the next request (or `times` requests) to `.../WebService/<method>`; POST unless `method` says GET. */
  reply(
    method: string,
    answer: MockAnswer | ((request: RecordedRequest) => MockAnswer),
    options?: ReplyOptions & { method?: 'GET' | 'POST' },
  ): void;
  close(): Promise<void>;
}

export function createMockGhasedakGateway(settings: Omit<GhasedakSettings, 'api'> = {}): MockGhasedakGateway {
  const recorder = createRequestRecorder({
    origin: GATEWAY_ORIGIN,
    secrets: { apiKey: settings.apiKey ?? TEST_API_KEY },
  });
  const provider = createGhasedak({
    apiKey: TEST_API_KEY,
    lineNumber: TEST_LINE_NUMBER,
    dispatcher: recorder.dispatcher,
    ...settings,
    api: 'gateway',
  });
  return {
    recorder,
    provider,
    reply(name, answer, { method = 'POST', ...options } = {}) {
      recorder.reply(method, `${GATEWAY_PATH}${name}`, answer, options);
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

/** A fresh gateway mock for every test of the calling file or `describe` block, checked and closed after each test. */
export function useMockGhasedakGateway(settings: Omit<GhasedakSettings, 'api'> = {}): MockGhasedakGateway {
  return usePerTest(
    () => createMockGhasedakGateway(settings),
    (mock) => mock.close(),
  );
}
