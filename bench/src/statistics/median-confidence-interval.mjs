/**
 * A distribution-free confidence interval for the median of `values`: the order statistics x(k) and
 * x(n + 1 − k) for the largest k with P(B ≤ k − 1) ≤ (1 − level) / 2, where B ~ Binomial(n, ½). It holds the
 * true median with probability at least `level` whatever the values' distribution, which matters here: the
 * ratio of one bulk round has long tails (a collection or a compile job landing in one variant's 0.4 s).
 *
 * Returns `undefined` when there are too few values for the level (fewer than 6 for 95 %). `coverage` is the
 * interval's exact probability, which is at least `level`.
 *
 * @param {readonly number[]} values
 * @param {number} [level]
 * @returns {{ low: number, high: number, coverage: number, ranks: [number, number] } | undefined}
 */
export function medianConfidenceInterval(values, level = 0.95) {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, not ${level}`);
  const sorted = values.filter(Number.isFinite).sort((left, right) => left - right);
  const count = sorted.length;
  const tail = (1 - level) / 2;
  // P(B = j) built up from P(B = 0) = 2^−n; exact enough for the few hundred rounds a benchmark takes.
  let probability = 0.5 ** count;
  let cumulative = probability;
  let excluded = 0;
  while (excluded < count / 2 && cumulative <= tail) {
    excluded += 1;
    probability *= (count - excluded + 1) / excluded;
    cumulative += probability;
  }
  if (excluded === 0) return undefined;
  // `cumulative` has run one term past P(B ≤ excluded − 1): take that term back off.
  const tailProbability = cumulative - probability;
  return {
    low: sorted[excluded - 1],
    high: sorted[count - excluded],
    coverage: 1 - 2 * tailProbability,
    ranks: [excluded, count - excluded + 1],
  };
}
