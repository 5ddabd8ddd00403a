/**
 * The working calendar value: time zone, weekly hours, the days off (official data + rules), make-up
 * working days and date-specific overrides. Immutable; compiled lazily into fast tables.
 *
 * @module
 */
import {
  daysFromCivil,
  formatCivilDate,
  parseCivilDate,
  tryParseCivilDate,
  weekdayOf,
} from '../_lib/civil';
import { assertTimeZone, epochDayOf, parseClockTime, VIETNAM_TIME_ZONE } from '../_lib/zone';
import { SlaError } from '../errors';
import type { CivilDate, DateInput, LocalizedText } from '../types';
import { officialYears } from './officialData';
import { projectedYear } from './rules';

/**
 * Why a date is special in the calendar:
 * - `'holiday'`: a public holiday (Labour Code Art. 112);
 * - `'tet'`: one of the Lunar New Year days;
 * - `'compensatory'`: the next working day off for a holiday on a weekly rest day (Art. 111 cl. 3);
 * - `'swapped'`: a weekday off swapped with a make-up Saturday (hoán đổi);
 * - `'make-up'`: a rest day worked instead (làm bù): a working day;
 * - `'local'`: a day off or special hours a province or unit adds.
 *
 * @example
 * ```ts
 * import { daysOff, vietnamCalendar } from '@motcua/sla';
 * daysOff(vietnamCalendar(), 2025).find((d) => d.date === '2025-05-02')?.kind; //=> 'swapped'
 * ```
 * @category Calendar
 */
export type DayKind = 'holiday' | 'tet' | 'compensatory' | 'swapped' | 'make-up' | 'local';

/**
 * Where a calendar entry comes from.
 *
 * @example
 * ```ts
 * import type { DaySource } from '@motcua/sla';
 * const s: DaySource = { document: 'MoHA Notice 9441/TB-BNV (16/10/2025)', confidence: 'high' };
 * ```
 * @category Calendar
 */
export interface DaySource {
  /** The announcing or approving document(s), or the rule applied. */
  readonly document: string;
  /** Confidence of the fact: `'high'` (official text or two sources), `'medium'`, or `'rule'` (derived). */
  readonly confidence: 'high' | 'medium' | 'rule';
}

/**
 * One special date of the calendar: a day off, or a make-up working day.
 *
 * @example
 * ```ts
 * import { daysOff, vietnamCalendar } from '@motcua/sla';
 * daysOff(vietnamCalendar(), 2026)[0];
 * //=> { date: '2026-01-01', kind: 'holiday', name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
 * //     source: { document: 'VPCP 12729/VPCP-KGVX …', confidence: 'high' }, estimated: false, onRestDay: false }
 * ```
 * @category Calendar
 */
