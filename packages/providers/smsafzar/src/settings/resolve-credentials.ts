import { SmsError } from '@sms/core';
import { loadSetting, readSetting } from '@sms/core/provider-utils';
import type { SmsAfzarSettings } from './sms-afzar-settings';

export interface ApiKeyCredentials {
  mode: 'api-key';
  apiKey: string;
}

export interface JwtCredentials {
  mode: 'jwt';
  userName: string;
  password: string;
  domain: string;
}

export type SmsAfzarCredentials = ApiKeyCredentials | JwtCredentials;

const FACTORY = 'createSmsAfzar';
const JWT_VARIABLES = ['SMSAFZAR_USERNAME', 'SMSAFZAR_PASSWORD', 'SMSAFZAR_DOMAIN'] as const;

function given(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

/** The JWT credentials, each from the settings or else the environment; a missing one fails with `AUTHENTICATION`. */
export function resolveJwtCredentials(settings: SmsAfzarSettings, provider: string): JwtCredentials {
  const load = (value: string | undefined, environmentVariable: string, settingName: string): string =>
    loadSetting({ value, environmentVariable, settingName, provider, factory: FACTORY });
  return {
    mode: 'jwt',
    userName: load(settings.userName, 'SMSAFZAR_USERNAME', 'userName'),
    password: load(settings.password, 'SMSAFZAR_PASSWORD', 'password'),
    domain: load(settings.domain, 'SMSAFZAR_DOMAIN', 'domain'),
  };
}

/**
 * Chooses the authentication mode at call time: settings win over the environment, and an API key wins over
 * JWT credentials from the same source.
 */
export function resolveCredentials(settings: SmsAfzarSettings, provider: string): SmsAfzarCredentials {
  if (given(settings.apiKey)) return { mode: 'api-key', apiKey: settings.apiKey! };
  const jwtInSettings = given(settings.userName) || given(settings.password) || given(settings.domain);
  if (!jwtInSettings) {
    const apiKey = readSetting(undefined, 'SMSAFZAR_API_KEY');
    if (apiKey !== undefined) return { mode: 'api-key', apiKey };
    if (!JWT_VARIABLES.some((variable) => readSetting(undefined, variable) !== undefined)) {
      throw new SmsError(
        `No credentials for ${provider}: pass \`apiKey\` (or \`userName\`, \`password\` and \`domain\`) to ${FACTORY}() ` +
          'or set SMSAFZAR_API_KEY (or SMSAFZAR_USERNAME, SMSAFZAR_PASSWORD and SMSAFZAR_DOMAIN). Nothing was sent.',
        { code: 'AUTHENTICATION', provider, retryable: false },
      );
    }
  }
  return resolveJwtCredentials(settings, provider);
}

/** Every credential value that could be in use, for redaction. Never throws. */
export function credentialSecrets(settings: SmsAfzarSettings): (string | undefined)[] {
  return [readSetting(settings.apiKey, 'SMSAFZAR_API_KEY'), readSetting(settings.password, 'SMSAFZAR_PASSWORD')];
}
