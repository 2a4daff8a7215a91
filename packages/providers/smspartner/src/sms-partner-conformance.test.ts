import { describeProviderConformance } from '@sms/core/testing';
import { startSimulator } from '@sms/simulator';
import { createSmsPartner } from './create-sms-partner';
import { SMS_PARTNER_SCHEDULE_STEP_MS } from './native/to-sms-partner-schedule';

const WRONG_KEY = 'wrong-smspartner-key-0000';

describeProviderConformance({
  name: 'smspartner against @sms/simulator',
  setup: async () => {
    const simulator = await startSimulator();
    const apiKey = simulator.credentials.smspartner.apiKey;
    const provider = createSmsPartner({ apiKey, baseUrl: simulator.baseUrls.smspartner, sender: 'Conform' });
    const providerWithWrongCredentials = createSmsPartner({
      apiKey: WRONG_KEY,
      baseUrl: simulator.baseUrls.smspartner,
    });
    return {
      provider,
      providerWithWrongCredentials,
      secrets: [apiKey, WRONG_KEY],
      recipients: ['+33612345678', '+33612345679', '+33712345680'],
      // SMS Partner schedules on 5-minute steps only.
      scheduleAt: () =>
        new Date(
          Math.ceil((Date.now() + 2 * 60 * 60 * 1000) / SMS_PARTNER_SCHEDULE_STEP_MS) * SMS_PARTNER_SCHEDULE_STEP_MS,
        ),
      close: async () => {
        await provider.close();
        await providerWithWrongCredentials.close();
        await simulator.close();
      },
    };
  },
});
