import type { CallOptions } from '@sms/core';
import { readString } from '@sms/core/provider-utils';
import type { GhasedakGatewayTransport } from '../ghasedak-gateway-transport';
import type { GhasedakGatewayContext } from './gateway-context';
import { lowerCaseKeys } from './gateway-fields';
import type { GhasedakGatewayTemplateParameters, GhasedakGatewayTemplatesApi } from './gateway-templates-api-types';
import { assertNonEmptyString } from './ghasedak-inputs';

export async function getOtpTemplateParameters(
  transport: GhasedakGatewayTransport,
  templateName: string,
  options?: CallOptions,
): Promise<GhasedakGatewayTemplateParameters> {
  const path = 'GetOtpTemplateParameters';
  const answer = await transport.call({ method: 'GET', path, query: { TemplateName: templateName } }, options);
  const data = lowerCaseKeys(answer.envelope.data);
  const params = data?.params;
  if (data === undefined || !Array.isArray(params) || !params.every((param) => typeof param === 'string'))
    throw transport.unexpectedData(answer, path, 'an object with a list of parameter names');
  return { params: params as string[], message: readString(data, 'message') ?? '', raw: answer.envelope.body };
}

export function createGatewayTemplatesApi(context: GhasedakGatewayContext): GhasedakGatewayTemplatesApi {
  return {
    async parameters(templateName, options) {
      return getOtpTemplateParameters(
        context.transport,
        assertNonEmptyString(templateName, context.provider, 'templateName'),
        options,
      );
    },
  };
}
