import type { Attributes } from '@opentelemetry/api';
import { SmsError } from '@sms/core';
import { SmsAttributes } from './sms-attributes';

/** The value OpenTelemetry's conventions use for an error type that has no better name. */
export const OTHER_ERROR = '_OTHER';

/** The code of what was thrown: an SmsError's code, else the class name (never its message: it may hold a number). */
export function errorTypeOf(error: unknown): string {
  if (SmsError.isInstance(error)) return error.code;
  if (error instanceof Error && error.constructor.name !== '') return error.constructor.name;
  return OTHER_ERROR;
}

/**
 * What a span or a metric may say about an error: codes only. The message and the provider's answer are left
 * out because they can quote the recipient or the text.
 */
export function errorAttributesOf(error: unknown): Attributes {
  const attributes: Attributes = { [SmsAttributes.errorType]: errorTypeOf(error) };
  if (!SmsError.isInstance(error)) return attributes;
  attributes[SmsAttributes.errorCode] = error.code;
  attributes[SmsAttributes.outcome] = error.outcome;
  if (error.providerCode !== undefined) attributes[SmsAttributes.providerCode] = String(error.providerCode);
  if (error.statusCode !== undefined) attributes[SmsAttributes.httpStatusCode] = error.statusCode;
  return attributes;
}
