import type { StoredMessage } from '../../store/stored-message';
import { gatewaySuccess } from './gateway-envelope';
import { invalidInput } from './gateway-failure';
import type { GatewayHandler } from './gateway-handler';
import { statusItem } from './gateway-message-item';
import { queryValue, queryValues } from './gateway-request';

const MAX_IDS = 100;

/** `Type`: 1 or `MessageId` (message ids), 2 or `ClientReferenceId` (the C# SDK sends the enum's name). */
function readIdType(value: string | undefined): 'messageId' | 'clientReferenceId' {
  const type = value?.toLowerCase();
  if (type === '1' || type === 'messageid') return 'messageId';
  if (type === '2' || type === 'clientreferenceid') return 'clientReferenceId';
  if (type === undefined) throw invalidInput('Type is required (1: message ids, 2: client reference ids)');
  throw invalidInput(`Type must be 1 (MessageId) or 2 (ClientReferenceId); got ${JSON.stringify(value)}`);
}

/**
 * `CheckSmsStatus`: a bare array with a row per message found, in request order. Ids come comma-separated or
 * repeated (`Ids=1&Ids=2`); a client reference id names every message sent with it (a bulk batch: one row per
 * receptor). Unknown ids get no row.
 */
export const handleCheckStatus: GatewayHandler = ({ context, request }) => {
  const ids = queryValues(request, 'Ids')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const type = readIdType(queryValue(request, 'Type'));
  if (ids.length === 0) throw invalidInput('Ids is required');
  if (ids.length > MAX_IDS) throw invalidInput(`at most ${MAX_IDS} Ids per call; got ${ids.length}`);
  // One account behind both APIs: a message sent through v2 is found here too.
  const records = context.store.all('ghasedak');
  const rows: StoredMessage[] = ids.flatMap((id) =>
    records.filter((record) => (type === 'messageId' ? record.message.id : record.message.reference) === id),
  );
  return gatewaySuccess(rows.map(statusItem));
};
