import type { SimulatorContext } from '../../context/simulator-context';
import type { ProviderResponse } from '../../server/provider-api';
import type { ContactBook } from './contact-book';
import type { GhasedakParameters } from './ghasedak-parameters';

export interface GhasedakInput {
  context: SimulatorContext;
  parameters: GhasedakParameters;
  contacts: ContactBook;
}

export type GhasedakHandler = (input: GhasedakInput) => ProviderResponse;
