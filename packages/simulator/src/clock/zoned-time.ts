export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of `date` in `timeZone`. */
export function toLocalDateTime(date: Date, timeZone: string): Required<LocalDateTime> {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function asUtcMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second ?? 0);
}

/** The instant at which the wall clock in `timeZone` shows `local` (the earlier one in a DST overlap). */
export function fromLocalDateTime(local: LocalDateTime, timeZone: string): Date {
  const wanted = asUtcMs(local);
  let guess = wanted;
  // Two corrections settle the offset, including across a DST change.
  for (let step = 0; step < 3; step += 1) {
    const offset = asUtcMs(toLocalDateTime(new Date(guess), timeZone)) - guess;
    guess = wanted - offset;
  }
  return new Date(guess);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD HH:mm:ss` in `timeZone`. */
export function formatLocalDateTime(date: Date, timeZone: string, separator = ' '): string {
  const local = toLocalDateTime(date, timeZone);
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}${separator}${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
}
