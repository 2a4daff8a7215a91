import { jsonResponse } from '../../server/json-response';
import type { ProviderResponse } from '../../server/provider-api';
import type { GhasedakGatewaySettings } from './ghasedak-gateway-settings';
import { GATEWAY_ERROR } from './gateway-failure';
import type { GatewayFailure } from './gateway-failure';

/** "Done successfully": the `message` of every successful answer. */
export const GATEWAY_SUCCESS_MESSAGE = 'با موفقیت انجام شد';

export function gatewaySuccess(data: unknown): ProviderResponse {
  return jsonResponse(200, { isSuccess: true, statusCode: 200, message: GATEWAY_SUCCESS_MESSAGE, data });
}

function failureEnvelope(httpStatus: number, statusCode: number, message: string, headers?: Record<string, string>) {
  return jsonResponse(httpStatus, { isSuccess: false, statusCode, message, data: null }, headers);
}

/** A handler's failure, with HTTP 200 or the body's `statusCode` as `errorHttpStatus` says (the sources disagree). */
export function gatewayFailureResponse(failure: GatewayFailure, settings: GhasedakGatewaySettings): ProviderResponse {
  const httpStatus = settings.errorHttpStatus === 'always-200' ? 200 : failure.statusCode;
  return failureEnvelope(httpStatus, failure.statusCode, failure.message);
}

// Routing answers and faults come from the web server in front, not from the application: their HTTP status is
// always the real one, whatever `errorHttpStatus` says.

export function gatewayNotFound(path: string): ProviderResponse {
  return failureEnvelope(404, GATEWAY_ERROR.notFound, `NotFound: no method ${path} under rest/api/v1/WebService`);
}

export function gatewayMethodNotAllowed(method: string, expected: string): ProviderResponse {
  return failureEnvelope(
    405,
    GATEWAY_ERROR.methodNotAllowed,
    `MethodNotAllowed: ${method}; this method takes ${expected}`,
  );
}

export function gatewayServerError(): ProviderResponse {
  return failureEnvelope(500, GATEWAY_ERROR.unknownError, 'UnknownError: an unexpected error occurred, try again');
}

export function gatewayRateLimited(): ProviderResponse {
  return failureEnvelope(429, 429, 'TooManyRequests: too many requests, retry after the Retry-After delay', {
    'Retry-After': '2',
  });
}

export function gatewayTooLarge(): ProviderResponse {
  return failureEnvelope(413, 413, 'RequestTooLarge: the request body is too large');
}
