import type { GhasedakAccountApi } from './account-api-types';
import type { GhasedakContactsApi } from './contacts-api-types';
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
