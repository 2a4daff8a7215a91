import { jsonResponse } from '../../server/json-response';
import { acceptSmsafzarMessages, checkRecipient, checkSender, readSendTimestamp } from './accept-smsafzar-messages';
import { readJsonBody } from './read-json-body';
import { SMSAFZAR_MESSAGES, smsafzarError, smsafzarValidationError } from './smsafzar-errors';
import type { ValidationError } from './smsafzar-errors';
import type { SmsafzarHandler } from './smsafzar-handler';
import { smsafzarMessageObject } from './smsafzar-message-object';
import { invalidError, messageError, requiredError, textValue } from './smsafzar-validation';

const PARAMETER_VALUE_LIMIT = 100;

function readParameters(value: unknown, errors: ValidationError[]): Record<string, string> {
  const parameters: Record<string, string> = {};
  if (value === undefined || value === null) return parameters;
  if (!Array.isArray(value)) {
    errors.push(invalidError('parameters'));
    return parameters;
  }
  value.forEach((entry: unknown, index) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as { name?: unknown; value?: unknown };
    const name = textValue(item.name);
    const parameterValue = typeof item.value === 'number' ? String(item.value) : item.value;
    if (name === undefined) errors.push(requiredError(`parameters[${index}].name`));
    if (typeof parameterValue !== 'string') errors.push(requiredError(`parameters[${index}].value`));
    else if (parameterValue.length > PARAMETER_VALUE_LIMIT) {
      errors.push(
        messageError(
          `parameters[${index}].value`,
          `.مقدار پارامتر [ ${name ?? index} ] حداکثر ${PARAMETER_VALUE_LIMIT} کاراکتر می باشد`,
        ),
      );
    }
    if (name !== undefined && typeof parameterValue === 'string') parameters[name] = parameterValue;
  });
  return parameters;
}

/**
 * `messages/send/template`: a template given to `startSimulator` filled with named parameters. Unknown
 * parameters are ignored (the seed's example sends `price` to a template that may not use it). Without
 * `senderNumber` the account's first line sends it.
 */
export const handleSendTemplate: SmsafzarHandler = ({ context, request }) => {
  const body = readJsonBody(request);
  const lines = context.settings.lines.smsafzar;
  const senderNumber = textValue(body.senderNumber);
  const recipientNumber = textValue(body.recipientNumber);
  const templateId = textValue(body.templateId);
  const errors: ValidationError[] = [];
  if (recipientNumber === undefined) errors.push(requiredError('recipientNumber'));
  if (templateId === undefined) errors.push(requiredError('templateId'));
  checkSender(senderNumber, 'senderNumber', lines, errors);
  checkRecipient(recipientNumber, 'recipientNumber', errors);
  const parameters = readParameters(body.parameters, errors);
  const sendAtMs = readSendTimestamp(body.sendTimestamp, context.controller.nowMs(), errors);
  if (errors.length > 0 || recipientNumber === undefined || templateId === undefined)
    throw smsafzarValidationError(errors);
  const template = context.settings.templates.smsafzar[templateId];
  if (!template) throw smsafzarError(400, 1107, SMSAFZAR_MESSAGES.templateInvalid);
  const missing = template.parameters.filter((name) => parameters[name] === undefined);
  if (missing.length > 0) {
    throw smsafzarValidationError(
      missing.map((name) => messageError('parameters', `.مقدار پارامتر [ ${name} ] را وارد نمایید`)),
    );
  }
  const text = template.text.replace(/\{([^{}]+)\}/g, (placeholder, name: string) => parameters[name] ?? placeholder);
  const [record] = acceptSmsafzarMessages(
    context,
    [
      {
        sender: senderNumber ?? lines[0] ?? '',
        recipient: recipientNumber,
        text,
        template: { id: templateId, params: parameters },
      },
    ],
    sendAtMs,
  );
  if (!record) throw new Error('no message recorded');
  return jsonResponse(200, { batchId: record.message.batchId, message: smsafzarMessageObject(record) });
};
