import type { SimulatorContext } from '../../context/simulator-context';
import type { ProviderRequest, ProviderResponse } from '../../server/provider-api';
import type { TokenIssuer } from './smsafzar-tokens';

export interface SmsafzarInput {
  context: SimulatorContext;
  request: ProviderRequest;
  tokens: TokenIssuer;
  /** The `{batchId}` of `messages/send/scheduled/{batchId}`. */
  pathParameter?: string;
}

export type SmsafzarHandler = (input: SmsafzarInput) => ProviderResponse;
