// The framework-neutral server layer: what an HTTP endpoint of the SDK does, on plain data (method, headers,
// parsed body, client address in; status, headers, JSON body out). @sms/express and @sms/nestjs adapt it.
export type { ServerAnswer } from './answers/server-answer';
export { problemAnswer } from './answers/problem-answer';
export { errorAnswer } from './answers/error-answer';
export type { RequestHeaders } from './requests/request-headers';
export { hasRequestBody } from './requests/has-request-body';

export { defaultProblemType } from './problems/problem-details';
export type { FieldProblem, ProblemDetails, ProblemTypeResolver, ProviderAttempt } from './problems/problem-details';
export type { ProblemOptions } from './problems/problem-options';
export { createProblem } from './problems/create-problem';
export { problemFromSmsError } from './problems/problem-from-sms-error';
export { problemFromBodyParserError } from './problems/problem-from-body-parser-error';
export { statusForSmsError } from './problems/status-for-sms-error';

export { serializeSendResult } from './results/serialize-send-result';
export type { SerializedSendResult, SerializedSentMessage } from './results/serialize-send-result';

export { parseSendRequest } from './send/parse-send-request';
export type { ParsedSendRequest, SendRequestParseResult } from './send/parse-send-request';
export { parseIsoDateTime } from './send/parse-iso-date-time';
export { resolveSendRequestRules } from './send/resolve-send-request-rules';
export type { SendRequestRuleOptions, SendRequestRules } from './send/send-request-rules';
export type { SendSmsRequestBody } from './send/send-sms-request-body';
export { createSendHandler } from './send/create-send-handler';
export type { SendHandler } from './send/create-send-handler';
export type { SendHandlerOptions } from './send/send-handler-options';
export type { SendRequestReading } from './send/send-request-reading';

export { createWebhookHandler } from './webhooks/create-webhook-handler';
export type { WebhookAdapterSettings, WebhookHandler } from './webhooks/create-webhook-handler';
export type {
  OptOutEvent,
  WebhookContext,
  WebhookErrorContext,
  WebhookHandlerOptions,
} from './webhooks/webhook-handler-options';
export type { WebhookCaller, WebhookHttpRequest } from './webhooks/webhook-http-request';
