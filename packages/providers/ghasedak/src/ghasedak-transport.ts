import type { CallOptions, SmsError } from '@sms/core';
import type { HttpClient, HttpRequest, HttpResponse } from '@sms/core/provider-utils';
import { createGhasedakHttpClient } from './create-ghasedak-http-client';
import { errorFromEnvelope, errorFromUnreadableAnswer } from './ghasedak-errors';
import type { ResolvedGhasedakSettings } from './ghasedak-settings';
import { readEnvelope, type GhasedakEnvelope } from './native/ghasedak-envelope';

export type GhasedakTransportSettings = Pick<
  ResolvedGhasedakSettings,
  'provider' | 'apiKey' | 'baseUrl' | 'dispatcher' | 'timeoutMs' | 'maxResponseBytes' | 'connections' | 'rateLimit'
>;

/** One v2 call: a path under `v2/` and its parameters, sent as a form (POST) or a query string (GET). */
export interface GhasedakCall {
  method: 'GET' | 'POST';
  /** Relative to `v2/`, e.g. `sms/send/simple`. */
  path: string;
  /** A list is sent as its items joined by commas, Ghasedak's list notation; `undefined` is left out. */
  parameters: Readonly<Record<string, string | readonly string[] | undefined>>;
}

export interface GhasedakAnswer {
  envelope: GhasedakEnvelope;
  response: HttpResponse;
}

export interface GhasedakTransport {
  readonly provider: string;
  readonly http: HttpClient;
  /** Sends one call and returns its envelope when `result.code` is 200; throws the mapped `SmsError` otherwise. */
  call(call: GhasedakCall, options?: CallOptions): Promise<GhasedakAnswer>;
  /** An error for a successful answer whose `items` do not have the documented shape. */
  unexpectedItems(answer: GhasedakAnswer, path: string, expected: string): SmsError;
}

export function createGhasedakTransport(settings: GhasedakTransportSettings): GhasedakTransport {
  const provider = settings.provider;
  const http = createGhasedakHttpClient(settings, 'apikey');

  const call: GhasedakTransport['call'] = async (request, options = {}) => {
    const path = `v2/${request.path}`;
    // Parameters left undefined are skipped by the form and query encoders.
    const sent: HttpRequest =
      request.method === 'GET'
        ? { method: 'GET', path, query: request.parameters }
        : { method: 'POST', path, form: request.parameters };
    const response = await http.request(sent, options);
    const envelope = readEnvelope(response.json);
    if (envelope === undefined) throw errorFromUnreadableAnswer(http, response, path);
    if (envelope.result.code !== 200) throw errorFromEnvelope(http, response, envelope, path);
    return { envelope, response };
  };

  return {
    provider,
    http,
    call,
    unexpectedItems(answer, path, expected) {
      return http.error(
        `${provider} accepted v2/${path} but its answer's items are not ${expected}; the request may have been processed, so check its status before sending again.`,
        { code: 'BAD_RESPONSE', response: answer.response, outcome: 'unknown' },
      );
    },
  };
}
