/** The simulator's time. `advance` and `set` move it only with `clock: 'manual'`. */
export interface SimulatorClock {
  now(): Date;
  advance(milliseconds: number): void;
  set(date: Date): void;
}

export type ClockKind = 'real' | 'manual';
