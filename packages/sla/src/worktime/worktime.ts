/**
 * Working-day and working-time arithmetic on a {@link WorkingCalendar}. Each calendar compiles, once
 * and lazily, prefix sums of working days and working minutes over its whole range, so adding or
 * counting costs a binary search whatever the amount (30 working days cost what 1 does).
 *
 * @module
 */

import { daysFromCivil, formatCivilDate } from '../_lib/civil';
import { instantMs } from '../_lib/instant';
import { FIRST_CALENDAR_YEAR as FIRST_YEAR, LAST_YEAR } from '../_lib/range';
import { show } from '../_lib/show';
import { fromLocal, toLocal } from '../_lib/zone';
import type { WorkingCalendar } from '../calendar/calendar';
import {
  type CalendarState,
  dayOf,
  ensureAllYears,
  type Interval,
  intervalsOf,
  stateOf,
} from '../calendar/state';
import { SlaError } from '../errors';
import type { CivilDate, DateInput, Instant } from '../types';

const BASE = daysFromCivil(FIRST_YEAR, 1, 1);

interface Tables {
  readonly span: number;
  /** work[i] = working days among the first i days. */
  readonly work: Int32Array;
  /** mins[i] = working minutes in the first i days. */
  readonly mins: Float64Array;
}
const cache = new WeakMap<CalendarState, Tables>();

function tablesOf(s: CalendarState): Tables {
  let t = cache.get(s);
  if (t === undefined) {
    const span = daysFromCivil(LAST_YEAR + 1, 1, 1) - BASE;
    ensureAllYears(s);
    const work = new Int32Array(span + 1);
    const mins = new Float64Array(span + 1);
    let w = 0;
    let m = 0;
    for (let i = 0; i < span; i++) {
      let dm = 0;
      for (const x of intervalsOf(s, BASE + i)) dm += x.end - x.start;
      if (dm > 0) w++;
      m += dm;
      work[i + 1] = w;
      mins[i + 1] = m;
    }
    t = { span, work, mins };
    cache.set(s, t);
  }
  return t;
}

/** The error of a date or result outside 1990–2199 (`OUT_OF_RANGE`). @internal */
export function rangeError(fn: string, what: 'date' | 'result'): SlaError {
  return new SlaError(
    'OUT_OF_RANGE',
    {
      en: `${fn}: the ${what} is outside the supported range ${FIRST_YEAR}-01-01 … ${LAST_YEAR}-12-31`,
      vi: `${fn}: ${what === 'date' ? 'ngày' : 'kết quả'} nằm ngoài khoảng ngày được hỗ trợ (01/01/${FIRST_YEAR} đến 31/12/${LAST_YEAR})`,
    },
    { from: `${FIRST_YEAR}-01-01`, to: `${LAST_YEAR}-12-31` },
  );
}

function index(t: Tables, day: number, fn: string): number {
  const i = day - BASE;
  if (i < 0 || i >= t.span) throw rangeError(fn, 'date');
  return i;
}

/** First j in [lo, hi) with arr[j] >= target. */
function lowerBound(
  arr: Int32Array | Float64Array,
  target: number,
  lo: number,
  hi: number,
): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((arr[mid] ?? 0) < target) a = mid + 1;
    else b = mid;
  }
  return a;
}

function assertInteger(n: number, fn: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new SlaError(
      'INVALID_ARGUMENT',
      {
        en: `${fn}: the number of days must be a safe integer, got ${show(n)}`,
        vi: `${fn}: số ngày phải là số nguyên, nhận được ${show(n)}`,
      },
      { value: n },
    );
  }
}

/**
 * Tells whether a date is a working day of the calendar: a weekday that is not a day off, a make-up
 * working day, or a date an override opens.
 *
 * @param cal - The calendar.
 * @param date - A civil date `'YYYY-MM-DD'`, or a `Date` read in the calendar's zone.
 * @returns `true` for a working day.
 * @throws {SlaError} `INVALID_DATE` for a malformed date.
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * isWorkingDay(cal, '2025-05-02'); //=> false (swapped day off)
 * isWorkingDay(cal, '2025-04-26'); //=> true (make-up Saturday)
 * isWorkingDay(cal, '2026-04-27'); //=> false (compensatory day for Hùng Kings on Sunday 26/4)
 * ```
 * @category Working days
 */
export function isWorkingDay(cal: WorkingCalendar, date: DateInput): boolean {
  const s = stateOf(cal, 'isWorkingDay');
  const day = dayOf(s, date, 'isWorkingDay');
  const t = tablesOf(s);
  const i = day - BASE;
  if (i >= 0 && i < t.span) return (t.work[i + 1] ?? 0) !== (t.work[i] ?? 0);
  return intervalsOf(s, day).length > 0;
}

