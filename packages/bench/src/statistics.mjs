// @ts-check
// Median and spread of a benchmark's rounds. Medians, not means: one round disturbed by
// another process on a 2-core machine should not move the figure.

/**
 * @typedef {{ median: number, min: number, max: number, q1: number, q3: number, rounds: number }} Summary
 */

/**
 * The value below which `p` (0..1) of the sorted values lie, interpolated between neighbours.
 * @param {readonly number[]} sorted  ascending
 * @param {number} p
 */
function quantile(sorted, p) {
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (at - below);
}

/**
 * @param {readonly number[]} values  one per round
 * @returns {Summary}
 */
export function summarize(values) {
  if (values.length === 0) throw new RangeError("summarize: no values");
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    rounds: sorted.length,
  };
}

/**
 * Round-by-round ratios: each round's `numerator` over the same round's `denominator`, so
 * drift that slows a whole round cancels out.
 * @param {readonly number[]} numerator
 * @param {readonly number[]} denominator
 */
export function pairedRatios(numerator, denominator) {
  return numerator.map((value, i) => value / (denominator[i] ?? Number.NaN));
}
