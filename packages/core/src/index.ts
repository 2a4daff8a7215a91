export type { DeliveryStatus } from './model/delivery-status';
export { DELIVERY_STATUSES, isFinalStatus } from './model/delivery-status';
export type { CallOptions } from './model/call-options';
export type { BatchMessage, ProviderOptions, SmsMessage, TemplateMessage } from './model/sms-message';
export type { SendResult, SentMessage } from './model/send-result';
export type { DeliveryReport } from './model/delivery-report';
export type { CancelResult } from './model/cancel-result';
export type { Balance } from './model/balance';
export type { InboundMessage, InboundQuery } from './model/inbound-message';
export type { WebhookEvent, WebhookRequest } from './model/webhook-event';

export type { SmsCapabilities } from './provider/sms-capabilities';
export type { SmsProvider, SmsProviderWith } from './provider/sms-provider';
export type { MessageReference, MessageTarget, ReferencedMessage, ResolvedTarget, TargetOwner } from './provider/message-target';
export { isSendResult, resolveMessageTarget } from './provider/message-target';

export { SmsError } from './errors/sms-error';
export type { SmsErrorOptions } from './errors/sms-error';
export type { SendOutcome, SmsErrorCode } from './errors/sms-error-code';
export { AllProvidersFailedError } from './errors/all-providers-failed-error';
export { createRedactor } from './errors/create-redactor';
export { noMessageIdError } from './errors/no-message-id-error';
export type { Redactor } from './errors/create-redactor';

export { createSmsClient } from './client/create-sms-client';
export type { SmsClient } from './client/create-sms-client';
export type {
  BeforeSendEvent,
  FailoverPolicy,
  RoutedCallOptions,
  SendErrorEvent,
  SendOperation,
  SendOptions,
  SentEvent,
  SmsClientOptions,
  SmsHooks,
  SmsStrategy,
  StrategyContext,
  TemplateBinding,
  TemplateDefinition,
  TemplateRegistry,
} from './client/sms-client-types';

export { createHttpClient } from './http/create-http-client';
export type { HttpClient } from './http/create-http-client';
export type { FormValue, HttpClientSettings, HttpMethod, HttpRequest, HttpResponse, QueryValue } from './http/http-types';
export { errorFromStatus } from './http/error-from-status';
export { readJsonObject } from './http/read-json-object';
export { parseRetryAfter } from './http/parse-retry-after';
export type { Dispatcher } from 'undici';

export { runInChunks, splitIntoChunks, DEFAULT_CHUNK_CONCURRENCY } from './batching/run-in-chunks';
export type { ChunkOutcome, RunInChunksSettings } from './batching/run-in-chunks';
export { mapInChunks } from './batching/map-in-chunks';
export { cancelInChunks } from './batching/cancel-in-chunks';
export type { CancelInChunksOptions, ChunkCancelResult } from './batching/cancel-in-chunks';
export { sendInChunks } from './batching/send-in-chunks';
export type { SendInChunksOptions } from './batching/send-in-chunks';
export { sendRequestsInOrder } from './batching/send-requests-in-order';
export type { ChunkSendResult, OrderedRequest, SendRequestsInOrderOptions } from './batching/send-requests-in-order';

export { normalizePhoneNumber } from './phone/normalize-phone-number';
export type { CountryCode, NormalizePhoneNumberOptions } from './phone/normalize-phone-number';
export { formatNationalNumber } from './phone/format-national-number';
export { toE164OrAsWritten } from './phone/to-e164-or-as-written';
export { instantOfWallClock, wallClockIn } from './time/wall-clock';
export type { WallClock } from './time/wall-clock';

export { analyzeText } from './text/analyze-text';
export type { TextAnalysis, TextEncoding } from './text/analyze-text';

export { loadSetting, readSetting } from './settings/load-setting';
export type { LoadSettingOptions } from './settings/load-setting';

export { assertSendAt } from './validation/assert-send-at';
export { assertText } from './validation/assert-text';
export { prepareRecipients } from './validation/prepare-recipients';
export { assertSmsMessage } from './validation/assert-sms-message';
export { assertTemplateMessage } from './validation/assert-template-message';
export { assertBatchMessages } from './validation/assert-batch-messages';
export { assertCallOptions } from './validation/assert-call-options';
export { assertInboundQuery } from './validation/assert-inbound-query';
