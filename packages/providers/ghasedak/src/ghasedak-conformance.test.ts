import { describeProviderConformance } from '@sms/core/testing';
import { startSimulator } from '@sms/simulator';
import { createGhasedak } from './create-ghasedak';

const WRONG_API_KEY = 'ghasedak-wrong-key-for-conformance';

describeProviderConformance({
  name: 'Ghasedak (simulator)',
  async setup() {
    const simulator = await startSimulator();
    const settings = { baseUrl: simulator.baseUrls.ghasedak, lineNumber: '10008566', timeoutMs: 5_000 };
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
