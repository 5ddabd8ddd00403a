/**
 * Report periods: bounds read as civil dates, months or instants in the calendar's zone, and the
 * sub-periods (day, ISO week, month, quarter, year) of a period breakdown.
 *
 * @internal
 * @module
 */
import { civilDateOf, startOfCivilDay, type WorkingCalendar } from '@motcua/sla';
import { instantOf } from '../_lib/instant';
import { CoreError } from '../errors';
import type { ReportGranularity } from './counts';

/** The instant of local midnight starting civil day y-m-d in `timeZone` (the one zone engine of sla). */
function localMidnight(y: number, m: number, d: number, timeZone: string): number {
  const t = new Date(Date.UTC(y, m - 1, d));
  const iso = `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
  return startOfCivilDay(iso, timeZone).getTime();
}

/** The civil date of `ms` in `timeZone`, as a UTC-midnight `Date` (its UTC fields are the civil ones). */
function localDate(ms: number, timeZone: string): Date {
  return new Date(`${civilDateOf(new Date(ms), timeZone)}T00:00:00Z`);
}

/** The most sub-periods one report may have (a day-by-day report over 27 years). */
const MAX_BUCKETS = 10_000;

/**
 * A period bound: a civil date `'2026-02-01'` or a month `'2026-02'` (its first day), read in the
 * calendar's zone, or an instant (a `Date` or an ISO string with its offset).
 */
export function periodBound(value: unknown, what: string, cal: WorkingCalendar): number {
  const ms = readBound(value, what, cal);
  // Report periods live in the calendar's years: 1900 to 2200 (no two-digit years, no year 9999).
  if (ms < MIN_BOUND || ms > MAX_BOUND)
    throw new CoreError(
      'OUT_OF_RANGE',
      {
        en: `aggregateDossiers: ${what} must be between 1900-01-01 and 2200-01-01`,
        vi: `aggregateDossiers: ${what} phải trong khoảng 1900-01-01 đến 2200-01-01`,
      },
      { value },
    );
  return ms;
}

const MIN_BOUND = Date.UTC(1899, 11, 31);
const MAX_BOUND = Date.UTC(2200, 0, 2);

function readBound(value: unknown, what: string, cal: WorkingCalendar): number {
  if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value)) {
    try {
      return startOfCivilDay(value.length === 7 ? `${value}-01` : value, cal.timeZone).getTime();
    } catch (e) {
      throw new CoreError(
        'INVALID_DATE',
        {
          en: `aggregateDossiers: ${what}: ${(e as Error).message}`,
          vi: `aggregateDossiers: ${what}: ${(e as CoreError).messageVi}`,
        },
        { value },
        { cause: e },
      );
    }
  }
  return instantOf(value, `aggregateDossiers: ${what}`).getTime();
}

/** A sub-period. @internal */
export interface Bucket {
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return {
    year: t.getUTCFullYear(),
    week: Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7),
  };
}

/** Splits `[from, to)` into the sub-periods of `granularity` (in the calendar's zone). */
export function buckets(
  from: number,
  to: number,
  granularity: ReportGranularity,
  timeZone: string,
): Bucket[] {
  const out: Bucket[] = [];
  const d0 = localDate(from, timeZone);
  let y = d0.getUTCFullYear();
  let m = d0.getUTCMonth() + 1;
  let d = d0.getUTCDate();
  // Align to the start of the sub-period containing `from`.
  if (granularity === 'week') {
    const dow = d0.getUTCDay() || 7;
    const s = new Date(Date.UTC(y, m - 1, d - (dow - 1)));
    [y, m, d] = [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate()];
  } else if (granularity === 'month') d = 1;
  else if (granularity === 'quarter') [m, d] = [m - ((m - 1) % 3), 1];
  else if (granularity === 'year') [m, d] = [1, 1];
  let start = localMidnight(y, m, d, timeZone);
  while (start < to) {
    if (out.length >= MAX_BUCKETS)
      throw new CoreError(
        'TOO_LARGE',
        {
          en: `aggregateDossiers: the period has more than ${MAX_BUCKETS} sub-periods of a ${granularity}; choose a coarser granularity`,
          vi: `aggregateDossiers: kỳ báo cáo có hơn ${MAX_BUCKETS} kỳ con theo ${granularity}; hãy chọn độ chi tiết lớn hơn`,
        },
        { granularity, limit: MAX_BUCKETS },
      );
    const s = new Date(Date.UTC(y, m - 1, d));
    let key: string;
    let next: Date;
    switch (granularity) {
      case 'day':
        key = s.toISOString().slice(0, 10);
        next = new Date(Date.UTC(y, m - 1, d + 1));
        break;
      case 'week': {
        const w = isoWeek(s);
        key = `${w.year}-W${String(w.week).padStart(2, '0')}`;
        next = new Date(Date.UTC(y, m - 1, d + 7));
        break;
      }
      case 'month':
        key = s.toISOString().slice(0, 7);
        next = new Date(Date.UTC(y, m, 1));
        break;
      case 'quarter':
        key = `${y}-Q${(m - 1) / 3 + 1}`;
        next = new Date(Date.UTC(y, m + 2, 1));
        break;
      default:
        key = String(y);
        next = new Date(Date.UTC(y + 1, 0, 1));
    }
    [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
    const end = localMidnight(y, m, d, timeZone);
    out.push({ key, from: Math.max(start, from), to: Math.min(end, to) });
    start = end;
  }
  return out;
}
