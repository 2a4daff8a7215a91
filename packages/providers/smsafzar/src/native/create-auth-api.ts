import type { SmsAfzarAuthApi } from './auth-api-types';
import type { SmsAfzarContext } from './sms-afzar-context';

/** `native.auth`: the token request itself lives in the transport, which caches and shares it. */
export function createAuthApi(context: SmsAfzarContext): SmsAfzarAuthApi {
  const { transport } = context;
  return { token: (options) => transport.token(options) };
}
