import { createAccountApi } from './create-account-api';
import { createContactsApi } from './create-contacts-api';
import { createSmsApi } from './create-sms-api';
import { createVerificationApi } from './create-verification-api';
import { createVoiceApi } from './create-voice-api';
import type { GhasedakContext } from './ghasedak-context';
import type { GhasedakNativeApi } from './native-api-types';

/** The object exposed as `provider.native`. */
export function createNativeApi(context: GhasedakContext): GhasedakNativeApi {
  return {
    sms: createSmsApi(context),
    verification: createVerificationApi(context),
    voice: createVoiceApi(context),
    account: createAccountApi(context),
    contacts: createContactsApi(context),
  };
}
