// @ts-check
/** The statistics the figures are reported with: medians and nearest-rank percentiles. */

/** @param {number[]} values */
export function median(values) {
  return percentile(values, 0.5);
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
