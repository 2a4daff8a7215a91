import type { StoredMessage } from '../../store/stored-message';
import { operatorOf, toNationalMobile } from './smsafzar-numbers';
import { formatRials, SMSAFZAR_STATUS_CODES } from './smsafzar-status-code';

/** The `message` object of a send answer, shaped like the template seed's example. */
export function smsafzarMessageObject(record: StoredMessage): Record<string, unknown> {
  const { message } = record;
  const national = toNationalMobile(message.recipient) ?? message.recipient;
  return {
    sentMessageId: message.id,
    senderNumber: message.sender ?? '',
    recipientNumber: national,
    content: message.text,
    language: message.encoding === 'GSM-7' ? 'English' : 'Persian',
    operator: operatorOf(national),
    parts: String(message.segments),
    cost: formatRials(record.cost),
    // 1 (accepted) as in the seed; a scheduled message reports 5, the simulator's code for scheduled.
    messageStatus: message.status === 'scheduled' ? SMSAFZAR_STATUS_CODES.scheduled : SMSAFZAR_STATUS_CODES.queued,
  };
}
