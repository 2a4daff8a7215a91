// Only `version` is kept: the bundler inlines the one field read from package.json when the package is built.
import { version } from '../package.json';

/** The version of @sms/smsafzar, from its package.json at build time. */
export const SMS_AFZAR_VERSION: string = version;
