import { formatLocalDateTime } from '../../clock/zoned-time';
import { createIdSequence } from '../../store/id-sequence';
import { SMSPARTNER_TIME_ZONE } from './read-schedule';

export interface StopEntry {
  id: number;
  phoneNumber: string;
  createdAt: string;
}

/** The account's STOP SMS list (opt-outs), by E.164 number. */
export interface StopList {
  add(phoneNumber: string, at: Date): StopEntry | undefined;
  has(phoneNumber: string): boolean;
  remove(id: number): boolean;
  entries(): StopEntry[];
  reset(): void;
}

export function createStopList(): StopList {
  const ids = createIdSequence(1);
  let entries: StopEntry[] = [];
  return {
    add(phoneNumber, at) {
      if (entries.some((entry) => entry.phoneNumber === phoneNumber)) return undefined;
      const entry = { id: ids.next(), phoneNumber, createdAt: formatLocalDateTime(at, SMSPARTNER_TIME_ZONE) };
      entries.push(entry);
      return entry;
    },
    has: (phoneNumber) => entries.some((entry) => entry.phoneNumber === phoneNumber),
    remove(id) {
      const before = entries.length;
      entries = entries.filter((entry) => entry.id !== id);
      return entries.length !== before;
    },
    entries: () => entries.map((entry) => ({ ...entry })),
    reset() {
      entries = [];
    },
  };
}
