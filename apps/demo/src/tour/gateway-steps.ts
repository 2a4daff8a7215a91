import { createGhasedak } from '@sms/ghasedak';
import type { Simulator } from '@sms/simulator';
import type { TourStep } from './tour-types';

const LINE = '10008566';

/**
 * Ghasedak's gateway API (`gateway.ghasedak.me`), which the app itself does not use: the same package in
 * `api: 'gateway'` mode, straight on the simulator's gateway, to show both Ghasedak APIs answer alike.
 */
export function gatewaySteps(simulator: Simulator): TourStep[] {
  return [
    {
      step: 'send and OTP through the gateway API',
      provider: 'ghasedak (gateway)',
      integration: 'client',
      run: async () => {
        const ghasedak = createGhasedak({
          api: 'gateway',
          baseUrl: simulator.baseUrls.ghasedakGateway,
          apiKey: simulator.credentials.ghasedak.apiKey,
          lineNumber: LINE,
        });
        try {
          const sent = await ghasedak.send({ to: '09121234577', text: 'Demo tour: hello from the Ghasedak gateway' });
          const otp = await ghasedak.sendTemplate({ to: '09121234577', template: 'newOTP', params: { Code: '4821' } });
          const ids = [...sent.messages, ...otp.messages].map((message) => message.id);
          const recorded = simulator.messages({ provider: 'ghasedak' }).filter((message) => ids.includes(message.id));
          if (recorded.length !== 2 || recorded.some((message) => message.api !== 'gateway'))
            throw new Error(`expected 2 messages recorded through the gateway, found ${JSON.stringify(recorded)}`);
          const code = recorded.find((message) => message.template !== undefined);
          return `id ${sent.messages[0]!.id} sent; OTP ${otp.messages[0]!.id} from template newOTP: "${code?.text}"`;
        } finally {
          await ghasedak.close();
        }
      },
    },
  ];
}
