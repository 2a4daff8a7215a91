import type { SimulatorContext } from '../../context/simulator-context';
import type { StoredMessage } from '../../store/stored-message';
import { analyzeText } from '../../text/analyze-text';
import { ghasedakBadRequest, ghasedakTableError } from './ghasedak-envelope';
import { isInternationalNumber, toIranianMobile } from './ghasedak-numbers';
import { GHASEDAK_PRICE_PER_PART } from './ghasedak-status-code';
import { storeGhasedakMessages } from './store-ghasedak-messages';

export interface PlannedGhasedakMessage {
  receptor: string;
  sender: string;
  text: string;
  sendAtMs?: number;
  checkid?: string;
  template?: { id: string; params: Record<string, string> };
  voice?: boolean;
}

export const GHASEDAK_MAX_ITEMS = 100;

/** `senddate` in Unix seconds, as epoch ms; undefined when absent. */
export function parseSendDate(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d{1,12}$/.test(value.trim())) throw ghasedakBadRequest(['senddate is invalid']);
  return Number(value.trim()) * 1000;
}

/**
 * Checks a request's messages in the order of the seed's error table (2 empty, 3 over 100, 7 line,
 * 8 receptor, 9 credit) and records them only when all pass, so a refused request sends nothing.
 */
export function acceptGhasedakMessages(
  context: SimulatorContext,
  planned: PlannedGhasedakMessage[],
  { allowInternational = false, checkLine = true }: { allowInternational?: boolean; checkLine?: boolean } = {},
): StoredMessage[] {
  if (planned.length === 0 || planned.some((message) => message.receptor === '')) throw ghasedakTableError(2);
  if (planned.length > GHASEDAK_MAX_ITEMS) throw ghasedakTableError(3);
  const lines = context.settings.lines.ghasedak;
  if (checkLine && planned.some((message) => !lines.includes(message.sender))) throw ghasedakTableError(7);
  const national = planned.map((message) => toIranianMobile(message.receptor));
  if (
    national.some(
      (number, index) =>
        number === undefined && !(allowInternational && isInternationalNumber(planned[index]?.receptor ?? '')),
    )
  ) {
    throw ghasedakTableError(8);
  }
  const analyses = planned.map((message) => analyzeText(message.text));
  const costs = analyses.map((analysis) => Math.max(1, analysis.segments) * GHASEDAK_PRICE_PER_PART);
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  if (!context.balances.charge('ghasedak', total)) throw ghasedakTableError(9);
  return storeGhasedakMessages(
    context,
    'v2',
    planned.map(({ checkid, ...message }) => (checkid === undefined ? message : { ...message, reference: checkid })),
    { national, analyses, costs },
  );
}
