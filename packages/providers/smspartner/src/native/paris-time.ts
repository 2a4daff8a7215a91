import { instantOfWallClock, wallClockIn, type WallClock } from '@sms/core/provider-utils';

export type { WallClock };

// SMS Partner reads and writes its local times in Paris time.
const PARIS = 'Europe/Paris';

/** What a clock in Paris shows at an instant (summer and winter time handled by the time-zone database). */
export function parisWallClock(instant: Date | number): WallClock {
  return wallClockIn(instant, PARIS);
}

/** The instant a Paris wall-clock reading stands for (the earlier one in the hour that repeats in autumn). */
export function fromParisWallClock(clock: WallClock): Date {
  return instantOfWallClock(clock, PARIS);
}
