import { describeProviderConformance } from '@sms/core/testing';
import { startSimulator } from '@sms/simulator';
import { createGhasedak } from './create-ghasedak';
import { createFakeGhasedakGateway } from './test-support/fake-ghasedak-gateway';

const API_KEY = 'ghasedak-gateway-conformance-key-7d41';
const WRONG_API_KEY = 'ghasedak-wrong-key-for-gateway-conformance';

describeProviderConformance({
  name: 'Ghasedak gateway (simulator)',
  async setup() {
    const simulator = await startSimulator();
    const settings = {
      api: 'gateway',
      baseUrl: simulator.baseUrls.ghasedakGateway,
      lineNumber: '10008566',
      timeoutMs: 5_000,
    } as const;
    const provider = createGhasedak({ ...settings, apiKey: simulator.credentials.ghasedak.apiKey });
    const providerWithWrongCredentials = createGhasedak({ ...settings, apiKey: WRONG_API_KEY });
    return {
      provider,
      providerWithWrongCredentials,
      secrets: [simulator.credentials.ghasedak.apiKey, WRONG_API_KEY],
      recipients: ['09121234567', '+989351234567', '۰۹۱۹۱۲۳۴۵۶۷'],
      async close() {
        await provider.close();
        await providerWithWrongCredentials.close();
        await simulator.close();
      },
    };
  },
});

// The MockAgent fake stays as a second, independent reading of the reference: where the simulator and the fake
// disagree, one of them misreads it.
describeProviderConformance({
  name: 'Ghasedak gateway (MockAgent fake)',
  async setup() {
    const fake = createFakeGhasedakGateway(API_KEY);
    const settings = { api: 'gateway', dispatcher: fake.dispatcher, lineNumber: '21000000', timeoutMs: 5_000 } as const;
    const provider = createGhasedak({ ...settings, apiKey: API_KEY });
    const providerWithWrongCredentials = createGhasedak({ ...settings, apiKey: WRONG_API_KEY });
    return {
      provider,
      providerWithWrongCredentials,
      secrets: [API_KEY, WRONG_API_KEY],
      recipients: ['09121234567', '+989351234567', '۰۹۱۹۱۲۳۴۵۶۷'],
      async close() {
        await provider.close();
        await providerWithWrongCredentials.close();
        await fake.close();
      },
    };
  },
});
