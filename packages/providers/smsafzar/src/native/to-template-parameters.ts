import { SmsError } from '@sms/core';
import type { SmsAfzarTemplateParameter } from './messages-api-types';

/** SMSAfzar refuses longer parameter values. */
export const SMS_AFZAR_MAX_PARAMETER_LENGTH = 100;

function invalid(message: string, provider: string): SmsError {
  return new SmsError(`${message} Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

function readValue(name: string, value: unknown, provider: string): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string') throw invalid(`Template parameter ${JSON.stringify(name)} for ${provider} must be a string.`, provider);
  const length = [...text].length;
  if (length > SMS_AFZAR_MAX_PARAMETER_LENGTH) {
    throw invalid(
      `Template parameter ${JSON.stringify(name)} for ${provider} is ${length} characters long; SMSAfzar takes at most ${SMS_AFZAR_MAX_PARAMETER_LENGTH}.`,
      provider,
    );
  }
  return text;
}

/**
 * Turns `{ code: '123456' }` (or SMSAfzar's own `[{ name, value }]`) into the `parameters` array, refusing
 * positional parameters, unnamed entries and values over 100 characters before any request.
 */
export function toTemplateParameters(parameters: unknown, provider: string): SmsAfzarTemplateParameter[] {
  if (parameters === undefined || parameters === null) return [];
  if (Array.isArray(parameters)) {
    return parameters.map((item: unknown, index) => {
      if (typeof item !== 'object' || item === null || typeof (item as { name?: unknown }).name !== 'string' || (item as { name: string }).name === '') {
        throw invalid(
          `SMSAfzar templates take named parameters: pass params as { name: value } (entry ${index + 1} is ${JSON.stringify(item)}).`,
          provider,
        );
      }
      const { name, value } = item as { name: string; value: unknown };
      return { name, value: readValue(name, value, provider) };
    });
  }
  if (typeof parameters !== 'object') throw invalid(`Template parameters for ${provider} must be an object of { name: value }.`, provider);
  return Object.entries(parameters as Record<string, unknown>).map(([name, value]) => {
    if (name === '') throw invalid(`A template parameter for ${provider} has an empty name.`, provider);
    return { name, value: readValue(name, value, provider) };
  });
}
