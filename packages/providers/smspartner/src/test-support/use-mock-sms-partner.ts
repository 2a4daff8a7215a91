import { usePerTest } from '@sms/core/testing';
import { createSmsPartner } from '../create-sms-partner';
import type { SmsPartnerProvider } from '../sms-partner-provider';
import type { SmsPartnerSettings } from '../sms-partner-settings';
import { API_KEY, mockSmsPartner, type MockSmsPartner } from './mock-sms-partner';

export interface MockedSmsPartner {
  /** The current test's mock: a fresh one before each test, checked and closed after it. */
  readonly mock: MockSmsPartner;
  /** An SMS Partner client on the current mock, with `apiKey` and any other settings given. */
  provider(settings?: SmsPartnerSettings): SmsPartnerProvider;
}

/** Sets up a fresh SMS Partner mock for every test of the calling `describe` block. */
export function useMockSmsPartner(apiKey: string = API_KEY): MockedSmsPartner {
  const mock = usePerTest(() => mockSmsPartner(), (current) => current.close());
  return { mock, provider: (settings = {}) => createSmsPartner({ apiKey, dispatcher: mock.agent, ...settings }) };
}
