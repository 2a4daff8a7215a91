import type { StoredMessage } from '../../store/stored-message';
import { acceptGatewayMessages } from './accept-gateway-messages';
import { gatewaySuccess } from './gateway-envelope';
import { invalidInput } from './gateway-failure';
import type { GatewayHandler, GatewayInput } from './gateway-handler';
import { otpItem } from './gateway-message-item';
import type { GatewayObject } from './gateway-request';
import {
  asObject,
  optionalArray,
  optionalDate,
  optionalString,
  readBoolean,
  readJsonBody,
  requiredString,
} from './gateway-request';
import { findGatewayTemplate, renderTemplate } from './gateway-templates';

const POSITIONAL_NAMES = Array.from({ length: 10 }, (_, index) => `param${index + 1}`);

/** What both OTP methods share: `receptors[]` of `{ mobile, clientReferenceId }`, a time, voice, the answer. */
function sendTemplate(
  { context }: GatewayInput,
  body: GatewayObject,
  templateName: string,
  params: Record<string, string>,
): ReturnType<GatewayHandler> {
  const receptors = (optionalArray(body, 'receptors', 'receptors') ?? []).map((value, index) => {
    const receptor = asObject(value, `receptors[${index}]`);
    return {
      mobile: requiredString(receptor, 'mobile', `receptors[${index}].mobile`).trim(),
      clientReferenceId: optionalString(receptor, 'clientReferenceId', `receptors[${index}].clientReferenceId`),
    };
  });
  const sendAtMs = optionalDate(body, 'sendDate', 'sendDate');
  const voice = readBoolean(body.isvoice, 'isVoice') ?? false;
  readBoolean(body.udh, 'udh');
  const text = renderTemplate(findGatewayTemplate(context.settings, templateName).text, params);
  // Templates go over Ghasedak's service lines; the record shows the account's first line as the sender.
  const sender = context.settings.lines.ghasedak[0] ?? '';
  const records = acceptGatewayMessages(
    context,
    receptors.map((receptor) => ({
      receptor: receptor.mobile,
      sender,
      text,
      template: { id: templateName, params },
      ...(sendAtMs !== undefined ? { sendAtMs } : {}),
      ...(receptor.clientReferenceId !== undefined ? { clientReferenceId: receptor.clientReferenceId } : {}),
      ...(voice ? { voice } : {}),
    })),
    { otp: true },
  );
  // The documented example answers in reverse request order: clients must map by receptor or reference id.
  const ordered: StoredMessage[] =
    context.settings.ghasedakGateway.otpItemOrder === 'reversed' ? [...records].reverse() : records;
  return gatewaySuccess({
    items: ordered.map(otpItem),
    totalCost: records.reduce((sum, record) => sum + record.cost, 0),
  });
}

/** `SendOtpSMS`: a template filled by name, `inputs: [{ param: 'Code', value: '1234' }]` for `%Code%`. */
export const handleSendOtp: GatewayHandler = (input) => {
  const body = readJsonBody(input.request);
  const templateName = requiredString(body, 'templateName', 'templateName').trim();
  const inputs = optionalArray(body, 'inputs', 'inputs') ?? [];
  const params: Record<string, string> = {};
  inputs.forEach((value, index) => {
    const entry = asObject(value, `inputs[${index}]`);
    const name = requiredString(entry, 'param', `inputs[${index}].param`).trim();
    const given = entry.value;
    if (typeof given !== 'string' && typeof given !== 'number')
      throw invalidInput(`inputs[${index}].value must be a string`);
    params[name] = String(given);
  });
  return sendTemplate(input, body, templateName, params);
};

/** `SendOtpWithParams`: a template filled by position, `param1` (required) to `param10`. */
export const handleSendOtpWithParams: GatewayHandler = (input) => {
  const body = readJsonBody(input.request);
  const templateName = requiredString(body, 'templateName', 'templateName').trim();
  requiredString(body, 'param1', 'param1');
  const params: Record<string, string> = {};
  for (const name of POSITIONAL_NAMES) {
    const value = optionalString(body, name, name);
    if (value !== undefined) params[name] = value;
  }
  return sendTemplate(input, body, templateName, params);
};