/**
 * Adds `n` working days to a date. The date itself is not counted: for `n > 0` the result is the
 * n-th working day after it, for `n < 0` the n-th before it, and `n = 0` returns the date itself
 * (working or not). The inverse of {@link workingDaysBetween}.
 *
 * @param cal - The calendar.
 * @param date - The civil date to count from (or a `Date`, read in the calendar's zone).
 * @param n - Whole number of working days, possibly negative.
 * @returns The resulting civil date.
 * @throws {SlaError} `INVALID_ARGUMENT` if `n` is not a safe integer; `OUT_OF_RANGE` outside the range.
 * @example
 * ```ts
 * import { addWorkingDays, vietnamCalendar } from '@motcua/sla';
 * addWorkingDays(vietnamCalendar(), '2026-02-13', 1); //=> '2026-02-23' (Tết 16–20/2, weekends)
 * addWorkingDays(vietnamCalendar(), '2026-02-23', -1); //=> '2026-02-13'
 * ```
 * @category Working days
 */
export function addWorkingDays(cal: WorkingCalendar, date: DateInput, n: number): CivilDate {
  return addDays(cal, date, n, 'addWorkingDays');
}

/** {@link addWorkingDays}, its errors naming `fn` (the public function called). */
function addDays(cal: WorkingCalendar, date: DateInput, n: number, fn: string): CivilDate {
  const s = stateOf(cal, fn);
  assertInteger(n, fn);
  const day = dayOf(s, date, fn);
  if (n === 0) return formatCivilDate(day);
  const t = tablesOf(s);
  const i = index(t, day, fn);
  const target = n > 0 ? (t.work[i + 1] ?? 0) + n : (t.work[i] ?? 0) + n + 1;
  if (target < 1 || target > (t.work[t.span] ?? 0)) throw rangeError(fn, 'result');
  return formatCivilDate(BASE + lowerBound(t.work, target, 1, t.span + 1) - 1);
}

/**
 * Counts working days between two dates: the working days in `(a, b]` when `b >= a`, and minus
 * those in `[b, a)` when `b < a`, so that `workingDaysBetween(cal, d, addWorkingDays(cal, d, n))`
 * is `n` for every `d` and `n`.
 *
 * @param cal - The calendar.
 * @param a - From (excluded).
 * @param b - To (included).
 * @returns The signed number of working days.
 * @throws {SlaError} `INVALID_DATE` or `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { vietnamCalendar, workingDaysBetween } from '@motcua/sla';
 * workingDaysBetween(vietnamCalendar(), '2026-02-13', '2026-02-27'); //=> 5
 * ```
 * @category Working days
 */
export function workingDaysBetween(cal: WorkingCalendar, a: DateInput, b: DateInput): number {
  const s = stateOf(cal, 'workingDaysBetween');
  const t = tablesOf(s);
  const ia = index(t, dayOf(s, a, 'workingDaysBetween'), 'workingDaysBetween');
  const ib = index(t, dayOf(s, b, 'workingDaysBetween'), 'workingDaysBetween');
  return ib >= ia
    ? (t.work[ib + 1] ?? 0) - (t.work[ia + 1] ?? 0)
    : -((t.work[ia] ?? 0) - (t.work[ib] ?? 0));
}

/**
 * The first working day strictly after a date.
 *
 * @param cal - The calendar.
 * @param date - The date.
 * @returns The next working day.
 * @throws {SlaError} `INVALID_DATE` or `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { nextWorkingDay, vietnamCalendar } from '@motcua/sla';
 * nextWorkingDay(vietnamCalendar(), '2025-04-29'); //=> '2025-05-05'
 * ```
 * @category Working days
 */
export function nextWorkingDay(cal: WorkingCalendar, date: DateInput): CivilDate {
  return addDays(cal, date, 1, 'nextWorkingDay');
}

/**
 * The last working day strictly before a date.
 *
 * @param cal - The calendar.
 * @param date - The date.
 * @returns The previous working day.
 * @throws {SlaError} `INVALID_DATE` or `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { previousWorkingDay, vietnamCalendar } from '@motcua/sla';
 * previousWorkingDay(vietnamCalendar(), '2026-02-23'); //=> '2026-02-13'
 * ```
 * @category Working days
 */
export function previousWorkingDay(cal: WorkingCalendar, date: DateInput): CivilDate {
  return addDays(cal, date, -1, 'previousWorkingDay');
}