export interface DayEntry {
  /** The civil date. */
  readonly date: CivilDate;
  /** Why it is special. */
  readonly kind: DayKind;
  /** The holiday it belongs to, in Vietnamese and English. */
  readonly name: LocalizedText;
  /** Where it comes from (`null` for an app's own override without a source). */
  readonly source: DaySource | null;
  /** `true` when derived from the rules because no official schedule was published (or shipped). */
  readonly estimated: boolean;
  /** `true` for a holiday that falls on a weekly rest day (it is what yields a compensatory day). */
  readonly onRestDay: boolean;
}

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
 * A date-specific override: the hours of one date (a half day, a Saturday-morning desk) or a day
 * off (`hours: []`), with an optional name.
 *
 * @example
 * ```ts
 * import type { DayOverride } from '@motcua/sla';
 * const saturdayDesk: DayOverride = { date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }], name: { vi: 'Tiếp nhận sáng thứ Bảy', en: 'Saturday-morning desk' } };
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
 * own days. Load untrusted JSON with {@link parseSchedule}.
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
  /** IANA time zone (default `'Asia/Ho_Chi_Minh'`). */
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
}

/** Minutes since local midnight. @internal */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * A working calendar (lịch làm việc): what `isWorkingDay`, `addWorkingDays`, `dueDate` and the
 * clocks read. Create it with {@link vietnamCalendar}, extend it with {@link withOverrides}. Treat
 * it as opaque and immutable; it caches compiled tables internally.
 *
 * @example
 * ```ts
 * import { vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * cal.timeZone; //=> 'Asia/Ho_Chi_Minh'
 * cal.standardDayMinutes; //=> 480
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
  /** @internal Hours per weekday, 0 = Sunday. */
  readonly _weekly: readonly (readonly Interval[])[];
  /** @internal The standard weekday hours (given to make-up days). */
  readonly _hours: readonly Interval[];
  /** @internal Special dates by epoch day. */
  readonly _entries: ReadonlyMap<number, DayEntry>;
  /** @internal Overrides by epoch day. */
  readonly _overrides: ReadonlyMap<
    number,
    { readonly hours: readonly Interval[]; readonly name: LocalizedText | undefined }
  >;
  /** @internal Years covered by shipped or loaded official data. */
  readonly _officialYears: ReadonlySet<number>;
  /** @internal Years already projected by the rules. */
  readonly _projected: Set<number>;
  /** @internal The loaded schedules (for projected-year replacement). */
  readonly _schedules: readonly ScheduleDocument[];
}

const DEFAULT_HOURS: readonly ClockInterval[] = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

function compileHours(hours: readonly ClockInterval[], fn: string): Interval[] {
  const out: Interval[] = [];
  let last = -1;
  for (const h of hours) {
    const start = parseClockTime(h.start, fn);
    const end = parseClockTime(h.end, fn);
    if (!(end > start) || start < last) {
      throw new SlaError(
        'INVALID_ARGUMENT',
        {
          en: `${fn}: working intervals must be increasing and non-overlapping, got ${h.start}–${h.end}`,
          vi: `${fn}: các khoảng giờ làm việc phải tăng dần và không chồng lấn, nhận được ${h.start}–${h.end}`,
        },
        { interval: h },
      );
    }
    out.push({ start, end });
    last = end;
  }
  return out;
}

function addEntry(entries: Map<number, DayEntry>, e: DayEntry, fn: string): void {
  entries.set(parseCivilDate(e.date, fn), e);
}

/**
 * The names of the statutory holidays, by key. @internal
 */
