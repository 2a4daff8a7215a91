import type { GhasedakProvider } from './ghasedak-provider';
import { GHASEDAK_CAPABILITIES } from './ghasedak-provider';
import { resolveGhasedakSettings, type GhasedakSettings } from './ghasedak-settings';
import { createGhasedakTransport } from './ghasedak-transport';
import { createNativeApi } from './native/create-native-api';
import type { GhasedakContext } from './native/ghasedak-context';
import { cancelMessages } from './unified/cancel-messages';
import { getBalance } from './unified/get-balance';
import { getStatus } from './unified/get-status';
import { listInbound } from './unified/list-inbound';
import { sendBatch } from './unified/send-batch';
import { sendMessage } from './unified/send-message';
import { sendTemplate } from './unified/send-template';

/**
 * Creates a Ghasedak v2 provider. Nothing is read or opened here: the API key is read (from the settings or
 * `GHASEDAK_API_KEY`) at the first call, and the connection pool is opened on first use.
 */
export function createGhasedak(settings: GhasedakSettings = {}): GhasedakProvider {
  const resolved = resolveGhasedakSettings(settings);
  const transport = createGhasedakTransport(resolved);
  const context: GhasedakContext = {
    transport,
    provider: resolved.provider,
    lineNumber: resolved.lineNumber,
    concurrency: resolved.concurrency,
  };

  return {
    id: resolved.provider,
    capabilities: GHASEDAK_CAPABILITIES,
    send: (message, options) => sendMessage(context, message, options),
    sendBatch: (messages, options) => sendBatch(context, messages, options),
    sendTemplate: (message, options) => sendTemplate(context, message, options),
    cancel: (target, options) => cancelMessages(context, target, options),
    getStatus: (target, options) => getStatus(context, target, options),
    getBalance: (options) => getBalance(context, options),
    listInbound: (query, options) => listInbound(context, query, options),
    close: () => transport.http.close(),
    native: createNativeApi(context),
  };
}