/** Working minutes of day `day` before minute-of-day `m`. */
function workedBefore(s: CalendarState, day: number, m: number): number {
  let w = 0;
  for (const x of intervalsOf(s, day)) {
    if (m <= x.start) break;
    w += Math.min(m, x.end) - x.start;
  }
  return w;
}

/** Working minutes from the range's start to the instant. */
function position(s: CalendarState, t: Tables, ms: number, fn: string): number {
  const l = toLocal(ms, s.timeZone);
  return (t.mins[index(t, l.day, fn)] ?? 0) + workedBefore(s, l.day, l.minute);
}

/** The earliest instant at which the position reaches `target` (> 0). */
function earliest(s: CalendarState, t: Tables, target: number, fn: string): number {
  if (!(target > 0) || target > (t.mins[t.span] ?? 0)) throw rangeError(fn, 'result');
  const k = lowerBound(t.mins, target, 1, t.span + 1) - 1;
  let rest = target - (t.mins[k] ?? 0);
  const intervals: readonly Interval[] = intervalsOf(s, BASE + k);
  for (const x of intervals) {
    const len = x.end - x.start;
    if (rest <= len) return fromLocal(BASE + k, x.start + rest, s.timeZone);
    rest -= len;
  }
  throw rangeError(fn, 'result');
}

/**
 * Tells whether an instant is working time: inside a working interval (opening included, closing
 * excluded) of its civil day in the calendar's zone.
 *
 * @param cal - The calendar.
 * @param instant - The instant.
 * @returns `true` inside working hours.
 * @throws {SlaError} `INVALID_DATE` for an invalid `Date`.
 * @example
 * ```ts
 * import { isWorkingTime, vietnamCalendar } from '@motcua/sla';
 * isWorkingTime(vietnamCalendar(), new Date('2026-03-02T05:30:00Z')); //=> false (12:30, lunch)
 * ```
 * @category Working time
 */
export function isWorkingTime(cal: WorkingCalendar, instant: Instant): boolean {
  const s = stateOf(cal, 'isWorkingTime');
  const l = toLocal(instantMs(instant, 'isWorkingTime'), s.timeZone);
  for (const x of intervalsOf(s, l.day)) if (l.minute >= x.start && l.minute < x.end) return true;
  return false;
}

/**
 * The instant itself if it is working time, otherwise the next opening (start of the next working
 * interval).
 *
 * @param cal - The calendar.
 * @param instant - The instant.
 * @returns The next opening.
 * @throws {SlaError} `INVALID_DATE` or `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { nextOpening, vietnamCalendar } from '@motcua/sla';
 * nextOpening(vietnamCalendar(), new Date('2026-02-14T02:00:00Z')).toISOString(); //=> '2026-02-23T01:00:00.000Z' (Sat → after Tết, Mon 08:00)
 * ```
 * @category Working time
 */
export function nextOpening(cal: WorkingCalendar, instant: Instant): Date {
  const s = stateOf(cal, 'nextOpening');
  const ms = instantMs(instant, 'nextOpening');
  if (isWorkingTime(cal, instant)) return new Date(ms);
  const l = toLocal(ms, s.timeZone);
  for (const x of intervalsOf(s, l.day))
    if (x.start > l.minute) return new Date(fromLocal(l.day, x.start, s.timeZone));
  const t = tablesOf(s);
  const i = index(t, l.day, 'nextOpening');
  const target = (t.work[i + 1] ?? 0) + 1;
  if (target > (t.work[t.span] ?? 0)) throw rangeError('nextOpening', 'result');
  const next = BASE + lowerBound(t.work, target, 1, t.span + 1) - 1;
  const first = intervalsOf(s, next)[0];
  return new Date(fromLocal(next, first?.start ?? 0, s.timeZone));
}

/**
 * The working intervals of a civil date, as instants.
 *
 * @param cal - The calendar.
 * @param date - The date.
 * @returns `[]` when the date has no working time.
 * @throws {SlaError} `INVALID_DATE`.
 * @example
 * ```ts
 * import { vietnamCalendar, workingIntervals } from '@motcua/sla';
 * workingIntervals(vietnamCalendar(), '2026-03-02').map((i) => i.start.toISOString());
 * //=> ['2026-03-02T01:00:00.000Z', '2026-03-02T06:00:00.000Z']
 * ```
 * @category Working time
 */
export function workingIntervals(
  cal: WorkingCalendar,
  date: DateInput,
): readonly { readonly start: Date; readonly end: Date }[] {
  const s = stateOf(cal, 'workingIntervals');
  const day = dayOf(s, date, 'workingIntervals');
  return intervalsOf(s, day).map((x) => ({
    start: new Date(fromLocal(day, x.start, s.timeZone)),
    end: new Date(fromLocal(day, x.end, s.timeZone)),
  }));
}

