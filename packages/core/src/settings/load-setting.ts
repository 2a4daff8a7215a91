import { SmsError } from '../errors/sms-error';

export interface LoadSettingOptions {
  /** The value passed in the settings, which wins over the environment. */
  value: string | undefined;
  /** The environment variable read when no value was passed, e.g. `GHASEDAK_API_KEY`. */
  environmentVariable: string;
  /** The setting's name in the factory, e.g. `apiKey`. */
  settingName: string;
  /** The provider id, e.g. `ghasedak`. */
  provider: string;
  /** The factory's name, e.g. `createGhasedak`. */
  factory: string;
}

/** Reads an optional setting: the passed value, else the environment variable, else `undefined`. */
export function readSetting(value: string | undefined, environmentVariable: string): string | undefined {
  if (value !== undefined && value !== '') return value;
  const fromEnvironment = typeof process === 'undefined' ? undefined : process.env[environmentVariable];
  return fromEnvironment === undefined || fromEnvironment === '' ? undefined : fromEnvironment;
}

/**
 * Reads a required credential lazily (at the first call, not at import or creation), so a provider can be
 * created before its environment is set. A missing one fails with `AUTHENTICATION` naming both the
 * setting and the environment variable, and nothing is sent.
 */
export function loadSetting(options: LoadSettingOptions): string {
  const value = readSetting(options.value, options.environmentVariable);
  if (value !== undefined) return value;
  throw new SmsError(
    `No ${options.settingName} for ${options.provider}: pass \`${options.settingName}\` to ${options.factory}() or set the ${options.environmentVariable} environment variable. Nothing was sent.`,
    { code: 'AUTHENTICATION', provider: options.provider, retryable: false },
  );
}
