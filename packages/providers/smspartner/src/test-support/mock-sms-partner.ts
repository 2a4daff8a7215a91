import {
  createRequestRecorder,
  type HttpMethod,
  type ReplyOptions,
  type RequestRecorder,
} from '@sms/core/provider-utils';
import { usePerTest } from '@sms/core/testing';
import bulkSendAnswer from '../__fixtures__/bulk-send.json';
import cancelAnswer from '../__fixtures__/cancel.json';
import meAnswer from '../__fixtures__/me.json';
import sendAnswer from '../__fixtures__/send.json';
import { createSmsPartner } from '../create-sms-partner';
import type { SmsPartnerProvider } from '../sms-partner-provider';
import type { SmsPartnerSettings } from '../sms-partner-settings';

export const API_KEY = 'sp-test-key-7f3a91c2';
const ORIGIN = 'https://api.smspartner.fr';

/** Options of an answer: the HTTP status (200 when omitted, as SMS Partner answers even its refusals) and the recorder's matching. */
export interface SmsPartnerReplyOptions extends ReplyOptions {
  status?: number;
  headers?: Readonly<Record<string, string>>;
}

export interface MockedSmsPartner {
  /**
   * The current test's recorder: a fresh one before each test, closed after it, which fails the test when a
   * request had no answer prepared or a prepared answer was never used. The API key shows as `[apiKey]`.
   */
  readonly recorder: RequestRecorder;
  /** An SMS Partner provider on the current recorder, with the test key and any other settings given. */
  provider(settings?: SmsPartnerSettings): SmsPartnerProvider;
  /** Answers the next request to `method path` (or `times` of them) with `json`, as JSON. */
  answer(method: HttpMethod, path: string, json: unknown, options?: SmsPartnerReplyOptions): void;
  /** Answers with SMS Partner's refusal `{ success: false, code, message }`, under HTTP 200 unless `status` says otherwise. */
  refuse(method: HttpMethod, path: string, code: number, message: string, options?: SmsPartnerReplyOptions): void;
  /** Answers `POST v1/send` with the documented answer (`message_id` 307), or `json`. */
  answerSend(json?: unknown, options?: SmsPartnerReplyOptions): void;
  /** Answers `POST v1/bulk-send` with the documented answer for two numbers (`message_id` 123). */
  answerBulkSend(json?: unknown, options?: SmsPartnerReplyOptions): void;
  /** Answers `GET v1/message-cancel` with the seed's success answer. */
  answerCancel(options?: SmsPartnerReplyOptions): void;
  /** Answers `GET v1/me` with the documented account (balance `"10225.119"` EUR). */
  answerMe(options?: SmsPartnerReplyOptions): void;
}

/**
 * Sets up, for every test of the calling `describe` block, a request recorder standing in for
 * api.smspartner.fr (`apiKey` registered as a secret) and the answers SMS Partner commonly gives.
 */
export function useMockSmsPartner(apiKey: string = API_KEY): MockedSmsPartner {
  const recorder = usePerTest(
    () => createRequestRecorder({ origin: ORIGIN, secrets: { apiKey } }),
    (current) => current.close(),
  );
  const answer = (
    method: HttpMethod,
    path: string,
    json: unknown,
    { status, headers, ...options }: SmsPartnerReplyOptions = {},
  ) =>
    recorder.reply(
      method,
      path,
      { json, ...(status === undefined ? {} : { status }), ...(headers === undefined ? {} : { headers }) },
      options,
    );
  return {
    recorder,
    provider: (settings = {}) => createSmsPartner({ apiKey, dispatcher: recorder.dispatcher, ...settings }),
    answer,
    refuse: (method, path, code, message, options) => answer(method, path, { success: false, code, message }, options),
    answerSend: (json = sendAnswer, options) => answer('POST', '/v1/send', json, options),
    answerBulkSend: (json = bulkSendAnswer, options) => answer('POST', '/v1/bulk-send', json, options),
    answerCancel: (options) => answer('GET', '/v1/message-cancel', cancelAnswer, options),
    answerMe: (options) => answer('GET', '/v1/me', meAnswer, options),
  };
}
