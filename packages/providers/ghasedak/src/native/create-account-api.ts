import type { CallOptions } from '@sms/core';
import type { GhasedakTransport } from '../ghasedak-transport';
import type { GhasedakAccountApi, GhasedakAccountInfo } from './account-api-types';
import type { GhasedakContext } from './ghasedak-context';
import { readField, readNumber, readRecord } from '@sms/core/provider-utils';
import { parseGhasedakDate } from './ghasedak-dates';

export async function postAccountInfo(
  transport: GhasedakTransport,
  options?: CallOptions,
): Promise<GhasedakAccountInfo> {
  const path = 'account/info';
  const answer = await transport.call({ method: 'POST', path, parameters: {} }, options);
  const items = readRecord(answer.envelope.items);
  const balance = readNumber(items, 'balance');
  if (items === undefined || balance === undefined)
    throw transport.unexpectedItems(answer, path, 'an object with a numeric balance');
  const info: GhasedakAccountInfo = { balance, raw: answer.envelope.body };
  const expiresAt = parseGhasedakDate(readField(items, 'expire'));
  if (expiresAt !== undefined) info.expiresAt = expiresAt;
  return info;
}

export function createAccountApi(context: GhasedakContext): GhasedakAccountApi {
  return {
    info: (options) => postAccountInfo(context.transport, options),
  };
}
