import type { CallOptions } from '@sms/core';
import { assertText, readId, readNumber, readRecord } from '@sms/core/provider-utils';
import type { GhasedakTransport } from '../ghasedak-transport';
import type { GhasedakContext } from './ghasedak-context';
import { toUnixSeconds } from './ghasedak-dates';
import { assertListSize, assertSendDate } from './ghasedak-inputs';
import { toGhasedakRecipients } from './ghasedak-recipients';
import { assignMessageDetails } from './read-message-details';
import type { GhasedakVoiceApi, GhasedakVoiceMessage, GhasedakVoiceResponse } from './voice-api-types';

export interface VoiceWire {
  message: string;
  receptors: readonly string[];
  sendDate?: Date;
}

function readVoiceMessage(item: unknown): GhasedakVoiceMessage | undefined {
  const record = readRecord(item);
  // Some answers may list bare ids, as the SMS endpoints do.
  const messageId = record === undefined ? readId(item) : readId(record, 'messageid', 'messageId');
  if (messageId === undefined) return undefined;
  const voice: GhasedakVoiceMessage = { messageId, raw: item };
  if (record === undefined) return voice;
  const status = readNumber(record, 'voice', 'status');
  if (status !== undefined) voice.status = status;
  assignMessageDetails(voice, record);
  return voice;
}

export async function postVoice(
  transport: GhasedakTransport,
  wire: VoiceWire,
  options?: CallOptions,
): Promise<GhasedakVoiceResponse> {
  const path = 'voice/send/simple';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      parameters: {
        message: wire.message,
        receptor: wire.receptors,
        senddate: wire.sendDate === undefined ? undefined : toUnixSeconds(wire.sendDate),
      },
    },
    options,
  );
  const items = answer.envelope.items;
  const messages = Array.isArray(items) ? items.map(readVoiceMessage) : [];
  if (!Array.isArray(items) || messages.some((message) => message === undefined))
    throw transport.unexpectedItems(answer, path, 'a list of voice messages');
  return { messages: messages as GhasedakVoiceMessage[], raw: answer.envelope.body };
}

export function createVoiceApi(context: GhasedakContext): GhasedakVoiceApi {
  const { transport, provider } = context;
  return {
    async send(call, options) {
      assertText(call.message, provider);
      assertListSize(call.receptors, provider, 'receptors');
      const receptors = toGhasedakRecipients(call.receptors, provider, 'iranian').wire;
      return postVoice(
        transport,
        {
          message: call.message,
          receptors,
          ...(call.sendDate === undefined ? {} : { sendDate: assertSendDate(call.sendDate, provider) }),
        },
        options,
      );
    },
  };
}
