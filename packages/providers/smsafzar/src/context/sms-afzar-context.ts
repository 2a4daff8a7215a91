import type { StatusMapper } from '../status/create-status-mapper';
import type { SmsAfzarTransport } from '../transport/create-transport';

/** What every operation of one provider instance shares. */
export interface SmsAfzarContext {
  provider: string;
  transport: SmsAfzarTransport;
  /** The `senderNumber` setting (the environment is read at call time). */
  defaultSender: string | undefined;
  bulkSize: number;
  concurrency: number;
  mapStatus: StatusMapper;
}
