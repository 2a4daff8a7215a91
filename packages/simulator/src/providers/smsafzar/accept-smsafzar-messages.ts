import { randomUUID } from 'node:crypto';
import type { SimulatorContext } from '../../context/simulator-context';
import type { StoredMessage } from '../../store/stored-message';
import { analyzeText } from '../../text/analyze-text';
import { SMSAFZAR_MESSAGES, smsafzarError } from './smsafzar-errors';
import type { ValidationError } from './smsafzar-errors';
import { toLineNumber, toNationalMobile } from './smsafzar-numbers';
import { SMSAFZAR_PRICE_PER_PART } from './smsafzar-status-code';
import { invalidError, messageError, textValue } from './smsafzar-validation';

export interface PlannedSmsafzarMessage {
  sender: string;
  recipient: string;
  text: string;
  template?: { id: string; params: Record<string, string> };
}

/** `sendTimestamp` (Unix seconds, UTC, in the future) as epoch ms, or a validation error. */
export function readSendTimestamp(value: unknown, nowMs: number, errors: ValidationError[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = textValue(value);
  if (text === undefined || !/^\d{1,12}$/.test(text.trim())) {
    errors.push(invalidError('sendTimestamp'));
    return undefined;
  }
  const at = Number(text) * 1000;
  if (at <= nowMs) {
    errors.push(messageError('sendTimestamp', '.زمان ارسال می بایست بزرگتر از زمان جاری سیستم باشد'));
    return undefined;
  }
  return at;
}

/** Recipient format checks shared by every send: adds a 1001 entry for a number in no known notation. */
export function checkRecipient(raw: string | undefined, field: string, errors: ValidationError[]): void {
  if (raw !== undefined && toNationalMobile(raw) === undefined) errors.push(invalidError(field));
}

export function checkSender(
  raw: string | undefined,
  field: string,
  lines: readonly string[],
  errors: ValidationError[],
): void {
  if (raw !== undefined && toLineNumber(raw, lines) === undefined) errors.push(invalidError(field));
}

/**
 * After validation: 1053 for a line the account does not own, then credit, then records every message
 * under one batch id. Nothing is recorded when any check fails.
 */
export function acceptSmsafzarMessages(
  context: SimulatorContext,
  planned: PlannedSmsafzarMessage[],
  sendAtMs: number | undefined,
): StoredMessage[] {
  const lines = context.settings.lines.smsafzar;
  const senders = planned.map((message) => toLineNumber(message.sender, lines));
  if (senders.some((line) => line === undefined || !lines.includes(line)))
    throw smsafzarError(400, 1053, SMSAFZAR_MESSAGES.lineNotDefined);
  const analyses = planned.map((message) => analyzeText(message.text));
  const costs = analyses.map((analysis) => Math.max(1, analysis.segments) * SMSAFZAR_PRICE_PER_PART);
  // Not documented: the simulator's convention for an account without enough credit.
  if (
    !context.balances.charge(
      'smsafzar',
      costs.reduce((sum, cost) => sum + cost, 0),
    )
  ) {
    throw smsafzarError(400, 1030, SMSAFZAR_MESSAGES.insufficientCredit);
  }
  const batchId = randomUUID();
  return planned.map((message, index) => {
    const analysis = analyses[index] ?? analyzeText(message.text);
    return context.store.add({
      provider: 'smsafzar',
      id: randomUUID(),
      batchId,
      sender: senders[index] ?? message.sender,
      recipient: message.recipient,
      text: message.text,
      encoding: analysis.encoding,
      segments: analysis.segments,
      cost: costs[index] ?? 0,
      ...(sendAtMs !== undefined ? { sendAtMs } : {}),
      ...(message.template ? { template: message.template } : {}),
    });
  });
}
