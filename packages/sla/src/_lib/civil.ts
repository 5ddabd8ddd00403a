/**
 * Civil-date primitives shared by the whole package. A civil date is handled internally as an
 * "epoch day": the number of days since 1970-01-01 (which is day 0, a Thursday). All arithmetic is
 * integer arithmetic, independent of the host time zone.
 *
 * @internal
 * @module
 */

import { SlaError } from '../errors';
import type { CivilDate } from '../types';
import { show } from './show';

/** Milliseconds in a day. @internal */
export const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of the proleptic Gregorian date y-m-d (Howard Hinnant's days_from_civil).
 * Does not validate. @internal
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A civil date as numbers. @internal */
export interface CivilParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The civil date of an epoch day (Howard Hinnant's civil_from_days). @internal */
export function civilFromDays(n: number): CivilParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether `y` is a Gregorian leap year. @internal */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`. @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day of week of an epoch day: 0 = Sunday … 6 = Saturday. @internal */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

const ZERO = 48;

/**
 * Parses a strict `'YYYY-MM-DD'` string (years 0001–9999) into an epoch day, or returns `NaN` when it
 * is malformed or not a real date. Hot path: no allocation, no regex. @internal
 */
export function tryParseCivilDate(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return Number.NaN;
    y = y * 10 + c;
  }
  const m1 = s.charCodeAt(5) - ZERO;
  const m2 = s.charCodeAt(6) - ZERO;
  const d1 = s.charCodeAt(8) - ZERO;
  const d2 = s.charCodeAt(9) - ZERO;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9)
    return Number.NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Parses a strict `'YYYY-MM-DD'` civil date into an epoch day.
 *
 * @param s - The civil date.
 * @param fn - The public function's name, for the error message.
 * @throws {SlaError} `INVALID_DATE` when `s` is not a real `'YYYY-MM-DD'` date.
 * @internal
 */
export function parseCivilDate(s: unknown, fn: string): number {
  const n = typeof s === 'string' ? tryParseCivilDate(s) : Number.NaN;
  if (Number.isNaN(n)) {
    const shown = show(s);
    throw new SlaError(
      'INVALID_DATE',
      {
        en: `${fn}: expected a civil date 'YYYY-MM-DD' that exists, got ${shown}`,
        vi: `${fn}: ngày phải có dạng 'YYYY-MM-DD' và có thật, nhận được ${shown}`,
      },
      { value: s },
    );
  }
  return n;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function pad4(n: number): string {
  if (n >= 1000) return `${n}`;
  if (n >= 100) return `0${n}`;
  if (n >= 10) return `00${n}`;
  return `000${n}`;
}

/** Formats y-m-d as `'YYYY-MM-DD'`. @internal */
export function formatParts(y: number, m: number, d: number): CivilDate {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** Formats an epoch day as `'YYYY-MM-DD'`. @internal */
export function formatCivilDate(epochDay: number): CivilDate {
  const p = civilFromDays(epochDay);
  return formatParts(p.year, p.month, p.day);
}
