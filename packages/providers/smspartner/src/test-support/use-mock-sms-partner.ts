import { afterEach, beforeEach } from 'vitest';
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
  let current: MockSmsPartner | undefined;
  beforeEach(() => {
    current = mockSmsPartner();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const active = (): MockSmsPartner => {
    if (current === undefined) throw new Error('the SMS Partner mock exists only inside a test');
    return current;
  };
  // Reads through to the current test's mock, so a test file can hold one `mock` for all its tests.
  const mock: MockSmsPartner = {
    get agent() {
      return active().agent;
    },
    get requests() {
      return active().requests;
    },
    reply: (...parameters) => active().reply(...parameters),
    close: () => active().close(),
  };
  return { mock, provider: (settings = {}) => createSmsPartner({ apiKey, dispatcher: active().agent, ...settings }) };
}
