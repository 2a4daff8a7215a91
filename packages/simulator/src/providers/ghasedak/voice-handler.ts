import { acceptGhasedakMessages, parseSendDate } from './accept-ghasedak-messages';
import { ghasedakSuccess } from './ghasedak-envelope';
import type { GhasedakHandler } from './ghasedak-handler';
import { ghasedakMessageItem } from './ghasedak-message-item';
import { splitList } from './ghasedak-parameters';

/** `voice/send/simple`: the text read out by a call; answers with one object per receptor. */
export const handleVoice: GhasedakHandler = ({ context, parameters }) => {
  const { message, receptor } = parameters.require('message', 'receptor');
  const sendAtMs = parseSendDate(parameters.get('senddate'));
  const sender = context.settings.lines.ghasedak[0] ?? '';
  const records = acceptGhasedakMessages(
    context,
    splitList(receptor).map((number) => ({
      receptor: number,
      sender,
      text: message,
      voice: true,
      ...(sendAtMs !== undefined ? { sendAtMs } : {}),
    })),
    { checkLine: false },
  );
  return ghasedakSuccess(records.map((record) => ghasedakMessageItem(record, 'voice')));
};
