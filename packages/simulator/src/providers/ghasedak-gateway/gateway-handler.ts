import type { SimulatorContext } from '../../context/simulator-context';
import type { ProviderRequest, ProviderResponse } from '../../server/provider-api';

export interface GatewayInput {
  context: SimulatorContext;
  request: ProviderRequest;
}

export type GatewayHandler = (input: GatewayInput) => ProviderResponse;
