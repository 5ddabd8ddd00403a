/** The Wilson score interval, without argument checks (internal). @module */
import type { ConfidenceInterval } from './aggregateTypes';

/** z for a two-sided 95 % interval: the 0.975 quantile of the standard normal distribution. */
export const Z95 = 1.959963984540054;

/**
 * The Wilson score interval of a share `p` observed on `n` trials (n may be an effective,
 * non-integer size); `null` when `n` is not positive.
 */
export function wilson(p: number, n: number, z: number = Z95): ConfidenceInterval | null {
  if (!(n > 0) || !Number.isFinite(n)) return null;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    lower: p <= 0 ? 0 : Math.max(0, center - half),
    upper: p >= 1 ? 1 : Math.min(1, center + half),
  };
}
