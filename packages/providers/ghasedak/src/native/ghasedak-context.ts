import type { GhasedakTransport } from '../ghasedak-transport';

/** What the native API and the SmsProvider methods share: the transport and the settings they fall back on. */
export interface GhasedakContext {
  transport: GhasedakTransport;
  provider: string;
  /** The default sender line, already validated. */
  lineNumber: string | undefined;
  /** Most requests in flight at once for a send split into several requests. */
  concurrency: number | undefined;
}
