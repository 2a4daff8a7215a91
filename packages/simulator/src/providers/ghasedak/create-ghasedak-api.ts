import type { SimulatorContext } from '../../context/simulator-context';
import type { ProviderApi } from '../../server/provider-api';
import { handleAccountInfo } from './account-handler';
import { handleCancel } from './cancel-handler';
import { createContactBook } from './contact-book';
import {
  handleGroupAddNumber,
  handleGroupEdit,
  handleGroupList,
  handleGroupListNumber,
  handleGroupNew,
  handleGroupNumberRemove,
  handleGroupRemove,
} from './contact-group-handlers';
import {
  ghasedakBadRequest,
  ghasedakNotFound,
  ghasedakRateLimited,
  ghasedakServerError,
  ghasedakTooLarge,
  ghasedakUnauthorized,
} from './ghasedak-envelope';
import type { GhasedakHandler } from './ghasedak-handler';
import { readGhasedakParameters } from './ghasedak-parameters';
import { handleReceiveLast, handleReceivePaging } from './receive-handlers';
import { handleSendBulk, handleSendPair, handleSendSimple } from './sms-send-handlers';
import { handleStatus } from './status-handler';
import { handleVerification } from './verification-handler';
import { handleVoice } from './voice-handler';

// The seventeen endpoints of the seed. The SDKs disagree on GET or POST for several, so both are taken.
const ROUTES: Record<string, GhasedakHandler> = {
  'v2/sms/send/simple': handleSendSimple,
  'v2/sms/send/bulk': handleSendBulk,
  'v2/sms/send/pair': handleSendPair,
  'v2/verification/send/simple': handleVerification,
  'v2/voice/send/simple': handleVoice,
  'v2/sms/status': handleStatus,
  'v2/sms/cancel': handleCancel,
  'v2/sms/receive/last': handleReceiveLast,
  'v2/sms/receive/paging': handleReceivePaging,
  'v2/account/info': handleAccountInfo,
  'v2/contact/group/new': handleGroupNew,
  'v2/contact/group/addnumber': handleGroupAddNumber,
  'v2/contact/group/list': handleGroupList,
  'v2/contact/group/listnumber': handleGroupListNumber,
  'v2/contact/group/edit': handleGroupEdit,
  'v2/contact/group/remove': handleGroupRemove,
  'v2/contact/group/number/remove': handleGroupNumberRemove,
};

/** Ghasedak v2 (`https://api.ghasedak.me`): form bodies, the `apikey` header, `{ result, items }` answers. */
export function createGhasedakApi(context: SimulatorContext): ProviderApi {
  const contacts = createContactBook();
  return {
    handle(request) {
      const handler = ROUTES[request.path.toLowerCase()];
      if (!handler || (request.method !== 'GET' && request.method !== 'POST')) return ghasedakNotFound();
      const apiKey = request.headers.apikey;
      const key = Array.isArray(apiKey) ? apiKey[0] : apiKey;
      if (key === undefined || key.trim() === '') throw ghasedakBadRequest(['apikey is required']);
      if (!context.settings.apiKeys.ghasedak.includes(key.trim())) throw ghasedakUnauthorized();
      return handler({ context, parameters: readGhasedakParameters(request), contacts });
    },
    faultResponse: (kind) => (kind === 'rate-limited' ? ghasedakRateLimited() : ghasedakServerError()),
    tooLarge: ghasedakTooLarge,
    reset: () => contacts.reset(),
  };
}
