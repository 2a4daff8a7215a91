import { createAccountApi } from './create-account-api';
import { createAuthApi } from './create-auth-api';
import { createMessagesApi } from './create-messages-api';
import type { SmsAfzarContext } from './sms-afzar-context';
import type { SmsAfzarNativeApi } from './native-api-types';

export function createNativeApi(context: SmsAfzarContext): SmsAfzarNativeApi {
  return { messages: createMessagesApi(context), account: createAccountApi(context), auth: createAuthApi(context) };
}
