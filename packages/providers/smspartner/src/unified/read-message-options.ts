import { SmsError, type ProviderOptions } from '@sms/core';
import { assertUrl } from '../native/assert-url';
import type { SmsPartnerMessageOptions } from '../sms-partner-settings';

const KNOWN = new Set(['roundSendAt', 'gamme', 'isStopSms', 'unicode', 'urlDlr', 'urlResponse', 'sandbox']);

function invalid(provider: string, problem: string): SmsError {
  return new SmsError(`providerOptions.smspartner ${problem}. Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

function booleanOption(options: Readonly<Record<string, unknown>>, key: string, provider: string): boolean | undefined {
  const value = options[key];
  if (value === undefined || typeof value === 'boolean') return value;
  throw invalid(provider, `.${key} must be true or false`);
}

/**
 * Reads and checks `providerOptions.smspartner` (options under other providers' keys are ignored: they
 * are meant for them). Unknown keys are refused so a typo does not silently change what is sent.
 */
export function readMessageOptions(
  providerOptions: ProviderOptions | undefined,
  provider: string,
): SmsPartnerMessageOptions {
  const options = providerOptions?.smspartner;
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw invalid(provider, 'must be an object');
  const unknown = Object.keys(options).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0)
    throw invalid(provider, `has unknown keys (${unknown.join(', ')}); known keys are ${[...KNOWN].join(', ')}`);
  const result: SmsPartnerMessageOptions = {};
  if (options.roundSendAt !== undefined) {
    if (options.roundSendAt !== 'up')
      throw invalid(provider, `.roundSendAt must be 'up' or omitted, got ${JSON.stringify(options.roundSendAt)}`);
    result.roundSendAt = 'up';
  }
  if (options.gamme !== undefined) {
    if (options.gamme !== 1 && options.gamme !== 2)
      throw invalid(provider, '.gamme must be 1 (Premium) or 2 (Low Cost)');
    result.gamme = options.gamme;
  }
  const isStopSms = booleanOption(options, 'isStopSms', provider);
  if (isStopSms !== undefined) result.isStopSms = isStopSms;
  const unicode = booleanOption(options, 'unicode', provider);
  if (unicode !== undefined) result.unicode = unicode;
  const sandbox = booleanOption(options, 'sandbox', provider);
  if (sandbox !== undefined) result.sandbox = sandbox;
  if (options.urlDlr !== undefined)
    result.urlDlr = assertUrl(options.urlDlr, 'providerOptions.smspartner.urlDlr', provider);
  if (options.urlResponse !== undefined)
    result.urlResponse = assertUrl(options.urlResponse, 'providerOptions.smspartner.urlResponse', provider);
  return result;
}
