import type { SimulatorContext } from '../../context/simulator-context';
import type { ProviderResponse } from '../../server/provider-api';
import type { ResponseFormat } from './smspartner-envelope';
import type { StopList } from './stop-list';

export interface SmspartnerInput {
  context: SimulatorContext;
  values: Record<string, unknown>;
  format: ResponseFormat;
  stopList: StopList;
}

export type SmspartnerHandler = (input: SmspartnerInput) => ProviderResponse;
