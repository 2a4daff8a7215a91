import { jsonResponse } from '../../server/json-response';
import type { SmsafzarHandler } from './smsafzar-handler';
import { formatRials } from './smsafzar-status-code';

/** `GET account/balance`: the credit as a string with thousands separators, and its unit. */
export const handleBalance: SmsafzarHandler = ({ context }) =>
  jsonResponse(200, { credit: formatRials(context.balances.get('smsafzar')), unit: 'ریال' });
