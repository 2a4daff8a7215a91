import { createHttpClient, loadSetting, readSetting, type HttpClient } from '@sms/core/provider-utils';
import { GHASEDAK_API_KEY_ENVIRONMENT_VARIABLE } from './ghasedak-settings';
import type { GhasedakTransportSettings } from './ghasedak-transport';
import { GHASEDAK_VERSION } from './ghasedak-version';

/**
 * Core's HTTP client as both Ghasedak APIs (v2 and the gateway) use it: the settings passed on, the User-Agent,
 * and the API key sent in `apiKeyHeader` and kept out of errors. The two APIs differ only in the header's name.
 */
export function createGhasedakHttpClient(settings: GhasedakTransportSettings, apiKeyHeader: string): HttpClient {
  const provider = settings.provider;
  // Read at each request, never at creation, so the provider can be built before the environment is set.
  const apiKey = (): string =>
    loadSetting({
      value: settings.apiKey,
      environmentVariable: GHASEDAK_API_KEY_ENVIRONMENT_VARIABLE,
      settingName: 'apiKey',
      provider,
      factory: 'createGhasedak',
    });
  return createHttpClient({
    provider,
    baseUrl: settings.baseUrl,
    userAgent: [`sms-ghasedak/${GHASEDAK_VERSION}`],
    ...(settings.dispatcher === undefined ? {} : { dispatcher: settings.dispatcher }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    ...(settings.maxResponseBytes === undefined ? {} : { maxResponseBytes: settings.maxResponseBytes }),
    ...(settings.connections === undefined ? {} : { connections: settings.connections }),
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    headers: () => ({ [apiKeyHeader]: apiKey() }),
    secrets: () => [readSetting(settings.apiKey, GHASEDAK_API_KEY_ENVIRONMENT_VARIABLE)],
  });
}
