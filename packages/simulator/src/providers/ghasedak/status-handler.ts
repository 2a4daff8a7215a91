import { GHASEDAK_MAX_ITEMS } from './accept-ghasedak-messages';
import { ghasedakBadRequest, ghasedakSuccess, ghasedakTableError } from './ghasedak-envelope';
import type { GhasedakHandler } from './ghasedak-handler';
import { ghasedakMessageItem } from './ghasedak-message-item';
import { splitList } from './ghasedak-parameters';

/** `sms/status`: one item per id, in request order; an unknown id gets status -1. */
export const handleStatus: GhasedakHandler = ({ context, parameters }) => {
  const fields = parameters.require('id', 'type');
  const type = fields.type.trim();
  if (type !== '1' && type !== '2') throw ghasedakBadRequest(['type is invalid']);
  const ids = splitList(fields.id).filter((id) => id !== '');
  if (ids.length === 0) throw ghasedakTableError(2);
  if (ids.length > GHASEDAK_MAX_ITEMS) throw ghasedakTableError(3);
  const records = context.store.all('ghasedak');
  const items = ids.map((id) => {
    const record =
      type === '1'
        ? records.find((candidate) => candidate.message.id === id)
        : records.findLast((candidate) => candidate.message.reference === id);
    if (record) return ghasedakMessageItem(record);
    return {
      messageid: type === '1' && /^\d+$/.test(id) ? Number(id) : null,
      message: null,
      status: -1,
      price: 0,
      sender: null,
      receptor: null,
      senddate: null,
    };
  });
  return ghasedakSuccess(items);
};
