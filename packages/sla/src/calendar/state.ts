/**
 * A working calendar's compiled state, kept out of its public type: hours per weekday, the special
 * dates (official data, schedules, the rules for other years), overrides. Every read goes through
 * {@link intervalsOf} / {@link entryOf}, which project a rule-based year before answering, so no
 * answer depends on which function was called first.
 *
 * @internal
 * @module
 */
import { daysFromCivil, parseCivilDate, tryParseCivilDate, weekdayOf } from '../_lib/civil';
import { FIRST_CALENDAR_YEAR, LAST_YEAR } from '../_lib/range';
import { show } from '../_lib/show';
import { epochDayOf } from '../_lib/zone';
import { SlaError } from '../errors';
import { projectedYear } from '../holidays/rules';
import type { DayEntry } from '../holidays/types';
import type { DateInput, LocalizedText } from '../types';

/** Minutes since local midnight. @internal */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** A date-specific override, compiled. @internal */
export interface CompiledOverride {
  readonly hours: readonly Interval[];
  readonly name: LocalizedText | undefined;
}

/** @internal */
export interface CalendarState {
  readonly timeZone: string;
  /** Hours per weekday, 0 = Sunday. */
  readonly weekly: readonly (readonly Interval[])[];
  /** The standard weekday hours (given to make-up days). */
  readonly hours: readonly Interval[];
  /** Special dates by epoch day (rule-based years are added on first read). */
  readonly entries: Map<number, DayEntry>;
  /** Overrides by epoch day. */
  readonly overrides: ReadonlyMap<number, CompiledOverride>;
  /** Years whose special dates come from official data or a loaded schedule. */
  readonly officialYears: ReadonlySet<number>;
  /** Years already projected by the rules. */
  readonly projected: Set<number>;
  /** Whether every supported year is projected (then reads skip the check). */
  complete: boolean;
  /** The first year with Vietnam Culture Day (24/11) off, or `null` (pending). */
  readonly cultureDayFrom: number | null;
}

/** The hidden key of a calendar's state: the same in every copy of the package. @internal */
export const STATE: unique symbol = Symbol.for('motcua.sla.calendar-state/1') as never;

/**
 * The state of a calendar, or an `INVALID_ARGUMENT` error for anything that is not a calendar made
 * by `vietnamCalendar` / `withOverrides` (a JSON copy, a spread object, `undefined`).
 * @internal
 */
export function stateOf(cal: unknown, fn: string): CalendarState {
  const state =
    typeof cal === 'object' && cal !== null
      ? (cal as { [STATE]?: CalendarState })[STATE]
      : undefined;
  if (state === undefined) {
    throw new SlaError(
      'INVALID_ARGUMENT',
      {
        en: `${fn}: expected a working calendar made by vietnamCalendar() or withOverrides(), got ${show(cal)}`,
        vi: `${fn}: cần một lịch làm việc tạo bởi vietnamCalendar() hoặc withOverrides(), nhận được ${show(cal)}`,
      },
      { value: cal },
    );
  }
  return state;
}

/** Makes sure the rule-based entries of `year` exist (for years without official data). @internal */
export function ensureYear(state: CalendarState, year: number): void {
  if (state.complete || state.projected.has(year) || state.officialYears.has(year)) return;
  state.projected.add(year);
  if (year < FIRST_CALENDAR_YEAR || year > LAST_YEAR) return;
  const works = (d: number) => state.weekly[weekdayOf(d)]?.length !== 0;
  const cultureDay = state.cultureDayFrom !== null && year >= state.cultureDayFrom;
  for (const e of projectedYear(year, works, cultureDay)) {
    const day = parseCivilDate(e.date, 'vietnamCalendar');
    if (!state.entries.has(day)) state.entries.set(day, e);
  }
}

/** Projects every supported year (before compiling whole-range tables). @internal */
export function ensureAllYears(state: CalendarState): void {
  if (state.complete) return;
  for (let y = FIRST_CALENDAR_YEAR; y <= LAST_YEAR; y++) ensureYear(state, y);
  state.complete = true;
}

/** Epoch day → year without allocation (valid 1900–2199). @internal */
export function yearOfDay(day: number): number {
  // 365.2425 days a year on average; corrected at the boundaries.
  let y = Math.floor(day / 365.2425) + 1970;
  if (daysFromCivil(y, 1, 1) > day) y--;
  else if (daysFromCivil(y + 1, 1, 1) <= day) y++;
  return y;
}

/** The calendar entry of an epoch day (its year projected first), if any. @internal */
export function entryOf(state: CalendarState, day: number): DayEntry | undefined {
  if (!state.complete) ensureYear(state, yearOfDay(day));
  return state.entries.get(day);
}

/** The working intervals of an epoch day. @internal */
export function intervalsOf(state: CalendarState, day: number): readonly Interval[] {
  const o = state.overrides.get(day);
  if (o) return o.hours;
  const e = entryOf(state, day);
  if (e) return e.kind === 'make-up' ? state.hours : [];
  return state.weekly[weekdayOf(day)] ?? [];
}

/** Epoch day of a DateInput in the calendar's zone. @internal */
export function dayOf(state: CalendarState, date: DateInput, fn: string): number {
  if (typeof date === 'string') {
    const d = tryParseCivilDate(date);
    if (!Number.isNaN(d)) return d;
  }
  return epochDayOf(date, state.timeZone, fn);
}
