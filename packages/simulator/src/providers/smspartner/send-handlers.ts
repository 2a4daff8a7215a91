import { analyzeText } from '../../text/analyze-text';
import { recordSmspartnerMessages, smspartnerCost } from './record-smspartner-messages';
import type { PlannedSmspartnerMessage } from './record-smspartner-messages';
import { formatScheduled, readSendOptions, STOP_MENTION } from './send-options';
import { elementError, smspartnerAnswer, smspartnerFailure, smspartnerValidationFailure } from './smspartner-envelope';
import type { ElementError } from './smspartner-envelope';
import type { SmspartnerHandler } from './smspartner-handler';
import { textParameter } from './smspartner-parameters';
import { toInternational } from './smspartner-numbers';
import { roundEuros } from './smspartner-status-text';

export const SMSPARTNER_RECIPIENT_LIMIT = 500;
const SEGMENT_LIMIT = 10;

/** `v1/send`: one text to `phoneNumbers` (a comma list of at most 500); one `message_id` covers them all. */
export const handleSend: SmspartnerHandler = ({ context, values, format, stopList }) => {
  const phoneNumbers = textParameter(values.phoneNumbers);
  if (phoneNumbers === undefined) throw smspartnerFailure(2, format);
  const numbers = phoneNumbers
    .split(',')
    .map((number) => number.trim())
    .filter((number) => number !== '');
  if (numbers.length > SMSPARTNER_RECIPIENT_LIMIT) throw smspartnerFailure(50, format);
  const errors: ElementError[] = [];
  const message = typeof values.message === 'string' && values.message.trim() !== '' ? values.message : undefined;
  if (message === undefined) errors.push(elementError('message', 'The message is required'));
  if (numbers.length === 0) errors.push(elementError('phoneNumbers', 'This phone number is not valid ()'));
  for (const number of numbers) {
    if (toInternational(number) === undefined)
      errors.push(elementError('phoneNumbers', `This phone number is not valid (${number})`));
  }
  const options = readSendOptions(values, context.controller.nowMs(), errors, format);
  if (errors.length > 0 || message === undefined) throw smspartnerValidationFailure(errors, format);
  const text = options.isStopSms ? `${message}${STOP_MENTION}` : message;
  const analysis = analyzeText(text);
  if (analysis.segments > SEGMENT_LIMIT) throw smspartnerFailure(52, format);
  if (numbers.some((number) => stopList.has(toInternational(number) ?? number))) throw smspartnerFailure(14, format);
  const planned = numbers.map<PlannedSmspartnerMessage>((phoneNumber) => ({ phoneNumber, text, analysis }));
  const cost = roundEuros(planned.reduce((sum, entry) => sum + smspartnerCost(entry.analysis, options), 0));
  if (!context.balances.charge('smspartner', cost)) throw smspartnerFailure(11, format);
  const { messageId } = recordSmspartnerMessages(context, planned, options);
  return smspartnerAnswer(
    200,
    {
      success: true,
      code: 200,
      message_id: messageId,
      nb_sms: Math.max(1, analysis.segments) * numbers.length,
      cost,
      currency: 'EUR',
      ...(options.sendAtMs !== undefined ? { scheduledDeliveryDate: formatScheduled(options.sendAtMs) } : {}),
    },
    format,
  );
};

interface BulkItemResult {
  success: boolean;
  code: number;
  nbSms: number;
  cost: number;
  phoneNumber: string;
  message?: string;
}

/**
 * `v1/bulk-send`: `SMSList` of `{ phoneNumber, message }` (at most 500) under one `message_id`. An item
 * with an invalid or STOP-listed number is refused on its own line of `SMSResponse_List`; the rest go out.
 */
export const handleBulkSend: SmspartnerHandler = ({ context, values, format, stopList }) => {
  const list = values.SMSList;
  if (!Array.isArray(list) || list.length === 0)
    throw smspartnerValidationFailure([elementError('SMSList', 'The SMS list is required')], format);
  if (list.length > SMSPARTNER_RECIPIENT_LIMIT) throw smspartnerFailure(50, format);
  const errors: ElementError[] = [];
  const options = readSendOptions(values, context.controller.nowMs(), errors, format);
  if (errors.length > 0) throw smspartnerValidationFailure(errors, format);
  const results: BulkItemResult[] = [];
  const planned: PlannedSmspartnerMessage[] = [];
  for (const item of list as unknown[]) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as {
      phoneNumber?: unknown;
      message?: unknown;
    };
    const phoneNumber = textParameter(entry.phoneNumber) ?? '';
    const message = typeof entry.message === 'string' && entry.message.trim() !== '' ? entry.message : undefined;
    const international = toInternational(phoneNumber);
    const refuse = (code: number, reason: string): void => {
      results.push({ success: false, code, nbSms: 0, cost: 0, phoneNumber, message: reason });
    };
    if (international === undefined) refuse(9, `This phone number is not valid (${phoneNumber})`);
    else if (message === undefined) refuse(9, 'The message is required');
    else if (stopList.has(international)) refuse(14, 'Le numéro est dans la liste STOP SMS');
    else {
      const text = options.isStopSms ? `${message}${STOP_MENTION}` : message;
      const analysis = analyzeText(text);
      if (analysis.segments > SEGMENT_LIMIT) refuse(52, '10 SMS concaténés maximum');
      else {
        planned.push({ phoneNumber, text, analysis });
        const nbSms = Math.max(1, analysis.segments);
        results.push({
          success: true,
          code: 200,
          nbSms,
          cost: roundEuros(smspartnerCost(analysis, options)),
          phoneNumber,
        });
      }
    }
  }
  if (planned.length === 0) {
    throw smspartnerValidationFailure(
      results.map((result, index) => ({ elementId: `children[SMSList][${index}]`, message: result.message ?? '' })),
      format,
    );
  }
  const cost = roundEuros(planned.reduce((sum, entry) => sum + smspartnerCost(entry.analysis, options), 0));
  if (!context.balances.charge('smspartner', cost)) throw smspartnerFailure(11, format);
  const { messageId } = recordSmspartnerMessages(context, planned, options);
  return smspartnerAnswer(
    200,
    {
      success: true,
      code: 200,
      message_id: messageId,
      currency: 'EUR',
      cost,
      nbSMS: results.reduce((sum, result) => sum + result.nbSms, 0),
      SMSResponse_List: results,
      ...(options.sendAtMs !== undefined ? { scheduledDeliveryDate: formatScheduled(options.sendAtMs) } : {}),
    },
    format,
  );
};
