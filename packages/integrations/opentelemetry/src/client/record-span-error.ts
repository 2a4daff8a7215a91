import { SpanStatusCode, type Span } from '@opentelemetry/api';
import { errorAttributesOf } from '../attributes/error-attributes';
import { SmsAttributes } from '../attributes/sms-attributes';

/** Marks a span failed with the error's codes, never its message (it may quote the number or the text). */
export function recordSpanError(span: Span, error: unknown): void {
  const attributes = errorAttributesOf(error);
  span.setAttributes(attributes);
  span.setStatus({ code: SpanStatusCode.ERROR, message: String(attributes[SmsAttributes.errorType]) });
}
