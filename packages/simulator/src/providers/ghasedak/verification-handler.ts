import { acceptGhasedakMessages } from './accept-ghasedak-messages';
import { ghasedakBadRequest, ghasedakSuccess } from './ghasedak-envelope';
import type { GhasedakHandler } from './ghasedak-handler';
import { splitList } from './ghasedak-parameters';

const PARAMETER_NAMES = Array.from({ length: 10 }, (_, index) => `param${index + 1}`);

/** `verification/send/simple`: a panel template filled with param1..param10, by SMS (type 1) or voice (type 2). */
export const handleVerification: GhasedakHandler = ({ context, parameters }) => {
  const fields = parameters.require('receptor', 'type', 'template', 'param1');
  const type = fields.type.trim();
  if (type !== '1' && type !== '2') throw ghasedakBadRequest(['type is invalid']);
  const template = context.settings.templates.ghasedak[fields.template.trim()];
  if (!template) throw ghasedakBadRequest(['template is invalid']);
  const params: Record<string, string> = {};
  for (const name of PARAMETER_NAMES) {
    const value = parameters.get(name);
    if (value !== undefined) params[name] = value;
  }
  const text = template.text.replace(/%(param(?:10|[1-9]))%/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw ghasedakBadRequest([`${name} is required`]);
    return value;
  });
  const checkids = splitList(parameters.get('checkid'));
  const sender = context.settings.lines.ghasedak[0] ?? '';
  const records = acceptGhasedakMessages(
    context,
    splitList(fields.receptor).map((receptor, index) => ({
      receptor,
      sender,
      text,
      template: { id: fields.template.trim(), params },
      ...(type === '2' ? { voice: true } : {}),
      ...(checkids[index] !== undefined ? { checkid: checkids[index] } : {}),
    })),
    // The verification service needs no line of its own and also sends abroad (`+33…`).
    { allowInternational: true, checkLine: false },
  );
  return ghasedakSuccess(records.map((record) => Number(record.message.id)));
};
