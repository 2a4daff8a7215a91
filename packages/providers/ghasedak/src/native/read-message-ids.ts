import { noMessageIdError } from '@sms/core/provider-utils';
import type { GhasedakAnswer, GhasedakTransport } from '../ghasedak-transport';
import { idsAsWritten } from './ids-as-written';
import type { GhasedakSendResponse } from './sms-api-types';

/** Reads `items: [2578793735, …]` into string ids. A success with no id at all (`items: []`) is `noMessageIdError`. */
export function readMessageIds(
  transport: GhasedakTransport,
  answer: GhasedakAnswer,
  path: string,
): GhasedakSendResponse {
  const items = answer.envelope.items;
  if (Array.isArray(items) && items.length === 0)
    throw noMessageIdError(transport.http, `v2/${path}`, { response: answer.response });
  const ids = Array.isArray(items) ? idsAsWritten(answer.response.text, items) : [];
  if (!Array.isArray(items) || ids.some((id) => id === undefined))
    throw transport.unexpectedItems(answer, path, 'a list of message ids');
  return { messageIds: ids as string[], raw: answer.envelope.body };
}
