import { gatewaySuccess } from './gateway-envelope';
import { invalidInput } from './gateway-failure';
import type { GatewayHandler } from './gateway-handler';
import { queryValue } from './gateway-request';
import { findGatewayTemplate, templateParameterNames } from './gateway-templates';

/** `GetOtpTemplateParameters`: a template's input names and its text with the `%Name%` placeholders. */
export const handleTemplateParameters: GatewayHandler = ({ context, request }) => {
  const name = queryValue(request, 'TemplateName');
  if (name === undefined) throw invalidInput('TemplateName is required');
  const { text } = findGatewayTemplate(context.settings, name);
  return gatewaySuccess({ params: templateParameterNames(text), message: text });
};
