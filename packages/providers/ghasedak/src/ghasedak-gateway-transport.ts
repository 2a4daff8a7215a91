import type { CallOptions, SmsError } from '@sms/core';
import { errorFromStatus, type HttpClient, type HttpResponse } from '@sms/core/provider-utils';
import { createGhasedakHttpClient } from './create-ghasedak-http-client';
import { errorFromUnreadableAnswer } from './ghasedak-errors';
import { errorFromGatewayEnvelope } from './ghasedak-gateway-errors';
import type { GhasedakTransportSettings } from './ghasedak-transport';
import { isGatewaySuccess, readGatewayEnvelope, type GhasedakGatewayEnvelope } from './native/gateway-envelope';

/** One gateway call: a method name under `.../WebService/`, with a JSON body (POST) or a query string (GET). */
export type GhasedakGatewayCall =
  | { method: 'POST'; path: string; json: unknown }
  | { method: 'GET'; path: string; query?: Readonly<Record<string, string | undefined>> };

export interface GhasedakGatewayAnswer {
  envelope: GhasedakGatewayEnvelope;
  response: HttpResponse;
}

export interface GhasedakGatewayTransport {
  readonly provider: string;
  readonly http: HttpClient;
  /** Sends one call and returns its envelope when it is a success; throws the mapped `SmsError` otherwise. */
  call(call: GhasedakGatewayCall, options?: CallOptions): Promise<GhasedakGatewayAnswer>;
  /** An error for a successful answer whose `data` does not have the documented shape. */
  unexpectedData(answer: GhasedakGatewayAnswer, path: string, expected: string): SmsError;
}

export function createGhasedakGatewayTransport(settings: GhasedakTransportSettings): GhasedakGatewayTransport {
  const provider = settings.provider;
  // The raw key, no scheme: the gateway reads `ApiKey`, not `Authorization`.
  const http = createGhasedakHttpClient(settings, 'ApiKey');

  const call: GhasedakGatewayTransport['call'] = async (request, options = {}) => {
    const response = await http.request(
      request.method === 'GET'
        ? { method: 'GET', path: request.path, ...(request.query === undefined ? {} : { query: request.query }) }
        : { method: 'POST', path: request.path, json: request.json },
      options,
    );
    // Before the body: the gateway's body code 429 means MissedParams, but an HTTP 429 with a Retry-After
    // header is throttling in front of the API (a proxy or the simulator's rate limit) and nothing was sent.
    if (response.statusCode === 429 && response.headers['retry-after'] !== undefined)
      throw errorFromStatus(http, response, `on ${request.path}`);
    const envelope = readGatewayEnvelope(response.json);
    if (envelope === undefined)
      throw errorFromUnreadableAnswer(http, response, request.path, "the gateway's JSON envelope");
    if (!isGatewaySuccess(envelope)) throw errorFromGatewayEnvelope(http, response, envelope, request.path);
    return { envelope, response };
  };

  return {
    provider,
    http,
    call,
    unexpectedData(answer, path, expected) {
      return http.error(
        `${provider} accepted ${path} but its answer's data is not ${expected}; the request may have been processed, so check its status before sending again.`,
        { code: 'BAD_RESPONSE', response: answer.response, outcome: 'unknown' },
      );
    },
  };
}
