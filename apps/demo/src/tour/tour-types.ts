export type Integration = 'nestjs' | 'express' | 'nodemailer' | 'client';

export interface TourRow {
  step: string;
  provider: string;
  integration: Integration;
  ok: boolean;
  result: string;
  ms: number;
}

export interface TourStep {
  step: string;
  provider: string;
  integration: Integration;
  /** Returns a one-line summary; throws when the step did not work. */
  run: () => Promise<string>;
}

export interface TourReporter {
  stepStarted?(step: TourStep): void;
  stepFinished?(row: TourRow): void;
  progress?(label: string, done: number, total: number): void;
}
