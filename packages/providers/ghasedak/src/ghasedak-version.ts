// Only `version` is kept: the bundler inlines the one field read from package.json when the package is built.
import { version } from '../package.json';

/** The version of @sms/ghasedak, from its package.json at build time. */
export const GHASEDAK_VERSION: string = version;
