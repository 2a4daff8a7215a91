import type { SmsAfzarAccountApi } from './account-api-types';
import type { SmsAfzarAuthApi } from './auth-api-types';
import type { SmsAfzarMessagesApi } from './messages-api-types';

/** SMSAfzar's own API, one group per endpoint prefix, as `provider.native`. */
export interface SmsAfzarNativeApi {
  /** `send`, `sendBulk`, `sendTemplate`, `cancelScheduled`, `status`, `receivedRecent`. */
  readonly messages: SmsAfzarMessagesApi;
  /** `balance()`. */
  readonly account: SmsAfzarAccountApi;
  /** `token()`, in JWT mode. */
  readonly auth: SmsAfzarAuthApi;
}