/**
 * An amount of working time: `days` of the calendar's standard day (480 minutes by default), plus
 * `hours`, plus `minutes`. Any may be negative or fractional.
 *
 * @example
 * ```ts
 * import type { WorkingDuration } from '@motcua/sla';
 * const d: WorkingDuration = { hours: 3, minutes: 30 };
 * ```
 * @category Working time
 */
export interface WorkingDuration {
  /** Standard working days. */
  readonly days?: number | undefined;
  /** Working hours. */
  readonly hours?: number | undefined;
  /** Working minutes. */
  readonly minutes?: number | undefined;
}

/**
 * Adds working time to an instant. For a positive amount, returns the EARLIEST instant at which the
 * working time consumed since `instant` reaches the amount, so a limit used up at 17:00 is due at
 * 17:00, not at 08:00 the next day; a zero amount returns `instant`; a negative amount returns the
 * latest instant from which the working time to `instant` equals the amount.
 *
 * @param cal - The calendar.
 * @param instant - Where to start.
 * @param amount - `{ days, hours, minutes }`.
 * @returns The resulting instant.
 * @throws {SlaError} `INVALID_ARGUMENT` for a non-finite amount; `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { addWorkingTime, vietnamCalendar } from '@motcua/sla';
 * // Friday 13/2/2026 16:00 + 2 working hours: 1 h on Friday, then Tết and the weekend, then Mon 23/2 09:00.
 * addWorkingTime(vietnamCalendar(), new Date('2026-02-13T09:00:00Z'), { hours: 2 }).toISOString();
 * //=> '2026-02-23T02:00:00.000Z'
 * ```
 * @category Working time
 */
export function addWorkingTime(
  cal: WorkingCalendar,
  instant: Instant,
  amount: WorkingDuration,
): Date {
  const s = stateOf(cal, 'addWorkingTime');
  const ms = instantMs(instant, 'addWorkingTime');
  const m =
    (amount.days ?? 0) * cal.standardDayMinutes + (amount.hours ?? 0) * 60 + (amount.minutes ?? 0);
  if (!Number.isFinite(m)) {
    throw new SlaError(
      'INVALID_ARGUMENT',
      {
        en: 'addWorkingTime: the amount must be finite',
        vi: 'addWorkingTime: thời lượng phải là số hữu hạn',
      },
      { amount },
    );
  }
  if (m === 0) return new Date(ms);
  const t = tablesOf(s);
  const p = position(s, t, ms, 'addWorkingTime');
  if (m > 0) return new Date(earliest(s, t, p + m, 'addWorkingTime'));
  const back = earliest(s, t, p + m, 'addWorkingTime');
  return nextOpening(cal, new Date(back));
}

/**
 * The working time between two instants, in minutes (fractional with seconds): the working minutes
 * in `[a, b)`, negative when `b < a`. The inverse of {@link addWorkingTime}.
 *
 * @param cal - The calendar.
 * @param a - From.
 * @param b - To.
 * @returns Working minutes.
 * @throws {SlaError} `INVALID_DATE` or `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { vietnamCalendar, workingTimeBetween } from '@motcua/sla';
 * workingTimeBetween(vietnamCalendar(), new Date('2026-02-13T03:00:00Z'), new Date('2026-02-27T03:00:00Z')); //=> 2400
 * ```
 * @category Working time
 */
export function workingTimeBetween(cal: WorkingCalendar, a: Instant, b: Instant): number {
  const s = stateOf(cal, 'workingTimeBetween');
  const t = tablesOf(s);
  return (
    position(s, t, instantMs(b, 'workingTimeBetween'), 'workingTimeBetween') -
    position(s, t, instantMs(a, 'workingTimeBetween'), 'workingTimeBetween')
  );
}

/**
 * The earliest instant at which `minutes` (> 0) of working time have been consumed since `ms`:
 * `addWorkingTime` without the allocations, for hot paths. @internal
 */
export function addWorkingMinutesFast(s: CalendarState, ms: number, minutes: number): number {
  const t = tablesOf(s);
  return earliest(s, t, position(s, t, ms, 'dueDate') + minutes, 'dueDate');
}

/** The close of business of a day (end of its last interval), or `null` if it has no working time. @internal */
export function closeOfDay(s: CalendarState, day: number): Date | null {
  const iv = intervalsOf(s, day);
  const last = iv[iv.length - 1];
  return last === undefined ? null : new Date(fromLocal(day, last.end, s.timeZone));
}
