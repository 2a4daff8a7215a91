import { createGhasedakGatewayTransport } from './ghasedak-gateway-transport';
import type { GhasedakAnyProvider, GhasedakGatewayProvider, GhasedakProvider } from './ghasedak-provider';
import { GHASEDAK_CAPABILITIES, GHASEDAK_GATEWAY_CAPABILITIES } from './ghasedak-provider';
import { resolveGhasedakSettings, type GhasedakSettings, type ResolvedGhasedakSettings } from './ghasedak-settings';
import { createGhasedakTransport } from './ghasedak-transport';
import { createGatewayNativeApi } from './native/create-gateway-native-api';
import { createNativeApi } from './native/create-native-api';
import type { GhasedakGatewayContext } from './native/gateway-context';
import type { GhasedakContext } from './native/ghasedak-context';
import { cancelMessages } from './unified/cancel-messages';
import { gatewayGetBalance } from './unified/gateway-get-balance';
import { gatewayGetStatus } from './unified/gateway-get-status';
import { gatewayListInbound } from './unified/gateway-list-inbound';
import { gatewaySendBatch } from './unified/gateway-send-batch';
import { gatewaySendMessage } from './unified/gateway-send-message';
import { gatewaySendTemplate } from './unified/gateway-send-template';
import { getBalance } from './unified/get-balance';
import { getStatus } from './unified/get-status';
import { listInbound } from './unified/list-inbound';
import { sendBatch } from './unified/send-batch';
import { sendMessage } from './unified/send-message';
import { sendTemplate } from './unified/send-template';

/**
 * Creates a Ghasedak provider for the gateway API (`api: 'gateway'`) or the v2 API (the default). Nothing is
 * read or opened here but the API choice: the API key is read (from the settings or `GHASEDAK_API_KEY`) at
 * the first call, and the connection pool is opened on first use.
 *
 * Without `api`, the `GHASEDAK_API` environment variable may choose the gateway at run time while the type
 * says v2: code that uses `native` should set `api`, or check `provider.api`.
 */
export function createGhasedak(settings: GhasedakSettings & { api: 'gateway' }): GhasedakGatewayProvider;
export function createGhasedak(settings?: GhasedakSettings & { api?: 'v2' }): GhasedakProvider;
export function createGhasedak(settings: GhasedakSettings): GhasedakAnyProvider;
export function createGhasedak(settings: GhasedakSettings = {}): GhasedakAnyProvider {
  const resolved = resolveGhasedakSettings(settings);
  return resolved.api === 'gateway' ? createGatewayProvider(resolved) : createV2Provider(resolved);
}

function createV2Provider(resolved: ResolvedGhasedakSettings): GhasedakProvider {
  const transport = createGhasedakTransport(resolved);
  const context: GhasedakContext = {
    transport,
    provider: resolved.provider,
    lineNumber: resolved.lineNumber,
    concurrency: resolved.concurrency,
  };

  return {
    id: resolved.provider,
    api: 'v2',
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

function createGatewayProvider(resolved: ResolvedGhasedakSettings): GhasedakGatewayProvider {
  const transport = createGhasedakGatewayTransport(resolved);
  const context: GhasedakGatewayContext = {
    transport,
    provider: resolved.provider,
    lineNumber: resolved.lineNumber,
    concurrency: resolved.concurrency,
    chunkSize: resolved.gatewayChunkSize,
  };
  const capabilities =
    resolved.gatewayChunkSize === GHASEDAK_GATEWAY_CAPABILITIES.maxRecipientsPerRequest
      ? GHASEDAK_GATEWAY_CAPABILITIES
      : Object.freeze({
          ...GHASEDAK_GATEWAY_CAPABILITIES,
          maxRecipientsPerRequest: resolved.gatewayChunkSize,
          maxBatchSize: resolved.gatewayChunkSize,
        });

  return {
    id: resolved.provider,
    api: 'gateway',
    capabilities,
    send: (message, options) => gatewaySendMessage(context, message, options),
    sendBatch: (messages, options) => gatewaySendBatch(context, messages, options),
    sendTemplate: (message, options) => gatewaySendTemplate(context, message, options),
    getStatus: (target, options) => gatewayGetStatus(context, target, options),
    getBalance: (options) => gatewayGetBalance(context, options),
    listInbound: (query, options) => gatewayListInbound(context, query, options),
    close: () => transport.http.close(),
    native: createGatewayNativeApi(context),
  };
}
