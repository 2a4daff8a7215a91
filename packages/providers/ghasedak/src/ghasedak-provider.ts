import type { SmsCapabilities, SmsProviderWith } from '@sms/core';
import type { GhasedakGatewayNativeApi } from './native/gateway-native-api-types';
import type { GhasedakNativeApi } from './native/native-api-types';

export const GHASEDAK_CAPABILITIES: SmsCapabilities = Object.freeze({
  maxRecipientsPerRequest: 100,
  maxBatchSize: 100,
  batch: true,
  templates: true,
  scheduling: true,
  cancel: true,
  status: true,
  statusByReference: true,
  balance: true,
  inbound: true,
  voice: true,
  webhooks: false,
});

/**
 * The gateway's capabilities with the default `gatewayChunkSize` (a provider built with another chunk size
 * reports it as `maxRecipientsPerRequest` and `maxBatchSize`). No cancel: the gateway has no method for it.
 * No `statusByReference`: what `CheckSmsStatus` answers for an unknown client reference id is not
 * documented, so an empty answer does not prove the message never arrived. No voice: `SmsMessage` has no
 * voice option, and `sendTemplate`'s `voice` flag is sent as `isVoice` without a promise it is honoured.
 */
export const GHASEDAK_GATEWAY_CAPABILITIES: SmsCapabilities = Object.freeze({
  maxRecipientsPerRequest: 100,
  maxBatchSize: 100,
  batch: true,
  templates: true,
  scheduling: true,
  cancel: false,
  status: true,
  statusByReference: false,
  balance: true,
  inbound: true,
  voice: false,
  webhooks: false,
});

/** A Ghasedak v2 provider: the `SmsProvider` contract, plus the whole native API under `native`. */
export interface GhasedakProvider extends SmsProviderWith<
  'sendBatch' | 'sendTemplate' | 'cancel' | 'getStatus' | 'getBalance' | 'listInbound'
> {
  /** Which web service this provider speaks. */
  readonly api: 'v2';
  readonly native: GhasedakNativeApi;
}

/** A Ghasedak gateway provider: the same contract without `cancel`, plus the gateway's native API. */
export interface GhasedakGatewayProvider extends SmsProviderWith<
  'sendBatch' | 'sendTemplate' | 'getStatus' | 'getBalance' | 'listInbound'
> {
  readonly api: 'gateway';
  readonly native: GhasedakGatewayNativeApi;
}

/** Either provider: what `createGhasedak()` returns when the API is only known at run time. */
export type GhasedakAnyProvider = GhasedakProvider | GhasedakGatewayProvider;
