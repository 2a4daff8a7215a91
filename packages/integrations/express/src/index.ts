export { sms } from './middleware/sms';
export { sendSmsHandler } from './handlers/send-sms-handler';
export type { SendSmsHandlerOptions } from './handlers/send-sms-handler';
export { smsErrorHandler } from './errors/sms-error-handler';
export type { SmsErrorHandlerOptions } from './errors/sms-error-handler';
export { webhookRouter } from './webhooks/webhook-router';
export type {
  OptOutEvent,
  WebhookContext,
  WebhookErrorContext,
  WebhookRouterOptions,
} from './webhooks/webhook-router-options';
export { sendProblem } from './problems/send-problem';
// The framework-neutral pieces live in @sms/core/server; they stay importable from here as before.
export {
  defaultProblemType,
  parseIsoDateTime,
  problemFromSmsError,
  serializeSendResult,
  statusForSmsError,
} from '@sms/core/server';
export type {
  FieldProblem,
  ProblemDetails,
  ProblemOptions,
  ProblemTypeResolver,
  ProviderAttempt,
  SendSmsRequestBody,
  SerializedSendResult,
  SerializedSentMessage,
} from '@sms/core/server';
