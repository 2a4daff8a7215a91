import type { ProviderResponse } from './provider-api';

/** Thrown by a handler to stop and answer with the provider's error; the server catches it. */
export class AnswerError extends Error {
  readonly response: ProviderResponse;

  constructor(response: ProviderResponse) {
    super(`answered ${response.status}`);
    this.name = 'AnswerError';
    this.response = response;
  }
}
