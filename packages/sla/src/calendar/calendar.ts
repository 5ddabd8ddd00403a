/**
 * The working calendar value: time zone, weekly hours, the days off (official data + rules), make-up
 * working days and date-specific overrides. Immutable; compiled lazily into fast tables.
 *
 * @module
 */
import { parseCivilDate, weekdayOf } from '../_lib/civil';
import { calendarYear } from '../_lib/range';
import { show } from '../_lib/show';
import { assertSteadyZone, assertTimeZone, parseClockTime, VIETNAM_TIME_ZONE } from '../_lib/zone';
import { SlaError } from '../errors';
import { holidayName } from '../holidays/names';
import { officialYears } from '../holidays/officialData';
import type { DayEntry, DayKind, DaySource } from '../holidays/types';
import type { CivilDate, LocalizedText } from '../types';
import { type CalendarState, type CompiledOverride, type Interval, STATE, stateOf } from './state';

/**
 * A working interval of a day, `'HH:mm'` to `'HH:mm'` in the calendar's zone.
 *
 * @example
 * ```ts
 * import type { ClockInterval } from '@motcua/sla';
 * const morning: ClockInterval = { start: '08:00', end: '12:00' };
 * ```
 * @category Calendar
 */
export interface ClockInterval {
  /** Opening, `'HH:mm'`. */
  readonly start: string;
  /** Closing, `'HH:mm'` (after `start`; `'24:00'` allowed). */
  readonly end: string;
}

/**
 * A date-specific override of the **working time** (when the processing clock runs): the hours of
 * one date (a half day, a Saturday the staff are ordered to work) or a day off (`hours: []`), with
 * an optional name. Desk hours that are not working time (a Saturday-morning reception desk) are
 * not overrides: a receipt outside working time is already counted from the next working minute,
 * and adding them would bring every deadline that runs over them forward.
 *
 * @example
 * ```ts
 * import type { DayOverride } from '@motcua/sla';
 * const workingSaturday: DayOverride = { date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }], name: { vi: 'Làm việc sáng thứ Bảy theo quyết định của UBND tỉnh', en: 'Working Saturday morning ordered by the province' } };
 * ```
 * @category Calendar
 */
export interface DayOverride {
  /** The civil date. */
  readonly date: CivilDate;
  /** Its working intervals; `[]` closes the day. */
  readonly hours: readonly ClockInterval[];
  /** What the override is. */
  readonly name?: LocalizedText | undefined;
}

/**
 * A day-off schedule document, as published (e.g. 2027 once announced) or as a province adds its
 * own days. Load untrusted JSON with `parseSchedule` from `@motcua/sla/schedule`.
 *
 * @example
 * ```ts
 * import type { ScheduleDocument } from '@motcua/sla';
 * const doc: ScheduleDocument = {
 *   years: [2027],
 *   source: { document: 'Thông báo …/TB-BNV', confidence: 'high' },
 *   days: [{ date: '2027-01-01', kind: 'holiday', name: { vi: 'Tết Dương lịch', en: "New Year's Day" } }],
 * };
 * ```
 * @category Calendar
 */
export interface ScheduleDocument {
  /** Years this document covers entirely: their rule-based (estimated) entries are replaced by `days`. Omit to only add days. */
  readonly years?: readonly number[] | undefined;
  /** The announcing document. */
  readonly source: DaySource;
  /** The days off and make-up working days. */
  readonly days: readonly {
    readonly date: CivilDate;
    readonly kind: DayKind;
    readonly name: LocalizedText;
    readonly onRestDay?: boolean | undefined;
  }[];
}

/**
 * Options of {@link vietnamCalendar}.
 *
 * @example
 * ```ts
 * import type { VietnamCalendarOptions } from '@motcua/sla';
 * const options: VietnamCalendarOptions = { schedules: [], overrides: [{ date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }] }] };
 * ```
 * @category Calendar
 */
