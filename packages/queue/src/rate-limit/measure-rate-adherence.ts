export interface RateAdherence {
  /** Calls whose time falls in the window. */
  count: number;
  achievedPerSecond: number;
  /** How far the achieved rate is from the limit, in percent of the limit (negative: below it). */
  deviationPercent: number;
  /** `achieved 19.93/s for 20/s (-0.35 %)` */
  summary: string;
}

/**
 * How closely calls kept to a rate over a window: `times` are the moments the provider saw the calls (ms, any
 * epoch), `from` inclusive, `to` exclusive. For benchmarks and tests of the shared rate limits; pick a window
 * where the senders were busy all along, since an idle spell lowers the figure.
 */
export function measureRateAdherence(
  times: readonly number[],
  window: { from: number; to: number; requestsPerSecond: number },
): RateAdherence {
  const seconds = (window.to - window.from) / 1000;
  const count = times.filter((time) => time >= window.from && time < window.to).length;
  const achievedPerSecond = seconds > 0 ? count / seconds : 0;
  const deviationPercent = ((achievedPerSecond - window.requestsPerSecond) / window.requestsPerSecond) * 100;
  const sign = deviationPercent >= 0 ? '+' : '';
  return {
    count,
    achievedPerSecond,
    deviationPercent,
    summary: `achieved ${achievedPerSecond.toFixed(2)}/s for ${window.requestsPerSecond}/s (${sign}${deviationPercent.toFixed(2)} %)`,
  };
}
