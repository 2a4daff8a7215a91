import type { SimulatorContext } from '../../context/simulator-context';
import type { StoredMessage } from '../../store/stored-message';
import type { TextAnalysis } from '../../text/analyze-text';
import type { SendOptions } from './send-options';
import { SMSPARTNER_PRICE_PER_SMS } from './smspartner-status-text';

export interface PlannedSmspartnerMessage {
  phoneNumber: string;
  text: string;
  analysis: TextAnalysis;
}

/** The price of one message: per SMS part, nothing in the sandbox. */
export const smspartnerCost = (analysis: TextAnalysis, options: SendOptions): number =>
  options.sandbox ? 0 : Math.max(1, analysis.segments) * SMSPARTNER_PRICE_PER_SMS;

/** Records one message per recipient, all under one SMS Partner message id (numeric, as in the send answer). */
export function recordSmspartnerMessages(
  context: SimulatorContext,
  planned: PlannedSmspartnerMessage[],
  options: SendOptions,
): { messageId: number; records: StoredMessage[] } {
  const messageId = context.ids.smspartner.next();
  const records = planned.map((entry) =>
    context.store.add({
      provider: 'smspartner',
      id: String(messageId),
      batchId: String(messageId),
      ...(options.sender !== undefined ? { sender: options.sender } : {}),
      recipient: entry.phoneNumber,
      text: entry.text,
      encoding: entry.analysis.encoding,
      segments: entry.analysis.segments,
      cost: smspartnerCost(entry.analysis, options),
      ...(options.sendAtMs !== undefined ? { sendAtMs: options.sendAtMs } : {}),
      ...(options.tag !== undefined ? { reference: options.tag } : {}),
      ...(options.sandbox ? { sandbox: true } : {}),
      ...(options.urlDlr !== undefined ? { urlDlr: options.urlDlr } : {}),
      ...(options.urlResponse !== undefined ? { urlResponse: options.urlResponse } : {}),
    }),
  );
  return { messageId, records };
}
