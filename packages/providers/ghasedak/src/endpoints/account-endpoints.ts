import type { CallOptions } from '@sms/core';
import type { GhasedakAccountInfo } from '../native/account-api-types';
import { parseGhasedakDate } from '../wire/ghasedak-dates';
import type { GhasedakTransport } from '../wire/ghasedak-transport';
import { readNumber, readRecord } from '../wire/read-value';

export async function postAccountInfo(transport: GhasedakTransport, options?: CallOptions): Promise<GhasedakAccountInfo> {
  const path = 'account/info';
  const answer = await transport.call({ method: 'POST', path, parameters: {} }, options);
  const items = readRecord(answer.envelope.items);
  const balance = readNumber(items?.balance);
  if (items === undefined || balance === undefined) throw transport.unexpectedItems(answer, path, 'an object with a numeric balance');
  const info: GhasedakAccountInfo = { balance, raw: answer.envelope.body };
  const expiresAt = parseGhasedakDate(items.expire);
  if (expiresAt !== undefined) info.expiresAt = expiresAt;
  return info;
}
