import { GHASEDAK_MAX_ITEMS } from './accept-ghasedak-messages';
import { ghasedakSuccess, ghasedakTableError } from './ghasedak-envelope';
import type { GhasedakHandler } from './ghasedak-handler';
import { splitList } from './ghasedak-parameters';

/** `sms/cancel`: only scheduled messages can be canceled; the answer lists the ids that were, refunded. */
export const handleCancel: GhasedakHandler = ({ context, parameters }) => {
  const { messageid } = parameters.require('messageid');
  const ids = splitList(messageid).filter((id) => id !== '');
  if (ids.length === 0) throw ghasedakTableError(2);
  if (ids.length > GHASEDAK_MAX_ITEMS) throw ghasedakTableError(3);
  const canceled: number[] = [];
  for (const id of ids) {
    for (const record of context.store.byId('ghasedak', id)) {
      if (context.store.cancel(record)) {
        context.balances.refund('ghasedak', record.cost);
        canceled.push(Number(id));
      }
    }
  }
  return ghasedakSuccess(canceled);
};