export interface VietnamCalendarOptions {
  /**
   * IANA time zone (default `'Asia/Ho_Chi_Minh'`): one whose UTC offset does not change between 1990
   * and 2199 (no daylight saving time), since working time is counted in wall-clock minutes.
   */
  readonly timeZone?: string | undefined;
  /** Hours of a working weekday (default 08:00–12:00 and 13:00–17:00). */
  readonly hours?: readonly ClockInterval[] | undefined;
  /** Working weekdays, 0 = Sunday … 6 = Saturday (default Monday–Friday). */
  readonly workdays?: readonly number[] | undefined;
  /** Newer schedules, applied in order after the shipped official data. */
  readonly schedules?: readonly ScheduleDocument[] | undefined;
  /** Date-specific overrides, applied last. */
  readonly overrides?: readonly DayOverride[] | undefined;
  /** Working minutes of one standard working day (default: the minutes of `hours`, 480). */
  readonly standardDayMinutes?: number | undefined;
  /**
   * Whether the shipped official schedules (2019–2026) are used (default `true`). `false` gives the
   * statutory rules alone, every year `estimated`: what the rules predict for a year not yet
   * announced, checked against each official year by the tests.
   */
  readonly officialSchedules?: boolean | undefined;
  /**
   * Whose calendar (default `'public'`): `'public'`, the civil servants' calendar with the official
   * swapped days and make-up Saturdays; `'private'`, the statutory days off and their compensatory
   * days without the public sector's swaps and make-up Saturdays (businesses are only encouraged
   * to follow those), for deadlines that run on a business's own calendar.
   */
  readonly sector?: 'public' | 'private' | undefined;
  /**
   * The first year in which Vietnam Culture Day (24/11) is a day off (with a compensatory day when
   * it falls on a weekend). Unset (the default), it is a working day: Resolution 80-NQ/TW (7/1/2026)
   * made it a day off as a policy, but the Labour Code has not been amended yet (a pending holiday,
   * behind a flag). Set it once the law passes, to the year it takes effect;
   * it is added to the years derived from the rules (flagged `estimated: true`, naming the
   * resolution), never to a year with an official schedule (2019–2026, or one loaded with
   * `years`), which says itself which days are off.
   */
  readonly cultureDayFrom?: number | undefined;
}

/**
 * A working calendar (lịch làm việc): what `isWorkingDay`, `addWorkingDays`, `dueDate` and the
 * clocks read. Create it with {@link vietnamCalendar}, extend it with {@link withOverrides}. It is
 * frozen and opaque: its compiled tables are not part of its type, and no answer depends on which
 * function was called first. It is not JSON: keep the options you built it from instead.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * cal.timeZone; //=> 'Asia/Ho_Chi_Minh'
 * cal.standardDayMinutes; //=> 480
 * Object.isFrozen(cal); //=> true
 * ```
 * @category Calendar
 */
export interface WorkingCalendar {
  /** Marks the value. */
  readonly kind: 'motcua.working-calendar';
  /** The IANA time zone in which civil dates are read. */
  readonly timeZone: string;
  /** Working minutes of a standard working day (one "ngày làm việc" in working-hours arithmetic). */
  readonly standardDayMinutes: number;
}

const DEFAULT_HOURS: readonly ClockInterval[] = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

function invalid(fn: string, en: string, vi: string, details: Record<string, unknown> = {}) {
  return new SlaError('INVALID_ARGUMENT', { en: `${fn}: ${en}`, vi: `${fn}: ${vi}` }, details);
}

function listOf<T>(value: unknown, fn: string, what: string): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 100_000)
    throw invalid(
      fn,
      `${what} must be a list, got ${show(value)}`,
      `${what} phải là một danh sách, nhận được ${show(value)}`,
    );
  return value as readonly T[];
}

function compileHours(hours: unknown, fn: string): Interval[] {
  const out: Interval[] = [];
  let last = -1;
  for (const h of listOf<ClockInterval>(hours, fn, 'hours')) {
    const start = parseClockTime(h?.start, fn);
    const end = parseClockTime(h?.end, fn);
    if (!(end > start) || start < last) {
      throw invalid(
        fn,
        `working intervals must be increasing and non-overlapping, got ${h.start}–${h.end}`,
        `các khoảng giờ làm việc phải tăng dần và không chồng lấn, nhận được ${h.start}–${h.end}`,
        { interval: { start: h.start, end: h.end } },
      );
    }
    out.push(Object.freeze({ start, end }));
    last = end;
  }
  return out;
}

function text(value: unknown, fn: string, what: string): LocalizedText {
  const v = value as LocalizedText | undefined;
  if (typeof v?.vi !== 'string' || typeof v?.en !== 'string')
    throw invalid(
      fn,
      `${what} must be { vi, en } strings, got ${show(value)}`,
      `${what} phải là { vi, en } dạng chuỗi, nhận được ${show(value)}`,
    );
  return Object.freeze({ vi: v.vi, en: v.en });
}

