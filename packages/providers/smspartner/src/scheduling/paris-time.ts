/** A wall-clock reading in one time zone. Months are 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const PARIS = 'Europe/Paris';
let formatter: Intl.DateTimeFormat | undefined;

// Made on first use: building an Intl formatter at import time would be a side effect of importing the package.
function parisFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return formatter;
}

/** What a clock in Paris shows at an instant (summer and winter time handled by the time-zone database). */
export function parisWallClock(instant: Date | number): WallClock {
  const parts = parisFormatter().formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

function offsetAt(instant: number): number {
  const clock = parisWallClock(instant);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a Paris wall-clock reading stands for. Readings in the hour that repeats or is skipped when
 * the clocks change are ambiguous; one of the candidate instants is returned.
 */
export function fromParisWallClock(clock: WallClock): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const first = asUtc - offsetAt(asUtc);
  const second = asUtc - offsetAt(first);
  return new Date(Math.min(first, second));
}
