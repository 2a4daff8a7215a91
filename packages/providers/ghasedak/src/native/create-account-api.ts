import { postAccountInfo } from '../endpoints/account-endpoints';
import type { GhasedakAccountApi } from './account-api-types';
import type { GhasedakContext } from './ghasedak-context';

export function createAccountApi(context: GhasedakContext): GhasedakAccountApi {
  return {
    info: (options) => postAccountInfo(context.transport, options),
  };
}
