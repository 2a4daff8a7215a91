import type { CallOptions } from '@sms/core';
import { readNumber, readString } from '@sms/core/provider-utils';
import type { GhasedakGatewayTransport } from '../ghasedak-gateway-transport';
import type { GhasedakGatewayAccountApi, GhasedakGatewayAccountInformation } from './gateway-account-api-types';
import type { GhasedakGatewayContext } from './gateway-context';
import { lowerCaseKeys } from './gateway-fields';
import { parseGhasedakDate } from './ghasedak-dates';

export async function getAccountInformation(
  transport: GhasedakGatewayTransport,
  options?: CallOptions,
): Promise<GhasedakGatewayAccountInformation> {
  const path = 'GetAccountInformation';
  const answer = await transport.call({ method: 'GET', path }, options);
  const data = lowerCaseKeys(answer.envelope.data);
  const credit = readNumber(data, 'credit');
  if (data === undefined || credit === undefined)
    throw transport.unexpectedData(answer, path, 'an object with a numeric credit');
  const information: GhasedakGatewayAccountInformation = { credit, raw: answer.envelope.body };
  const expireDate = parseGhasedakDate(data.expiredate);
  const plan = readString(data, 'plan');
  if (expireDate !== undefined) information.expireDate = expireDate;
  if (plan !== undefined) information.plan = plan;
  return information;
}

export function createGatewayAccountApi(context: GhasedakGatewayContext): GhasedakGatewayAccountApi {
  return {
    information: (options) => getAccountInformation(context.transport, options),
  };
}
