/**
 * Reading a calendar: a year's days off and make-up days, and what one date is. Every entry handed
 * out is frozen, so no caller can change the calendar for everyone else.
 *
 * @module
 */
import { daysFromCivil, formatCivilDate, weekdayOf } from '../_lib/civil';
import { calendarYear } from '../_lib/range';
import { formatClockTime } from '../_lib/zone';
import type { DayEntry } from '../holidays/types';
import type { CivilDate, DateInput, LocalizedText } from '../types';
import type { ClockInterval, WorkingCalendar } from './calendar';
import { dayOf, ensureYear, entryOf, intervalsOf, stateOf } from './state';

/**
 * Lists a year's days off, sorted: every day off that is not an ordinary weekly rest day, plus the
 * holidays that fall on a weekly rest day (flagged `onRestDay: true`: they are what generates a
 * compensatory day). Make-up working days are listed by {@link makeUpDays}; observances that are
 * not days off never appear here.
 *
 * @param cal - The calendar.
 * @param year - The year (1990–2199 for rule-based years).
 * @returns The entries, with kind, bilingual name, source and `estimated`.
 * @example
 * ```ts
 * import { daysOff, vietnamCalendar } from '@motcua/sla';
 * daysOff(vietnamCalendar(), 2026).map((d) => d.date);
 * //=> ['2026-01-01', '2026-01-02', '2026-02-16', …, '2026-09-02']
 * ```
 * @category Calendar
 */
export function daysOff(cal: WorkingCalendar, year: number): DayEntry[] {
  return entriesOf(cal, year, 'daysOff').filter((e) => e.kind !== 'make-up');
}

/**
 * Lists a year's make-up working days (làm bù): rest days worked instead of a swapped weekday.
 *
 * @param cal - The calendar.
 * @param year - The year.
 * @returns The entries, sorted.
 * @example
 * ```ts
 * import { makeUpDays, vietnamCalendar } from '@motcua/sla';
 * makeUpDays(vietnamCalendar(), 2026).map((d) => d.date); //=> ['2026-01-10', '2026-08-22']
 * ```
 * @category Calendar
 */
export function makeUpDays(cal: WorkingCalendar, year: number): DayEntry[] {
  return entriesOf(cal, year, 'makeUpDays').filter((e) => e.kind === 'make-up');
}

function entriesOf(cal: WorkingCalendar, year: number, fn: string): DayEntry[] {
  const state = stateOf(cal, fn);
  calendarYear(year, fn, 'year');
  ensureYear(state, year);
  const from = daysFromCivil(year, 1, 1);
  const to = daysFromCivil(year + 1, 1, 1);
  const out: DayEntry[] = [];
  for (let day = from; day < to; day++) {
    const e = state.entries.get(day);
    if (e !== undefined) out.push(e);
  }
  return out;
}

/**
 * What a date is, for explanation traces printed on receipts: working or not, why, and its hours.
 *
 * @example
 * ```ts
 * import { describeDay, vietnamCalendar } from '@motcua/sla';
 * describeDay(vietnamCalendar(), '2026-02-16');
 * //=> { date: '2026-02-16', working: false, kind: 'day-off', name: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' }, intervals: [], entry: { kind: 'tet', estimated: false, … } }
 * describeDay(vietnamCalendar(), '2026-03-02').intervals;
 * //=> [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]
 * ```
 * @category Calendar
 */
export interface DayDescription {
  /** The civil date. */
  readonly date: CivilDate;
  /** Whether it has working time. */
  readonly working: boolean;
  /** Why: an ordinary working day, a weekly rest day, a day off, a make-up day, or an override. */
  readonly kind: 'working' | 'weekend' | 'day-off' | 'make-up' | 'override';
  /** The holiday or the weekday's name (e.g. `{ vi: 'Thứ Bảy', en: 'Saturday' }`). */
  readonly name?: LocalizedText;
  /** The working intervals. */
  readonly intervals: readonly ClockInterval[];
  /** The calendar entry behind a day off or make-up day. */
  readonly entry?: DayEntry;
}

const WEEKDAYS: readonly LocalizedText[] = Object.freeze(
  [
    { vi: 'Chủ nhật', en: 'Sunday' },
    { vi: 'Thứ Hai', en: 'Monday' },
    { vi: 'Thứ Ba', en: 'Tuesday' },
    { vi: 'Thứ Tư', en: 'Wednesday' },
    { vi: 'Thứ Năm', en: 'Thursday' },
    { vi: 'Thứ Sáu', en: 'Friday' },
    { vi: 'Thứ Bảy', en: 'Saturday' },
  ].map((w) => Object.freeze(w)),
);

/**
 * Describes a date of the calendar: whether it is a working day, why, and its working hours.
 *
 * @param cal - The calendar.
 * @param date - A civil date, or a `Date` read in the calendar's zone.
 * @returns The description.
 * @throws {SlaError} `INVALID_DATE` for a malformed date.
 * @example
 * ```ts
 * import { describeDay, vietnamCalendar } from '@motcua/sla';
 * describeDay(vietnamCalendar(), '2026-02-21').name; //=> { vi: 'Thứ Bảy', en: 'Saturday' }
 * ```
 * @category Calendar
 */
export function describeDay(cal: WorkingCalendar, date: DateInput): DayDescription {
  const state = stateOf(cal, 'describeDay');
  const day = dayOf(state, date, 'describeDay');
  const intervals = intervalsOf(state, day).map((i) =>
    Object.freeze({ start: formatClockTime(i.start), end: formatClockTime(i.end) }),
  );
  const base = { date: formatCivilDate(day), working: intervals.length > 0, intervals };
  const o = state.overrides.get(day);
  if (o) return { ...base, kind: 'override', ...(o.name ? { name: o.name } : {}) };
  const e = entryOf(state, day);
  if (e)
    return { ...base, kind: e.kind === 'make-up' ? 'make-up' : 'day-off', name: e.name, entry: e };
  const weekday = WEEKDAYS[weekdayOf(day)] as LocalizedText;
  return { ...base, kind: intervals.length > 0 ? 'working' : 'weekend', name: weekday };
}
