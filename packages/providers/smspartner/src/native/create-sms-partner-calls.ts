import type { CallOptions } from '@sms/core';
import type { HttpClient, QueryValue } from '@sms/core/provider-utils';
import { readSmsPartnerAnswer } from '../errors/read-sms-partner-answer';
import type { SmsPartnerOperation } from '../errors/sms-partner-operation';
import type { SmsPartnerEnvelope } from './native-types';

/** SMS Partner's two ways of calling: the API key in a GET query or in a JSON POST body, JSON answers only. */
export interface SmsPartnerCalls {
  get<Answer extends SmsPartnerEnvelope>(path: string, operation: SmsPartnerOperation, query: Readonly<Record<string, QueryValue>>, options: CallOptions | undefined): Promise<Answer>;
  post<Answer extends SmsPartnerEnvelope>(path: string, operation: SmsPartnerOperation, body: Readonly<Record<string, unknown>>, options: CallOptions | undefined): Promise<Answer>;
}

export interface SmsPartnerCallsContext {
  http: HttpClient;
  /** Reads the API key lazily; throws `AUTHENTICATION` when there is none. */
  apiKey: () => string;
}

export function createSmsPartnerCalls({ http, apiKey }: SmsPartnerCallsContext): SmsPartnerCalls {
  return {
    async get<Answer extends SmsPartnerEnvelope>(path: string, operation: SmsPartnerOperation, query: Readonly<Record<string, QueryValue>>, options: CallOptions | undefined) {
      const response = await http.request({ method: 'GET', path, query: { apiKey: apiKey(), ...query, _format: 'json' } }, options);
      return readSmsPartnerAnswer<Answer>(http, response, operation);
    },
    async post<Answer extends SmsPartnerEnvelope>(path: string, operation: SmsPartnerOperation, body: Readonly<Record<string, unknown>>, options: CallOptions | undefined) {
      const response = await http.request({ method: 'POST', path, json: { apiKey: apiKey(), ...body, _format: 'json' } }, options);
      return readSmsPartnerAnswer<Answer>(http, response, operation);
    },
  };
}
