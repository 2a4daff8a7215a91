import type { SmsAfzarAccountApi } from './account-api-types';
import type { SmsAfzarAuthApi } from './auth-api-types';
import { createAccountApi } from './create-account-api';
import { createAuthApi } from './create-auth-api';
import { createMessagesApi } from './create-messages-api';
import type { SmsAfzarMessagesApi } from './messages-api-types';
import type { SmsAfzarContext } from './sms-afzar-context';

/** SMSAfzar's own API, one group per endpoint prefix, as `provider.native`. */
export interface SmsAfzarNativeApi {
  /** `send`, `sendBulk`, `sendTemplate`, `cancelScheduled`, `status`, `receivedRecent`. */
  readonly messages: SmsAfzarMessagesApi;
  /** `balance()`. */
  readonly account: SmsAfzarAccountApi;
  /** `token()`, in JWT mode. */
  readonly auth: SmsAfzarAuthApi;
}

export function createNativeApi(context: SmsAfzarContext): SmsAfzarNativeApi {
  return { messages: createMessagesApi(context), account: createAccountApi(context), auth: createAuthApi(context) };
}
