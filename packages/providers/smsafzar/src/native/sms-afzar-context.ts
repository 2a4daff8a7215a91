import type { DeliveryStatus } from '@sms/core';
import type { SmsAfzarTransport } from '../sms-afzar-transport';

/** What every operation of one provider instance shares. */
export interface SmsAfzarContext {
  provider: string;
  transport: SmsAfzarTransport;
  /** The `senderNumber` setting (the environment is read at call time). */
  defaultSender: string | undefined;
  bulkSize: number;
  concurrency: number;
  /** `messageStatus` to a delivery status, with the `messageStatusMap` setting merged in. */
  mapStatus: (messageStatus: number | undefined) => DeliveryStatus | undefined;
}
