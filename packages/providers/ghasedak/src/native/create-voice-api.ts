import { assertText } from '@sms/core/provider-utils';
import { postVoice } from '../endpoints/voice-endpoints';
import { toGhasedakRecipients } from '../validation/ghasedak-recipients';
import { assertListSize, assertSendDate } from '../validation/ghasedak-inputs';
import type { GhasedakContext } from './ghasedak-context';
import type { GhasedakVoiceApi } from './voice-api-types';

export function createVoiceApi(context: GhasedakContext): GhasedakVoiceApi {
  const { transport, provider } = context;
  return {
    async send(call, options) {
      assertText(call.message, provider);
      assertListSize(call.receptors, provider, 'receptors');
      const receptors = toGhasedakRecipients(call.receptors, provider, 'iranian').wire;
      return postVoice(
        transport,
        { message: call.message, receptors, ...(call.sendDate === undefined ? {} : { sendDate: assertSendDate(call.sendDate, provider) }) },
        options,
      );
    },
  };
}
