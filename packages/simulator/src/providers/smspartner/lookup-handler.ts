import { SMSPARTNER_RECIPIENT_LIMIT } from './send-handlers';
import { smspartnerAnswer, smspartnerFailure } from './smspartner-envelope';
import type { SmspartnerHandler } from './smspartner-handler';
import { textParameter } from './smspartner-parameters';
import { describeNumber, groupNational, toInternational } from './smspartner-numbers';

/** `v1/lookup`: the format of each number (free); an invalid one gets `success: false` and a message. */
export const handleLookup: SmspartnerHandler = ({ values, format }) => {
  const phoneNumbers = textParameter(values.phoneNumbers);
  if (phoneNumbers === undefined) throw smspartnerFailure(2, format);
  const numbers = phoneNumbers
    .split(',')
    .map((number) => number.trim())
    .filter((number) => number !== '');
  if (numbers.length > SMSPARTNER_RECIPIENT_LIMIT) throw smspartnerFailure(50, format);
  const lookup = numbers.map((request) => {
    const e164 = toInternational(request);
    if (e164 === undefined) return { request, success: false, message: 'Numéro de téléphone invalide' };
    const details = describeNumber(e164);
    const grouped = groupNational(details.nationalNumber, details.countryCode);
    return {
      request,
      success: true,
      countryCode: details.countryCode,
      prefixCode: details.prefixCode,
      phoneNumber: e164,
      type: details.type,
      network: null,
      format: {
        e164,
        international: `+${details.prefixCode} ${grouped}`,
        national: `0${grouped}`,
        rfc3966: `tel:+${details.prefixCode}-${grouped.replaceAll(' ', '-')}`,
      },
    };
  });
  return smspartnerAnswer(200, { success: true, code: 200, lookup }, format);
};
