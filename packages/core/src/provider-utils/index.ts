// What a provider package needs and an application does not: the HTTP client, chunked and bounded
// sending, settings, wire-format helpers, lenient answer readers, the shared input checks and a MockAgent
// request recorder for tests. Applications import `@sms/core`.
export type { SmsCapabilities } from '../provider/sms-capabilities';
export type { SmsProvider, SmsProviderWith } from '../provider/sms-provider';
export type {
  MessageReference,
  MessageTarget,
  ReferencedMessage,
  ResolvedTarget,
  TargetOwner,
} from '../provider/message-target';
export { resolveMessageTarget } from '../provider/message-target';

export { createRedactor } from '../errors/create-redactor';
export type { Redactor } from '../errors/create-redactor';
export { noMessageIdError } from '../errors/no-message-id-error';

export { createHttpClient } from '../http/create-http-client';
export type { HttpClient } from '../http/create-http-client';
export type {
  FormValue,
  HttpClientSettings,
  HttpMethod,
  HttpRequest,
  HttpResponse,
  QueryValue,
} from '../http/http-types';
export type { RateLimit } from '../rate-limit/rate-limit';
export { errorFromStatus } from '../http/error-from-status';
export { readJsonObject } from '../http/read-json-object';
export { parseRetryAfter } from '../http/parse-retry-after';
export type { Dispatcher } from 'undici';

export { createRequestRecorder } from '../mock-http/create-request-recorder';
export type {
  MockAnswer,
  RecordedRequest,
  ReplyOptions,
  RequestRecorder,
  RequestRecorderOptions,
} from '../mock-http/create-request-recorder';

export { runWithConcurrency, DEFAULT_CHUNK_CONCURRENCY } from '../batching/run-with-concurrency';
export type { TaskOutcome } from '../batching/run-with-concurrency';
export { runInChunks, splitIntoChunks } from '../batching/run-in-chunks';
export type { ChunkOutcome, RunInChunksSettings } from '../batching/run-in-chunks';
export { mapInChunks } from '../batching/map-in-chunks';
export { cancelInChunks } from '../batching/cancel-in-chunks';
export type { CancelInChunksOptions, ChunkCancelResult } from '../batching/cancel-in-chunks';
export { sendInChunks } from '../batching/send-in-chunks';
export type { SendInChunksOptions } from '../batching/send-in-chunks';
export { sendRequestsInOrder } from '../batching/send-requests-in-order';
export type { ChunkSendResult, OrderedRequest, SendRequestsInOrderOptions } from '../batching/send-requests-in-order';

export { toE164OrAsWritten } from '../phone/to-e164-or-as-written';
export { toLatinDigits } from '../text/to-latin-digits';
export {
  isRecord,
  readBoolean,
  readDate,
  readField,
  readId,
  readInteger,
  readList,
  readNumber,
  readRecord,
  readRecordList,
  readString,
} from '../answers/lenient-readers';
export { instantOfWallClock, wallClockIn } from '../time/wall-clock';
export type { WallClock } from '../time/wall-clock';

export { loadSetting, readSetting } from '../settings/load-setting';
export type { LoadSettingOptions } from '../settings/load-setting';

export { assertSendAt } from '../validation/assert-send-at';
export { assertText } from '../validation/assert-text';
export { prepareRecipients } from '../validation/prepare-recipients';
export { assertSmsMessage } from '../validation/assert-sms-message';
export { assertTemplateMessage } from '../validation/assert-template-message';
export { assertBatchMessages } from '../validation/assert-batch-messages';
export { assertCallOptions } from '../validation/assert-call-options';
export { assertInboundQuery } from '../validation/assert-inbound-query';
