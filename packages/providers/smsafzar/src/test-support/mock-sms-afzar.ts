import { createRequestRecorder, type ReplyOptions, type RequestRecorder } from '@sms/core/provider-utils';
import { usePerTest } from '@sms/core/testing';
import { vi } from 'vitest';
import balanceAnswer from '../__fixtures__/balance-answer.json' with { type: 'json' };
import bulkAnswer from '../__fixtures__/bulk-answer.json' with { type: 'json' };
import cancelAnswer from '../__fixtures__/cancel-answer.json' with { type: 'json' };
import receivedAnswer from '../__fixtures__/received-answer.json' with { type: 'json' };
import sendAnswer from '../__fixtures__/send-answer.json' with { type: 'json' };
import statusAnswer from '../__fixtures__/status-answer.json' with { type: 'json' };
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

/** A recorder for SMSAfzar's origin that shows the test API key as `[apiKey]` and the password as `[password]`. */
export function createSmsAfzarRecorder(): RequestRecorder {
  return createRequestRecorder({ origin: ORIGIN, secrets: { apiKey: API_KEY, password: PASSWORD } });
}

/**
 * A fresh recorder for every test of the calling `describe` block, checked (every request answered, every
 * reply used) and closed after each test, with fake timers and stubbed environment variables undone.
 */
export function useRecorder(): RequestRecorder {
  return usePerTest(createSmsAfzarRecorder, async (recorder) => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    await recorder.close();
  });
}

export function apiKeyProvider(recorder: RequestRecorder, settings: SmsAfzarSettings = {}): SmsAfzarProvider {
  return createSmsAfzar({ apiKey: API_KEY, senderNumber: SENDER, dispatcher: recorder.dispatcher, ...settings });
}

export function jwtProvider(recorder: RequestRecorder, settings: SmsAfzarSettings = {}): SmsAfzarProvider {
  return createSmsAfzar({
    userName: USER_NAME,
    password: PASSWORD,
    domain: DOMAIN,
    senderNumber: SENDER,
    dispatcher: recorder.dispatcher,
    ...settings,
  });
}

export interface TokenReplyOptions extends ReplyOptions {
  /** Seconds, as `expiresIn`. Default 3600; `null` leaves it out of the answer. */
  expiresIn?: number | null;
  /** The token's marker in recorded requests: `[token]` unless named otherwise (`stale`, `fresh`). */
  name?: string;
}

/**
 * Answers the next `auth/token` request with `token`. The token is a credential: recorded requests show it
 * as `[token]` (or `[<name>]`), so a snapshot of a `Bearer` header never holds it.
 */
export function replyToken(recorder: RequestRecorder, token: string, options: TokenReplyOptions = {}): void {
  const { expiresIn = 3600, name = 'token', ...replyOptions } = options;
  recorder.hideSecret(name, token);
  recorder.reply('POST', '/auth/token', { json: expiresIn === null ? { token } : { token, expiresIn } }, replyOptions);
}

/** Answers `POST messages/send` with the documented answer (`send-answer.json`). */
export function replySent(recorder: RequestRecorder, options?: ReplyOptions): void {
  recorder.reply('POST', '/messages/send', { json: sendAnswer }, options);
}

/** Answers `POST messages/send/template` with the documented answer (`send-answer.json`). */
export function replyTemplateSent(recorder: RequestRecorder, options?: ReplyOptions): void {
  recorder.reply('POST', '/messages/send/template', { json: sendAnswer }, options);
}

/** Answers `POST messages/send/bulk` with `bulk-answer.json` (two messages). */
export function replyBulkSent(recorder: RequestRecorder, options?: ReplyOptions): void {
  recorder.reply('POST', '/messages/send/bulk', { json: bulkAnswer }, options);
}

/** Answers `POST messages/status` with `status-answer.json`. */
export function replyStatus(recorder: RequestRecorder, options?: ReplyOptions): void {
  recorder.reply('POST', '/messages/status', { json: statusAnswer }, options);
}

/** Answers `GET account/balance` with `balance-answer.json` (`"1,250,000"` ریال). */
export function replyBalance(recorder: RequestRecorder, options?: ReplyOptions): void {
  recorder.reply('GET', '/account/balance', { json: balanceAnswer }, options);
}

/** Answers `GET messages/received/recent` with `received-answer.json`. */
export function replyReceived(recorder: RequestRecorder, options?: ReplyOptions): void {
  recorder.reply('GET', '/messages/received/recent', { json: receivedAnswer }, options);
}

/** Answers `DELETE messages/send/scheduled/{batchId}` with the documented answer (`cancel-answer.json`). */
export function replyCanceled(
  recorder: RequestRecorder,
  batchId: string = cancelAnswer.batchId,
  options?: ReplyOptions,
): void {
  recorder.reply('DELETE', `/messages/send/scheduled/${batchId}`, { json: cancelAnswer }, options);
}

// The shared helpers of @sms/core/testing, under the names this package's tests use.
export { catchSmsError as caught, expectNoSecret } from '@sms/core/testing';
