import type { ClockController } from '../clock/create-clock';
import type { ProviderName } from '../provider-name';
import type { SimulatedMessage, SimulatedMessageStatus } from '../simulated-message';
import type { ChangeCounter } from './change-counter';
import type { StoredMessage } from './stored-message';

export type NewMessage = Omit<SimulatedMessage, 'status' | 'statusHistory' | 'createdAt' | 'sendAt'> & {
  /** Epoch ms; a time after now schedules the message. */
  sendAtMs?: number;
  cost: number;
  failOnSendCode?: number;
  urlDlr?: string;
  urlResponse?: string;
};

export type StatusListener = (record: StoredMessage, previous: SimulatedMessageStatus) => void;

export interface MessageStore {
  add(input: NewMessage): StoredMessage;
  all(provider?: ProviderName): StoredMessage[];
  byKey(key: number): StoredMessage | undefined;
  byId(provider: ProviderName | undefined, id: string): StoredMessage[];
  /** Delivered now; false when the message is not waiting for a delivery report. */
  deliver(record: StoredMessage): boolean;
  fail(record: StoredMessage, failureCode?: number): boolean;
  /** Canceled now; false unless it was still scheduled. */
  cancel(record: StoredMessage): boolean;
  onStatusChange(listener: StatusListener): void;
  reset(): void;
}

interface StoreDependencies {
  controller: ClockController;
  deliveryDelayMs: number | null;
  changes: ChangeCounter;
}

export function createMessageStore({ controller, deliveryDelayMs, changes }: StoreDependencies): MessageStore {
  let records: StoredMessage[] = [];
  let nextKey = 1;
  const timers = new Map<number, () => void>();
  const listeners: StatusListener[] = [];

  const clearTimer = (record: StoredMessage): void => {
    timers.get(record.key)?.();
    timers.delete(record.key);
  };

  const setStatus = (record: StoredMessage, status: SimulatedMessageStatus): void => {
    const previous = record.message.status;
    record.message.status = status;
    record.message.statusHistory.push({ status, at: new Date(controller.nowMs()).toISOString() });
    changes.bump();
    for (const listener of listeners) listener(record, previous);
  };

  const afterSent = (record: StoredMessage): void => {
    if (record.failOnSendCode !== undefined) {
      record.failureCode = record.failOnSendCode;
      setStatus(record, 'failed');
      return;
    }
    if (record.message.sandbox || deliveryDelayMs === null) return;
    timers.set(
      record.key,
      controller.schedule(controller.nowMs() + deliveryDelayMs, () => {
        timers.delete(record.key);
        if (record.message.status === 'sent') setStatus(record, 'delivered');
      }),
    );
  };

  const markSent = (record: StoredMessage): void => {
    timers.delete(record.key);
    if (record.message.status !== 'scheduled') return;
    setStatus(record, 'sent');
    afterSent(record);
  };

  const waitingForReport = (record: StoredMessage): boolean =>
    record.message.status === 'sent' || record.message.status === 'queued';

  return {
    add(input) {
      const now = controller.nowMs();
      const { sendAtMs, cost, failOnSendCode, urlDlr, urlResponse, ...fields } = input;
      const createdAt = new Date(now).toISOString();
      const scheduled = sendAtMs !== undefined && sendAtMs > now;
      const message: SimulatedMessage = {
        ...fields,
        ...(sendAtMs !== undefined ? { sendAt: new Date(sendAtMs).toISOString() } : {}),
        status: scheduled ? 'scheduled' : 'sent',
        statusHistory: scheduled
          ? [{ status: 'scheduled', at: createdAt }]
          : [
              { status: 'queued', at: createdAt },
              { status: 'sent', at: createdAt },
            ],
        createdAt,
      };
      changes.bump();
      const record: StoredMessage = {
        key: nextKey++,
        ordinal: changes.value,
        message,
        cost,
        ...(failOnSendCode !== undefined ? { failOnSendCode } : {}),
        ...(urlDlr !== undefined ? { urlDlr } : {}),
        ...(urlResponse !== undefined ? { urlResponse } : {}),
      };
      records.push(record);
      if (scheduled)
        timers.set(
          record.key,
          controller.schedule(sendAtMs, () => markSent(record)),
        );
      else afterSent(record);
      return record;
    },
    all: (provider) => (provider ? records.filter((record) => record.message.provider === provider) : [...records]),
    byKey: (key) => records.find((record) => record.key === key),
    byId: (provider, id) =>
      records.filter(
        (record) => record.message.id === id && (provider === undefined || record.message.provider === provider),
      ),
    deliver(record) {
      if (!waitingForReport(record)) return false;
      clearTimer(record);
      setStatus(record, 'delivered');
      return true;
    },
    fail(record, failureCode) {
      if (!waitingForReport(record)) return false;
      clearTimer(record);
      if (failureCode !== undefined) record.failureCode = failureCode;
      setStatus(record, 'failed');
      return true;
    },
    cancel(record) {
      if (record.message.status !== 'scheduled') return false;
      clearTimer(record);
      setStatus(record, 'canceled');
      return true;
    },
    onStatusChange(listener) {
      listeners.push(listener);
    },
    reset() {
      for (const cancel of timers.values()) cancel();
      timers.clear();
      records = [];
      changes.bump();
    },
  };
}
