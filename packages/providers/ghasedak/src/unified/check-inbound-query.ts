import { SmsError, type InboundQuery } from '@sms/core';
import { assertInboundQuery } from '@sms/core/provider-utils';
import { assertLineNumber } from '../native/ghasedak-inputs';

export interface CheckedInboundQuery {
  lineNumber: string;
  read: boolean;
  /** Whether the query asks for a time range, a page or a limit, which only the paged endpoints take. */
  paged: boolean;
}

/** Checks a `listInbound` query the same way for v2 and the gateway: the line, the read state, paged or not. */
export function checkInboundQuery(
  context: { provider: string; lineNumber: string | undefined },
  query: InboundQuery,
): CheckedInboundQuery {
  const { provider } = context;
  assertInboundQuery(query, provider);
  const lineNumber = query.line === undefined ? context.lineNumber : assertLineNumber(query.line, provider, 'line');
  if (lineNumber === undefined) {
    throw new SmsError(
      `listInbound on ${provider} needs your receiving line: pass query.line, or set the lineNumber setting of createGhasedak().`,
      { code: 'INVALID_INPUT', provider },
    );
  }
  const paged =
    query.from !== undefined || query.until !== undefined || query.page !== undefined || query.limit !== undefined;
  return { lineNumber, read: query.read === true, paged };
}