export function holidayName(key: string): LocalizedText {
  switch (key) {
    case 'newYear':
      return { vi: 'Tết Dương lịch', en: "New Year's Day" };
    case 'tet':
      return { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' };
    case 'hungKings':
      return { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings Commemoration' };
    case 'victory':
      return { vi: 'Ngày Chiến thắng', en: 'Victory Day' };
    case 'labour':
      return { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' };
    default:
      return { vi: 'Quốc khánh', en: 'National Day' };
  }
}

/**
 * Creates the public-sector working calendar of Việt Nam: Monday–Friday, 08:00–12:00 and
 * 13:00–17:00 in Asia/Ho_Chi_Minh, the official day-off schedules 2019–2026 shipped as data with
 * their announcing documents, and for other years (1990–2199) the statutory rules, flagged
 * `estimated`. Pass newer schedules (JSON validated by {@link parseSchedule}) and a unit's own
 * overrides without waiting for a release.
 *
 * @param options - Zone, hours, workdays, newer schedules and overrides.
 * @returns The calendar.
 * @throws {SlaError} `INVALID_TIME_ZONE`, `INVALID_DATE` or `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * isWorkingDay(cal, '2025-05-02'); //=> false (swapped day off)
 * isWorkingDay(cal, '2025-04-26'); //=> true (make-up Saturday)
 * ```
 * @category Calendar
 */
/* @__NO_SIDE_EFFECTS__ */
export function vietnamCalendar(options?: VietnamCalendarOptions): WorkingCalendar {
  const fn = 'vietnamCalendar';
  const timeZone = options?.timeZone ?? VIETNAM_TIME_ZONE;
  assertTimeZone(timeZone, fn);
  const hours = compileHours(options?.hours ?? DEFAULT_HOURS, fn);
  const workdays = new Set(options?.workdays ?? [1, 2, 3, 4, 5]);
  const weekly = [0, 1, 2, 3, 4, 5, 6].map((d) => (workdays.has(d) ? hours : []));
  const entries = new Map<number, DayEntry>();
  const official = new Set<number>();
  for (const [y, data] of Object.entries(officialYears())) {
    official.add(Number(y));
    for (const item of data.days.split(' ')) {
      const [date = '', kind = 'holiday', key = ''] = item.split('|');
      const day = parseCivilDate(date, fn);
      addEntry(
        entries,
        {
          date,
          kind: kind as DayKind,
          name: holidayName(key),
          source: { document: data.document, confidence: data.confidence },
          estimated: false,
          onRestDay: kind !== 'make-up' && !workdays.has(weekdayOf(day)),
        },
        fn,
      );
    }
  }
  const schedules = options?.schedules ?? [];
  for (const doc of schedules) {
    for (const y of doc.years ?? []) {
      official.add(y);
      for (const k of [...entries.keys()])
        if (entries.get(k)?.date.startsWith(`${y}-`)) entries.delete(k);
    }
    for (const d of doc.days) {
      const day = parseCivilDate(d.date, fn);
      addEntry(
        entries,
        {
          date: d.date,
          kind: d.kind,
          name: d.name,
          source: doc.source,
          estimated: false,
          onRestDay: d.onRestDay ?? (d.kind !== 'make-up' && !workdays.has(weekdayOf(day))),
        },
        fn,
      );
    }
  }
  const overrides = new Map<
    number,
    { hours: readonly Interval[]; name: LocalizedText | undefined }
  >();
  for (const o of options?.overrides ?? []) {
    overrides.set(parseCivilDate(o.date, fn), { hours: compileHours(o.hours, fn), name: o.name });
  }
  const standard = options?.standardDayMinutes ?? hours.reduce((a, h) => a + h.end - h.start, 0);
  if (!(standard > 0)) {
    throw new SlaError('INVALID_ARGUMENT', {
      en: `${fn}: standardDayMinutes must be positive`,
      vi: `${fn}: standardDayMinutes phải là số dương`,
    });
  }
  return {
    kind: 'motcua.working-calendar',
    timeZone,
    standardDayMinutes: standard,
    _weekly: weekly,
    _hours: hours,
    _entries: entries,
    _overrides: overrides,
    _officialYears: official,
    _projected: new Set(),
    _schedules: schedules,
  };
}

/**
 * Returns a new calendar: `base` plus date-specific overrides (a ward's Saturday-morning desk, a
 * half day, a province's own day off). `base` is not modified; later overrides win.
 *
 * @param base - The calendar to extend (e.g. the public-sector calendar).
 * @param overrides - The dates and their hours (`[]` closes a day).
 * @returns The composed calendar.
 * @throws {SlaError} `INVALID_DATE` or `INVALID_ARGUMENT` for a bad override.
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar, withOverrides } from '@motcua/sla';
 * const ward = withOverrides(vietnamCalendar(), [{ date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }] }]);
 * isWorkingDay(ward, '2026-03-07'); //=> true (Saturday-morning desk)
 * ```
 * @category Calendar
 */
export function withOverrides(
  base: WorkingCalendar,
  overrides: readonly DayOverride[],
): WorkingCalendar {
  const map = new Map(base._overrides);
  for (const o of overrides) {
    map.set(parseCivilDate(o.date, 'withOverrides'), {
      hours: compileHours(o.hours, 'withOverrides'),
      name: o.name,
    });
  }
  return {
    ...base,
    _overrides: map,
    _projected: new Set(base._projected),
    _entries: new Map(base._entries),
  };
}

/** Makes sure the rule-based entries of `year` exist (for years without official data). @internal */
export function ensureYear(cal: WorkingCalendar, year: number): void {
  if (cal._projected.has(year) || cal._officialYears.has(year)) return;
  cal._projected.add(year);
  if (year < 1990 || year > 2199) return;
  const entries = cal._entries as Map<number, DayEntry>;
  for (const e of projectedYear(year, (d) => cal._weekly[weekdayOf(d)]?.length !== 0)) {
    const day = parseCivilDate(e.date, 'vietnamCalendar');
    if (!entries.has(day)) entries.set(day, e);
  }
}

/** The working intervals of an epoch day. @internal */
export function intervalsOf(cal: WorkingCalendar, day: number): readonly Interval[] {
  const o = cal._overrides.get(day);
  if (o) return o.hours;
  const e = cal._entries.get(day);
  if (e) return e.kind === 'make-up' ? cal._hours : [];
  return cal._weekly[weekdayOf(day)] ?? [];
}

/** Epoch day → year without allocation (valid 1900–2199). @internal */
export function yearOfDay(day: number): number {
  // 365.2425 days a year on average; corrected at the boundaries.
  let y = Math.floor(day / 365.2425) + 1970;
  if (daysFromCivil(y, 1, 1) > day) y--;
  else if (daysFromCivil(y + 1, 1, 1) <= day) y++;
  return y;
}

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
  return entriesOf(cal, year).filter((e) => e.kind !== 'make-up');
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
  return entriesOf(cal, year).filter((e) => e.kind === 'make-up');
}

function entriesOf(cal: WorkingCalendar, year: number): DayEntry[] {
  if (!Number.isInteger(year)) {
    throw new SlaError('INVALID_ARGUMENT', {
      en: `year must be an integer, got ${year}`,
      vi: `năm phải là số nguyên, nhận được ${year}`,
    });
  }
  ensureYear(cal, year);
  const from = daysFromCivil(year, 1, 1);
  const to = daysFromCivil(year + 1, 1, 1);
  const out: DayEntry[] = [];
  for (const [day, e] of cal._entries) if (day >= from && day < to) out.push(e);
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * What a date is, for explanation traces printed on receipts: working or not, why, and its hours.
 *
 * @example
 * ```ts
 * import { describeDay, vietnamCalendar } from '@motcua/sla';
 * describeDay(vietnamCalendar(), '2026-02-16');
 * //=> { date: '2026-02-16', working: false, kind: 'day-off', name: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' }, intervals: [] }
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

const WEEKDAYS: readonly LocalizedText[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
];

function clock(m: number): string {
  const h = Math.floor(m / 60);
  const mm = m % 60;
  return `${h < 10 ? '0' : ''}${h}:${mm < 10 ? '0' : ''}${mm}`;
}

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
  const day = dayOf(cal, date, 'describeDay');
  ensureYear(cal, yearOfDay(day));
  const intervals = intervalsOf(cal, day).map((i) => ({
    start: clock(i.start),
    end: clock(i.end),
  }));
  const base = { date: formatCivilDate(day), working: intervals.length > 0, intervals };
  const o = cal._overrides.get(day);
  if (o) return { ...base, kind: 'override', ...(o.name ? { name: o.name } : {}) };
  const e = cal._entries.get(day);
  if (e)
    return { ...base, kind: e.kind === 'make-up' ? 'make-up' : 'day-off', name: e.name, entry: e };
  const weekday = WEEKDAYS[weekdayOf(day)] as LocalizedText;
  return { ...base, kind: intervals.length > 0 ? 'working' : 'weekend', name: weekday };
}

/** Epoch day of a DateInput in the calendar's zone. @internal */
export function dayOf(cal: WorkingCalendar, date: DateInput, fn: string): number {
  if (typeof date === 'string') {
    const d = tryParseCivilDate(date);
    if (!Number.isNaN(d)) return d;
    return parseCivilDate(date, fn);
  }
  return epochDayOfDate(cal, date, fn);
}

function epochDayOfDate(cal: WorkingCalendar, date: Date, fn: string): number {
  return epochDayOf(date, cal.timeZone, fn);
}
