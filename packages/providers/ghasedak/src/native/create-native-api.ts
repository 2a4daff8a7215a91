import type { GhasedakAccountApi } from './account-api-types';
import type { GhasedakContactsApi } from './contacts-api-types';
import { createAccountApi } from './create-account-api';
import { createContactsApi } from './create-contacts-api';
import { createSmsApi } from './create-sms-api';
import { createVerificationApi } from './create-verification-api';
import { createVoiceApi } from './create-voice-api';
import type { GhasedakContext } from './ghasedak-context';
import type { GhasedakSmsApi } from './sms-api-types';
import type { GhasedakVerificationApi } from './verification-api-types';
import type { GhasedakVoiceApi } from './voice-api-types';

/** Ghasedak's whole v2 API, typed: one property per endpoint group. */
export interface GhasedakNativeApi {
  /** `sms/*`: send, status, cancel, receive. */
  readonly sms: GhasedakSmsApi;
  /** `verification/send/simple`: template messages (OTP), text or voice. */
  readonly verification: GhasedakVerificationApi;
  /** `voice/send/simple`: text read out in a call. */
  readonly voice: GhasedakVoiceApi;
  /** `account/info`. */
  readonly account: GhasedakAccountApi;
  /** `contact/group/*`. */
  readonly contacts: GhasedakContactsApi;
}

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
