/**
 * The attribute keys of this package, in OpenTelemetry's naming style (dot-separated namespaces, snake_case
 * words). Only `error.type` and `http.response.status_code` come from the semantic conventions themselves.
 */
export const SmsAttributes = {
  provider: 'sms.provider',
  operation: 'sms.operation',
  recipientCount: 'sms.recipient.count',
  recipients: 'sms.recipients',
  segments: 'sms.segments',
  encoding: 'sms.encoding',
  outcome: 'sms.outcome',
  errorCode: 'sms.error.code',
  providerCode: 'sms.provider.code',
  failover: 'sms.failover',
  attempt: 'sms.attempt',
  errorType: 'error.type',
  httpStatusCode: 'http.response.status_code',
} as const;

/** The operations of a client, as `sms.operation` names them. */
export type SmsOperation =
  'send' | 'sendBatch' | 'sendTemplate' | 'cancel' | 'getStatus' | 'getBalance' | 'listInbound';
