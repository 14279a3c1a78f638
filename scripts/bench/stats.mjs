// @ts-check
/** The statistics the figures are reported with: medians and nearest-rank percentiles. */

/** @param {number[]} values */
export function median(values) {
  return percentile(values, 0.5);
}

/**
 * The median of an even number of values as the mean of the middle two, where `median` takes the
 * lower one: for a ratio read against a target, which the lower one would flatter.
 * @param {number[]} values
 */
export function middleMedian(values) {
  if (values.length % 2 === 1) return Number(median(values));
  const sorted = [...values].sort((a, b) => a - b);
  return (Number(sorted[values.length / 2 - 1]) + Number(sorted[values.length / 2])) / 2;
}

/**
 * Nearest-rank percentile.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** @param {number} value */
export function round1(value) {
  return Math.round(value * 10) / 10;
}

/** @param {number} value */
export function round2(value) {
  return Math.round(value * 100) / 100;
}
