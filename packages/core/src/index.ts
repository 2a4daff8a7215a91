export type { DeliveryStatus } from './model/delivery-status';
export { DELIVERY_STATUSES, isFinalStatus } from './model/delivery-status';
export type { CallOptions } from './model/call-options';
export type { RateLimit } from './rate-limit/rate-limit';
export type { BatchMessage, ProviderOptions, SmsMessage, TemplateMessage } from './model/sms-message';
export type { SendResult, SentMessage } from './model/send-result';
export type { DeliveryReport } from './model/delivery-report';
export type { CancelResult } from './model/cancel-result';
export type { Balance } from './model/balance';
export type { InboundMessage, InboundQuery } from './model/inbound-message';
export type { WebhookEvent, WebhookRequest } from './model/webhook-event';

export type { SmsCapabilities } from './provider/sms-capabilities';
export type { SmsProvider, SmsProviderWith } from './provider/sms-provider';
export type {
  MessageReference,
  MessageTarget,
  ReferencedMessage,
  ResolvedTarget,
  TargetOwner,
} from './provider/message-target';
export { isSendResult } from './provider/message-target';

export { SmsError } from './errors/sms-error';
export type { SmsErrorOptions } from './errors/sms-error';
export type { SendOutcome, SmsErrorCode } from './errors/sms-error-code';
export { AllProvidersFailedError } from './errors/all-providers-failed-error';

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

export type { Dispatcher } from 'undici';

export { normalizePhoneNumber } from './phone/normalize-phone-number';
export type { CountryCode, NormalizePhoneNumberOptions } from './phone/normalize-phone-number';
export { formatNationalNumber } from './phone/format-national-number';

export { analyzeText } from './text/analyze-text';
export type { TextAnalysis, TextEncoding } from './text/analyze-text';