const KINDS: ReadonlySet<string> = new Set<DayKind>([
  'holiday',
  'tet',
  'compensatory',
  'swapped',
  'make-up',
  'local',
]);

function sourceOf(value: unknown, fn: string): DaySource {
  const s = value as DaySource | undefined;
  if (
    typeof s?.document !== 'string' ||
    !['high', 'medium', 'rule'].includes(s.confidence as string)
  )
    throw invalid(
      fn,
      `a schedule's source must be { document, confidence }, got ${show(value)}`,
      `nguồn của lịch nghỉ phải là { document, confidence }, nhận được ${show(value)}`,
    );
  return Object.freeze({ document: s.document, confidence: s.confidence });
}

/** A fresh frozen entry: the calendar never keeps (or hands out) the caller's objects. */
function entry(e: DayEntry): DayEntry {
  return Object.freeze({ ...e });
}

function calendarOf(state: CalendarState, standardDayMinutes: number): WorkingCalendar {
  const cal = {
    kind: 'motcua.working-calendar' as const,
    timeZone: state.timeZone,
    standardDayMinutes,
  };
  Object.defineProperty(cal, STATE, { value: state });
  return Object.freeze(cal);
}

/**
 * Creates the public-sector working calendar of Việt Nam: Monday–Friday, 08:00–12:00 and
 * 13:00–17:00 in Asia/Ho_Chi_Minh, the official day-off schedules 2019–2026 shipped as data with
 * their announcing documents, and for other years (1990–2199) the statutory rules, flagged
 * `estimated`. Pass newer schedules (JSON validated by `parseSchedule` from `@motcua/sla/schedule`)
 * and a unit's own overrides without waiting for a release. The options are copied: changing them
 * later changes nothing.
 *
 * @param options - Zone, hours, workdays, newer schedules, overrides, official data on or off.
 * @returns The calendar (frozen).
 * @throws {SlaError} `INVALID_TIME_ZONE`, `INVALID_DATE` or `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * isWorkingDay(cal, '2025-05-02'); //=> false (swapped day off)
 * isWorkingDay(cal, '2025-04-26'); //=> true (make-up Saturday)
 * isWorkingDay(vietnamCalendar({ officialSchedules: false }), '2025-05-02'); //=> true (the rules alone know no swap)
 * ```
 * @category Calendar
 */
