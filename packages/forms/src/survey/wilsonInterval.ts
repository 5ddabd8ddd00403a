import { describeValue } from '@motcua/errors';
import { FormsError } from '../errors';
import type { ConfidenceInterval } from './aggregateTypes';
import { wilson, Z95 } from './wilson';

/**
 * The Wilson score interval of a share: the confidence interval {@link aggregate} reports for
 * every satisfied share. Unlike the textbook "p ± 1.96·√(p(1−p)/n)" interval, it stays inside
 * [0, 1] and behaves well for small samples and shares near 0 or 1:
 *
 * `(p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)`
 *
 * @param share - The observed share `p`, from 0 to 1.
 * @param n - The sample size: a count, or an effective (Kish) size for weighted samples; 1e-6 to 1e15.
 * @param z - The normal quantile (default 1.959963984540054, a two-sided 95 % interval).
 * @returns The interval `{ lower, upper }`.
 * @throws {SurveyError} `INVALID_ARGUMENT` if `share` is outside [0, 1], `n` outside 1e-6 to 1e15,
 * or `z` outside (0, 10].
 *
 * @example
 * ```ts
 * import { wilsonInterval } from '@motcua/forms';
 *
 * // 7 satisfied out of 10
 * wilsonInterval(0.7, 10);
 * //=> { lower: 0.39677…, upper: 0.89220… }
 * // with the rounded textbook z = 1.96
 * wilsonInterval(0.7, 10, 1.96).upper; //=> 0.89221…
 * ```
 * @category Survey statistics
 */
export function wilsonInterval(share: number, n: number, z: number = Z95): ConfidenceInterval {
  if (typeof share !== 'number' || typeof n !== 'number' || typeof z !== 'number')
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: 'wilsonInterval: tỷ lệ, cỡ mẫu và z phải là số',
        en: 'wilsonInterval: share, n and z must be numbers',
      },
      {},
    );
  if (!(share >= 0 && share <= 1)) {
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: `wilsonInterval: tỷ lệ phải từ 0 đến 1, nhận được ${share}`,
        en: `wilsonInterval: share must be between 0 and 1, got ${describeValue(share)}`,
      },
      { share },
    );
  }
  // Bounds that keep the arithmetic finite: an effective sample below 1e-6 or above 1e15, or a z
  // beyond 10 (a confidence past 1 − 1e-23), is not a survey.
  if (!(n >= 1e-6 && n <= 1e15) || !(z > 0 && z <= 10)) {
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: `wilsonInterval: cỡ mẫu n phải từ 1e-6 đến 1e15 và z trong (0, 10], nhận được n = ${n}, z = ${z}`,
        en: `wilsonInterval: n must be from 1e-6 to 1e15 and z in (0, 10], got n = ${n}, z = ${z}`,
      },
      { n, z },
    );
  }
  return wilson(share, n, z) as ConfidenceInterval;
}
