/** Patterns shared by the survey module (internal). @module */

/** Question, element keys: a letter, then letters, digits or `_`, at most 64. */
export const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Option values: a letter or digit, then letters, digits, `_`, `.`, `-`, at most 64. */
export const OPTION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Survey ids: a letter or digit, then letters, digits, `_`, `.`, `-`, at most 128. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** Unit, procedure and stratum codes: a letter or digit (any script), then also `.`, `_`, `-`, space. */
export const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._ -]{0,63}$/u;

/** Reporting periods: year, month, quarter, half-year, ISO week or civil date. */
export const PERIOD_PATTERN =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12]|-W(?:0[1-9]|[1-4]\d|5[0-3]))?$/;

/**
 * Dossier codes, parsed loosely (the agency grammar is not fixed by any text we could read):
 * `{agency}-{yymmdd}-{sequence of 4 to 7 digits}`, the agency 1–60 visible ASCII characters and the
 * sequence not all zeros, as `@motcua/core`'s `isDossierCode` reads them; only the day's existence
 * (30/02) is left to core, which a pattern cannot check.
 */
export const DOSSIER_CODE_PATTERN =
  /^[\x21-\x7E]{1,60}-\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-(?!0+$)\d{4,7}$/;

/** Whether `key` is a name that plain objects inherit (`constructor`, `toString`…). */
export function isReservedKey(key: string): boolean {
  return key in Object.prototype;
}

/** The group key used in `agg.groups` for responses without the grouping field. */
export const NONE_GROUP = '(none)';

/** The channels a response's metadata may name. */
export const META_CHANNELS = ['direct', 'online', 'postal', 'other'] as const;

/** The lowest value a rating scale may start or end at. */
export const SCALE_LOWEST = -100;
/** The highest value a rating scale may start at. */
export const SCALE_START_HIGHEST = 100;
/** The highest value a rating scale may end at. */
export const SCALE_HIGHEST = 200;

/**
 * Whether `{ min, max }` is a rating scale a definition allows: whole numbers within the bounds
 * above, `min ≤ max`. Checked again on aggregates from JSON, where a 1e9-value scale would be
 * expanded value by value.
 */
export function isScale(min: unknown, max: unknown): boolean {
  return (
    Number.isSafeInteger(min) &&
    Number.isSafeInteger(max) &&
    (min as number) >= SCALE_LOWEST &&
    (min as number) <= SCALE_START_HIGHEST &&
    (max as number) <= SCALE_HIGHEST &&
    (min as number) <= (max as number)
  );
}

/** The smallest per-response weight (`meta.weight`) read. */
export const WEIGHT_MIN = 0.001;
/** The largest per-response weight read. */
export const WEIGHT_MAX = 1000;
/** The largest stratum weight (`weight: { strata }`): statistics over it stay finite. */
export const MAX_STRATUM_WEIGHT = 1e6;
/** The significant digits a per-response weight is read to. */
export const WEIGHT_DIGITS = 3;
/**
 * The most cells an aggregate level can hold: one per weight on the 3-significant-digit grid from
 * 0.001 to 1000 (900 per decade × 6 decades, plus 1000 itself).
 */
export const MAX_CELLS = 5401;

/**
 * A per-response weight on the grid motcua reads weights to: 3 significant digits (relative error
 * at most 0.05 %), so that a weighted aggregate keeps a bounded number of cells and stays exact and
 * mergeable; `null` outside 0.001–1000 or not a finite number.
 */
export function gridWeight(w: unknown): number | null {
  if (typeof w !== 'number' || !(w >= WEIGHT_MIN && w <= WEIGHT_MAX)) return null;
  // `Number(w.toPrecision(3))` is the definition; it allocates a string per response, so the hot
  // path rounds arithmetically and keeps the definition for products within 1e-9 of a tie, where
  // the scaled double could round the other way. Near a power of ten either exponent gives the
  // same value (100 × 10^(e-2) = 1000 × 10^(e-3)).
  let e = 0;
  while (e < GRID_SCALES.length - 1 && w >= (GRID_POWERS[e + 1] as number)) e++;
  const scale = GRID_SCALES[e] as number;
  const x = w * scale;
  const n = Math.round(x);
  if (Math.abs(Math.abs(x - n) - 0.5) < 1e-9) return Number(w.toPrecision(WEIGHT_DIGITS));
  return n / scale;
}

/** The decades of the weight grid, 0.001 to 100, and what scales each to three digits. */
const GRID_POWERS = [0.001, 0.01, 0.1, 1, 10, 100];
const GRID_SCALES = [1e5, 1e4, 1e3, 100, 10, 1];
