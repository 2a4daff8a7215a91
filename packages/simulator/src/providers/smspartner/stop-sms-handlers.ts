import { elementError, smspartnerAnswer, smspartnerFailure, smspartnerValidationFailure } from './smspartner-envelope';
import type { SmspartnerHandler } from './smspartner-handler';
import { textParameter } from './smspartner-parameters';
import { toInternational } from './smspartner-numbers';

/** `v1/stop-sms/list`: `{ nbData, data: [{ id, phoneNumber, createdAt }] }`. */
export const handleStopList: SmspartnerHandler = ({ format, stopList }) => {
  const data = stopList.entries();
  return smspartnerAnswer(200, { success: true, code: 200, nbData: data.length, data }, format);
};

/** `v1/stop-sms/add`: `{ phoneNumber }` → `{ stopId }`; code 15 when the number is already listed. */
export const handleStopAdd: SmspartnerHandler = ({ context, values, format, stopList }) => {
  const phoneNumber = textParameter(values.phoneNumber);
  if (phoneNumber === undefined) throw smspartnerFailure(2, format);
  const international = toInternational(phoneNumber);
  if (international === undefined)
    throw smspartnerValidationFailure(
      [elementError('phoneNumber', `This phone number is not valid (${phoneNumber})`)],
      format,
    );
  const entry = stopList.add(international, new Date(context.controller.nowMs()));
  if (!entry) throw smspartnerFailure(15, format);
  return smspartnerAnswer(200, { success: true, code: 200, stopId: entry.id }, format);
};

/** `v1/stop-sms/delete?id=<stop id>`. */
export const handleStopDelete: SmspartnerHandler = ({ values, format, stopList }) => {
  const id = textParameter(values.id);
  if (id === undefined || !/^\d+$/.test(id))
    throw smspartnerValidationFailure([elementError('id', 'The stop id is required')], format);
  if (!stopList.remove(Number(id))) throw smspartnerFailure(4, format, 'Numéro introuvable');
  return smspartnerAnswer(200, { success: true, code: 200 }, format);
};