/* @__NO_SIDE_EFFECTS__ */
export function vietnamCalendar(options?: VietnamCalendarOptions): WorkingCalendar {
  const fn = 'vietnamCalendar';
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw invalid(
      fn,
      `options must be an object, got ${show(options)}`,
      `tùy chọn phải là một đối tượng, nhận được ${show(options)}`,
    );
  const timeZone = options?.timeZone ?? VIETNAM_TIME_ZONE;
  assertTimeZone(timeZone, fn);
  assertSteadyZone(timeZone, fn);
  const hours = compileHours(options?.hours ?? DEFAULT_HOURS, fn);
  const workdays = new Set(listOf<number>(options?.workdays ?? [1, 2, 3, 4, 5], fn, 'workdays'));
  for (const d of workdays)
    if (!Number.isInteger(d) || d < 0 || d > 6)
      throw invalid(
        fn,
        `workdays are 0 (Sunday) to 6 (Saturday), got ${show(d)}`,
        `ngày làm việc trong tuần là 0 (Chủ nhật) đến 6 (Thứ Bảy), nhận được ${show(d)}`,
      );
  // A week without working time would leave every search for the next working day endless.
  if (workdays.size === 0 || hours.length === 0)
    throw invalid(
      fn,
      'a calendar needs at least one working weekday with working hours',
      'lịch làm việc cần ít nhất một ngày làm việc trong tuần có giờ làm việc',
      { workdays: options?.workdays, hours: options?.hours },
    );
  const weekly = [0, 1, 2, 3, 4, 5, 6].map((d) => (workdays.has(d) ? hours : []));
  const entries = new Map<number, DayEntry>();
  const official = new Set<number>();
  const add = (day: number, e: DayEntry) => entries.set(day, entry(e));
  const sector = options?.sector ?? 'public';
  if (sector !== 'public' && sector !== 'private')
    throw invalid(
      fn,
      `sector must be 'public' or 'private', got ${show(sector)}`,
      `sector phải là 'public' hoặc 'private', nhận được ${show(sector)}`,
    );
  if (options?.officialSchedules !== false) {
    for (const [y, data] of Object.entries(officialYears())) {
      official.add(Number(y));
      const source = Object.freeze({ document: data.document, confidence: data.confidence });
      const lower = Object.freeze({ document: data.document, confidence: 'medium' as const });
      for (const item of data.days.split(' ')) {
        const [date = '', kind = 'holiday', key = '', rated] = item.split('|');
        // The public sector's swaps and make-up Saturdays do not bind businesses.
        if (sector === 'private' && (kind === 'swapped' || kind === 'make-up')) continue;
        const day = parseCivilDate(date, fn);
        add(day, {
          date,
          kind: kind as DayKind,
          name: holidayName(key),
          source: rated === 'medium' ? lower : source,
          estimated: false,
          onRestDay: kind !== 'make-up' && !workdays.has(weekdayOf(day)),
        });
      }
    }
  }
  const cultureDayFrom =
    options?.cultureDayFrom === undefined
      ? null
      : calendarYear(options.cultureDayFrom, fn, 'cultureDayFrom');
  for (const doc of listOf<ScheduleDocument>(options?.schedules, fn, 'schedules')) {
    const source = sourceOf(doc?.source, fn);
    for (const given of listOf<number>(doc.years, fn, 'years')) {
      const y = calendarYear(given, fn, "a schedule's year");
      official.add(y);
      for (const k of [...entries.keys()])
        if (entries.get(k)?.date.startsWith(`${y}-`)) entries.delete(k);
    }
    for (const d of listOf<ScheduleDocument['days'][number]>(doc.days, fn, 'days')) {
      const day = parseCivilDate(d?.date, fn);
      if (!KINDS.has(d.kind))
        throw invalid(
          fn,
          `unknown day kind ${show(d.kind)}`,
          `loại ngày không hợp lệ ${show(d.kind)}`,
        );
      add(day, {
        date: d.date,
        kind: d.kind,
        name: text(d.name, fn, 'name'),
        source,
        estimated: false,
        onRestDay:
          typeof d.onRestDay === 'boolean'
            ? d.onRestDay
            : d.kind !== 'make-up' && !workdays.has(weekdayOf(day)),
      });
    }
  }
  const overrides = new Map<number, CompiledOverride>();
  addOverrides(overrides, options?.overrides, fn);
  const standard = options?.standardDayMinutes ?? hours.reduce((a, h) => a + h.end - h.start, 0);
  if (typeof standard !== 'number' || !(standard > 0) || standard > 1440) {
    throw invalid(
      fn,
      'standardDayMinutes must be a number of minutes in (0, 1440]',
      'standardDayMinutes phải là số phút trong khoảng (0, 1440]',
    );
  }
  return calendarOf(
    {
      timeZone,
      weekly,
      hours,
      entries,
      overrides,
      officialYears: official,
      projected: new Set(),
      complete: false,
      cultureDayFrom,
    },
    standard,
  );
}

function addOverrides(map: Map<number, CompiledOverride>, overrides: unknown, fn: string): void {
  for (const o of listOf<DayOverride>(overrides, fn, 'overrides')) {
    map.set(
      parseCivilDate(o?.date, fn),
      Object.freeze({
        hours: compileHours(o.hours, fn),
        name: o.name === undefined ? undefined : text(o.name, fn, 'name'),
      }),
    );
  }
}

/**
 * Returns a new calendar: `base` plus date-specific overrides of its working time (a Saturday the
 * province orders worked, a half day, a province's own day off; not desk hours outside working
 * time, see {@link DayOverride}). `base` is not modified; later overrides win.
 *
 * @param base - The calendar to extend (e.g. the public-sector calendar).
 * @param overrides - The dates and their hours (`[]` closes a day).
 * @returns The composed calendar (frozen).
 * @throws {SlaError} `INVALID_DATE` or `INVALID_ARGUMENT` for a bad override.
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar, withOverrides } from '@motcua/sla';
 * const ward = withOverrides(vietnamCalendar(), [{ date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }] }]);
 * isWorkingDay(ward, '2026-03-07'); //=> true (a working Saturday morning)
 * ```
 * @category Calendar
 */
export function withOverrides(
  base: WorkingCalendar,
  overrides: readonly DayOverride[],
): WorkingCalendar {
  const state = stateOf(base, 'withOverrides');
  const map = new Map(state.overrides);
  addOverrides(map, overrides, 'withOverrides');
  return calendarOf(
    {
      ...state,
      overrides: map,
      entries: new Map(state.entries),
      projected: new Set(state.projected),
    },
    base.standardDayMinutes,
  );
}
