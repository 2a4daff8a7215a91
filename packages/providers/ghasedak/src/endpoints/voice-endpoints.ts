import type { CallOptions } from '@sms/core';
import type { GhasedakVoiceMessage, GhasedakVoiceResponse } from '../native/voice-api-types';
import { parseGhasedakDate, toUnixSeconds } from '../wire/ghasedak-dates';
import type { GhasedakTransport } from '../wire/ghasedak-transport';
import { readField, readId, readNumber, readRecord, readString } from '../wire/read-value';

export interface VoiceWire {
  message: string;
  receptors: readonly string[];
  sendDate?: Date;
}

function readVoiceMessage(item: unknown): GhasedakVoiceMessage | undefined {
  const record = readRecord(item);
  // Some answers may list bare ids, as the SMS endpoints do.
  const messageId = readId(record === undefined ? item : readField(record, 'messageid', 'messageId'));
  if (messageId === undefined) return undefined;
  const voice: GhasedakVoiceMessage = { messageId, raw: item };
  if (record === undefined) return voice;
  const message = readString(record.message);
  const status = readNumber(record.voice ?? record.status);
  const price = readNumber(record.price);
  const sender = readString(record.sender);
  const receptor = readString(record.receptor);
  const sendDate = parseGhasedakDate(record.senddate);
  if (message !== undefined) voice.message = message;
  if (status !== undefined) voice.status = status;
  if (price !== undefined) voice.price = price;
  if (sender !== undefined) voice.sender = sender;
  if (receptor !== undefined) voice.receptor = receptor;
  if (sendDate !== undefined) voice.sendDate = sendDate;
  return voice;
}

export async function postVoice(transport: GhasedakTransport, wire: VoiceWire, options?: CallOptions): Promise<GhasedakVoiceResponse> {
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
  if (!Array.isArray(items) || messages.some((message) => message === undefined)) throw transport.unexpectedItems(answer, path, 'a list of voice messages');
  return { messages: messages as GhasedakVoiceMessage[], raw: answer.envelope.body };
}
