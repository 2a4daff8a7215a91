import type { CallOptions } from '@sms/core';

/** `GetReceivedSmses`: the latest (up to 100) messages received on a line. */
export interface GhasedakGatewayLatestQuery {
  /** Your receiving line. Default: the `lineNumber` setting. */
  lineNumber?: string;
  /** `true` lists messages already read, `false` unread ones. Absent: the server's default (unread). */
  isRead?: boolean;
}

/** `GetReceivedSmsesPaging`. Messages returned here are marked read by the server. */
export interface GhasedakGatewayPagedQuery extends GhasedakGatewayLatestQuery {
  startDate?: Date;
  endDate?: Date;
  /** The first page is 1 (the docs; some SDKs send 0). Default 1. */
  pageIndex?: number;
  /** 1 to 200. Default 200. */
  pageSize?: number;
}

export interface GhasedakGatewayReceivedMessage {
  /** The integer id, as a string like every other id of this package. */
  id: string;
  message: string;
  /** As the server wrote it (`09…`). */
  sender: string;
  lineNumber?: string;
  receiveDate?: Date;
  raw: unknown;
}

export interface GhasedakGatewayReceivedPage {
  items: GhasedakGatewayReceivedMessage[];
  pageIndex?: number;
  pageSize?: number;
  totalCount?: number;
  totalPages?: number;
  hasPreviousPage?: boolean;
  hasNextPage?: boolean;
  raw: unknown;
}

/** `provider.native.inbound` of the gateway. */
export interface GhasedakGatewayInboundApi {
  latest(query?: GhasedakGatewayLatestQuery, options?: CallOptions): Promise<GhasedakGatewayReceivedMessage[]>;
  paged(query?: GhasedakGatewayPagedQuery, options?: CallOptions): Promise<GhasedakGatewayReceivedPage>;
}
