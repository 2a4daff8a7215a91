import type { SimulatorContext } from '../../context/simulator-context';
import type { GhasedakApi } from '../../simulated-message';
import type { StoredMessage } from '../../store/stored-message';
import { analyzeText, type TextAnalysis } from '../../text/analyze-text';
import { toIranianMobile } from './ghasedak-numbers';

/** A Ghasedak message accepted by either API, ready to record. */
export interface AcceptedGhasedakMessage {
  receptor: string;
  sender: string;
  text: string;
  sendAtMs?: number;
  /** v2's `checkid` or the gateway's `clientReferenceId`. */
  reference?: string;
  template?: { id: string; params: Record<string, string> };
  voice?: boolean;
}

/**
 * Records a request's messages, already checked and charged, for the one Ghasedak account behind both APIs:
 * the same ids, balance and blacklist (a blacklisted number fails with v2's status 27, which the gateway shows
 * as its own status 2).
 */
export function storeGhasedakMessages(
  context: SimulatorContext,
  api: GhasedakApi,
  messages: readonly AcceptedGhasedakMessage[],
  priced: { national: readonly (string | undefined)[]; analyses: readonly TextAnalysis[]; costs: readonly number[] },
): StoredMessage[] {
  const blacklist = new Set(context.settings.blacklist.ghasedak.map((number) => toIranianMobile(number) ?? number));
  return messages.map((message, index) => {
    const analysis = priced.analyses[index] ?? analyzeText(message.text);
    return context.store.add({
      provider: 'ghasedak',
      api,
      id: String(context.ids.ghasedak.next()),
      sender: message.sender,
      recipient: message.receptor,
      text: message.text,
      encoding: analysis.encoding,
      segments: analysis.segments,
      cost: priced.costs[index] ?? 0,
      ...(message.sendAtMs !== undefined ? { sendAtMs: message.sendAtMs } : {}),
      ...(message.reference !== undefined ? { reference: message.reference } : {}),
      ...(message.template ? { template: message.template } : {}),
      ...(message.voice ? { voice: true } : {}),
      ...(blacklist.has(priced.national[index] ?? message.receptor) ? { failOnSendCode: 27 } : {}),
    });
  });
}
