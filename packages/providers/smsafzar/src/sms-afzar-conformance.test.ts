import { describeProviderConformance } from '@sms/core/testing';
import { startSimulator } from '@sms/simulator';
import { createSmsAfzar } from './create-sms-afzar';

const WRONG_API_KEY = 'smsafzar-wrong-key-for-conformance';
const WRONG_PASSWORD = 'smsafzar-wrong-password-for-conformance';
const RECIPIENTS = ['09121234567', '+989351234567', '۰۹۱۹۱۲۳۴۵۶۷'];

describeProviderConformance({
  name: 'SMSAfzar with an API key (simulator)',
  async setup() {
    const simulator = await startSimulator();
    const settings = { baseUrl: simulator.baseUrls.smsafzar, senderNumber: '10001000', timeoutMs: 5_000 };
    const provider = createSmsAfzar({ ...settings, apiKey: simulator.credentials.smsafzar.apiKey });
    const providerWithWrongCredentials = createSmsAfzar({ ...settings, apiKey: WRONG_API_KEY });
    return {
      provider,
      providerWithWrongCredentials,
      secrets: [simulator.credentials.smsafzar.apiKey, WRONG_API_KEY],
      recipients: RECIPIENTS,
      async close() {
        await provider.close();
        await providerWithWrongCredentials.close();
        await simulator.close();
      },
    };
  },
});

describeProviderConformance({
  name: 'SMSAfzar with a JWT (simulator)',
  async setup() {
    const simulator = await startSimulator();
    const { userName, password, domain } = simulator.credentials.smsafzar;
    const settings = {
      baseUrl: simulator.baseUrls.smsafzar,
      senderNumber: '10001000',
      timeoutMs: 5_000,
      userName,
      domain,
    };
    const provider = createSmsAfzar({ ...settings, password });
    const providerWithWrongCredentials = createSmsAfzar({ ...settings, password: WRONG_PASSWORD });
    return {
      provider,
      providerWithWrongCredentials,
      secrets: [password, WRONG_PASSWORD],
      recipients: RECIPIENTS,
      async close() {
        await provider.close();
        await providerWithWrongCredentials.close();
        await simulator.close();
      },
    };
  },
});
