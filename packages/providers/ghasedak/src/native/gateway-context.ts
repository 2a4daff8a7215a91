import type { GhasedakGatewayTransport } from '../ghasedak-gateway-transport';

/** What the gateway's native API and SmsProvider methods share. */
export interface GhasedakGatewayContext {
  transport: GhasedakGatewayTransport;
  provider: string;
  /** The default sender line, already validated. */
  lineNumber: string | undefined;
  /** Most requests in flight at once for a send split into several requests. */
  concurrency: number | undefined;
  /** Most recipients or messages in one send request (the `gatewayChunkSize` setting). */
  chunkSize: number;
}
