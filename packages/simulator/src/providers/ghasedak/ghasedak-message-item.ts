import type { StoredMessage } from '../../store/stored-message';
import { ghasedakStatusCode } from './ghasedak-status-code';

const unixSeconds = (iso: string): string => String(Math.floor(Date.parse(iso) / 1000));

/** A message as `sms/status` (and, with `voice` in place of `status`, `voice/send/simple`) shows it. */
export function ghasedakMessageItem(
  record: StoredMessage,
  statusKey: 'status' | 'voice' = 'status',
): Record<string, unknown> {
  const { message } = record;
  return {
    messageid: Number(message.id),
    message: message.text,
    [statusKey]: ghasedakStatusCode(record),
    price: record.cost,
    sender: message.sender ?? '',
    receptor: message.recipient,
    senddate: unixSeconds(message.sendAt ?? message.createdAt),
  };
}
