import type { IncomingHttpHeaders } from 'node:http';
import type { SimulatedInboundMessage } from '../simulated-inbound-message';
import type { StoredMessage } from '../store/stored-message';

export interface ProviderRequest {
  method: string;
  /** Relative to the provider's base URL, without leading or trailing slash: `v2/sms/send/simple`, `SendSingleSMS`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  remoteAddress: string;
  /** The path lacks the API's `basePath`: no endpoint answers it. */
  outsideBasePath?: true;
}

export interface ProviderResponse {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

/** One provider's HTTP API, answering as the real one does. */
export interface ProviderApi {
  /** A path every endpoint sits under, part of the base URL (the gateway's `rest/api/v1/WebService`). */
  basePath?: string;
  /** Answers a request; may throw an `AnswerError` carrying the provider's error answer instead of returning it. */
  handle(request: ProviderRequest): ProviderResponse;
  /** The provider's own error answer for a fault: HTTP 500 or 429. */
  faultResponse(kind: 'server-error' | 'rate-limited'): ProviderResponse;
  /** The answer to a body over the simulator's size limit (HTTP 413). */
  tooLarge(): ProviderResponse;
  /** Called after an inbound message was recorded (SMS Partner posts it to `urlResponse`). */
  onInbound?(message: SimulatedInboundMessage, inReplyTo: StoredMessage | undefined): void;
  /** Forgets provider-specific state (contact groups, stop list…). */
  reset(): void;
}
