import type { ProviderResponse } from './provider-api';

export function jsonResponse(status: number, value: unknown, headers?: Record<string, string>): ProviderResponse {
  return {
    status,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(value),
    ...(headers ? { headers } : {}),
  };
}
