import type { SimulatorContext } from '../../context/simulator-context';
import type { StoredMessage } from '../../store/stored-message';
import { analyzeText } from '../../text/analyze-text';
import { isInternationalNumber, toIranianMobile } from '../ghasedak/ghasedak-numbers';
import { GHASEDAK_PRICE_PER_PART } from '../ghasedak/ghasedak-status-code';
import { storeGhasedakMessages } from '../ghasedak/store-ghasedak-messages';
import { GATEWAY_ERROR, GatewayFailure, invalidInput } from './gateway-failure';

export interface PlannedGatewayMessage {
  receptor: string;
  sender: string;
  text: string;
  sendAtMs?: number;
  clientReferenceId?: string;
  template?: { id: string; params: Record<string, string> };
  voice?: boolean;
}

// The docs draft lets a send name a line by what it wants instead of by number; the simulator uses the first line.
const LINE_KEYWORDS = new Set(['priority', 'fastest', 'cheapest']);

/** The line a send goes from: the given one, or the account's first for none or a keyword. */
export function resolveLine(context: SimulatorContext, lineNumber: string | undefined): string {
  const line = lineNumber?.trim();
  if (line === undefined || LINE_KEYWORDS.has(line.toLowerCase())) return context.settings.lines.ghasedak[0] ?? '';
  return line;
}

/**
 * Checks a request's messages (400 empty or bad receptor, 413 too many, 406 a line not the account's, 418 no
 * credit) and records them only when all pass, so a refused request sends nothing. The account, its balance,
 * its ids and its blacklist are the ones v2 uses: one Ghasedak account behind both APIs.
 */
export function acceptGatewayMessages(
  context: SimulatorContext,
  planned: PlannedGatewayMessage[],
  { otp = false }: { otp?: boolean } = {},
): StoredMessage[] {
  if (planned.length === 0) throw new GatewayFailure(GATEWAY_ERROR.invalidInput, 'EmptyReceiver: no receptor given');
  const { maxItems } = context.settings.ghasedakGateway;
  if (planned.length > maxItems)
    throw new GatewayFailure(
      GATEWAY_ERROR.receiversMaxLimit,
      `ReceiversMaxLimit: at most ${maxItems} receptors per request; got ${planned.length}`,
    );
  // Templates go over Ghasedak's service lines, so only other sends must name one of the account's lines.
  const lines = context.settings.lines.ghasedak;
  const foreignLine = planned.find((message) => !lines.includes(message.sender));
  if (!otp && foreignLine)
    throw new GatewayFailure(
      GATEWAY_ERROR.lineOwnership,
      `LineOwnershipError: line ${foreignLine.sender} does not belong to this account`,
    );
  const national = planned.map((message) => toIranianMobile(message.receptor));
  const badReceptor = planned.find(
    (message, index) => national[index] === undefined && !(otp && isInternationalNumber(message.receptor)),
  );
  if (badReceptor) throw invalidInput(`receptor ${JSON.stringify(badReceptor.receptor)} is not a mobile number`);
  const analyses = planned.map((message) => analyzeText(message.text));
  const costs = analyses.map((analysis) => Math.max(1, analysis.segments) * GHASEDAK_PRICE_PER_PART);
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  if (!context.balances.charge('ghasedak', total))
    throw new GatewayFailure(
      GATEWAY_ERROR.notEnoughCredit,
      `NotEnoughCredit: the request costs ${total} Rials; the account holds ${context.balances.get('ghasedak')}`,
    );
  return storeGhasedakMessages(
    context,
    'gateway',
    planned.map(({ clientReferenceId, ...message }) =>
      clientReferenceId === undefined ? message : { ...message, reference: clientReferenceId },
    ),
    { national, analyses, costs },
  );
}
