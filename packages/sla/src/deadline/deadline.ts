/**
 * Legal processing times (thời hạn giải quyết) → the appointment (hẹn trả): the value type, the
 * parser of the texts catalogues publish, due dates under the two counting conventions, the
 * explanation trace, and early / on-time / late.
 *
 * @module
 */
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatCivilDate,
  parseCivilDate,
} from '../_lib/civil';
import { instantMs } from '../_lib/instant';
import { FIRST_CALENDAR_YEAR, LAST_YEAR } from '../_lib/range';
import { show } from '../_lib/show';
import { fromLocal, parseClockTime, toLocal } from '../_lib/zone';
import type { WorkingCalendar } from '../calendar/calendar';
import { describeDay } from '../calendar/days';
import { type CalendarState, intervalsOf, stateOf } from '../calendar/state';
import { SlaError } from '../errors';
import type { CivilDate, Instant, LocalizedText } from '../types';
import {
  addWorkingDays,
  addWorkingMinutesFast,
  addWorkingTime,
  closeOfDay,
  nextOpening,
  rangeError,
} from '../worktime/worktime';
import { kindOf, limitKind, type ProcessingTime, readProcessingTime } from './value';

export type {
  ProcessingAllotment,
  ProcessingAlternative,
  ProcessingChannel,
  ProcessingLimit,
  ProcessingTime,
  ProcessingTimeExtras,
} from './value';

/**
 * How working days and hours are counted (see {@link dueDate}).
 *
 * @example
 * ```ts
 * import type { DueDateConvention } from '@motcua/sla';
 * const c: DueDateConvention = 'end-of-day';
 * ```
 * @category Deadlines
 */
export type DueDateConvention = 'working-hours' | 'end-of-day';

/**
 * Options of {@link dueDate} and {@link explainDueDate}.
 *
 * @example
 * ```ts
 * import type { DueDateOptions } from '@motcua/sla';
 * const options: DueDateOptions = { convention: 'working-hours' };
 * ```
 * @category Deadlines
 */
export interface DueDateOptions {
  /** `'working-hours'` (default, what one-stop receipts print) or `'end-of-day'` (Civil Code style). */
  readonly convention?: DueDateConvention | undefined;
}

function invalid(fn: string, pt: unknown): SlaError {
  return new SlaError(
    'INVALID_ARGUMENT',
    {
      en: `${fn}: not a processing time (a positive amount of one unit, or sameDay): ${show(pt)}`,
      vi: `${fn}: thời hạn giải quyết không hợp lệ (cần một số dương của một đơn vị, hoặc sameDay): ${show(pt)}`,
    },
    { value: pt },
  );
}

const LAST_DAY = daysFromCivil(LAST_YEAR, 12, 31);

const FIRST_DAY = daysFromCivil(FIRST_CALENDAR_YEAR, 1, 1);

function pastRange(fn: string, pt: unknown, from: number): SlaError {
  const f = formatCivilDate(from);
  const p = show(pt);
  return new SlaError(
    'OUT_OF_RANGE',
    {
      en: `${fn}: ${p} from ${f} ends after ${LAST_YEAR}-12-31, the end of the supported range`,
      vi: `${fn}: thời hạn ${p} tính từ ngày ${f} kết thúc sau ngày 31/12/${LAST_YEAR}, ngoài khoảng ngày được hỗ trợ`,
    },
    { value: pt },
  );
}

function noLimit(fn: string, pt: unknown): SlaError {
  return new SlaError(
    'NO_LIMIT',
    {
      en: `${fn}: the procedure has no statutory processing time ("Không quy định"), so there is no due date`,
      vi: `${fn}: thủ tục không quy định thời hạn giải quyết nên không có ngày hẹn trả`,
    },
    { value: pt },
  );
}

interface Computed {
  readonly due: number;
  readonly start: number;
  /** The calendar period's nominal last day, before moving off a day off (calendar kinds only). */
  readonly nominal: number | null;
}

function compute(
  cal: WorkingCalendar,
  receivedAt: Instant,
  pt: ProcessingTime,
  options: DueDateOptions | undefined,
  fn: string,
  wantStart: boolean,
): Computed {
  const s = stateOf(cal, fn);
  const ms = instantMs(receivedAt, fn);
  const kind = limitKind(pt, fn);
  const local = toLocal(ms, cal.timeZone);
  // Every kind counts from a receipt inside the supported years (the working-time kinds found it
  // through the calendar; the calendar and clock-time kinds did not, and answered Invalid Date).
  if (!(local.day >= FIRST_DAY && local.day <= LAST_DAY)) throw rangeError(fn, 'date');
  const close = (day: number) => {
    const c = closeOfDay(s, day);
    if (c === null) throw invalid(fn, pt);
    return c.getTime();
  };
  const next = (day: number) => parseCivilDate(addWorkingDays(cal, formatCivilDate(day), 1), fn);
  const n = (pt as unknown as Record<string, number>)[kind] ?? 0;
  switch (kind) {
    case 'noLimit':
      throw noLimit(fn, pt);
    case 'sameDay': {
      const cutoff = parseClockTime((pt as { sameDay: { cutoff: string } }).sameDay.cutoff, fn);
      const today = intervalsOf(s, local.day);
      const closing = today.at(-1)?.end ?? 0;
      // "received after 15:00" (Decree 23/2015 Art. 7): a receipt at 15:00:00.000 exactly is not
      // after the cutoff (`local.minute` carries the seconds as a fraction). A cutoff of 00:00 is
      // "the next working day" ("Trong ngày làm việc tiếp theo"): nothing is received before it.
      const beforeCutoff = local.minute < cutoff || (local.minute === cutoff && cutoff > 0);
      const day =
        today.length > 0 && beforeCutoff && local.minute < closing ? local.day : next(local.day);
      return { due: close(day), start: ms, nominal: null };
    }
    case 'immediate': {
      // The end of the working session the receipt falls in, or of the next one.
      for (const iv of intervalsOf(s, local.day))
        if (local.minute < iv.end)
          return { due: fromLocal(local.day, iv.end, s.timeZone), start: ms, nominal: null };
      const day = next(local.day);
      const first = intervalsOf(s, day)[0];
      return { due: fromLocal(day, first?.end ?? 0, s.timeZone), start: ms, nominal: null };
    }
    case 'hours':
    case 'minutes': {
      const due = ms + n * (kind === 'hours' ? 3_600_000 : 60_000);
      // The end of the supported years in the calendar's zone, not in UTC.
      if (toLocal(due, cal.timeZone).day > LAST_DAY) throw pastRange(fn, pt, local.day);
      return { due, start: ms, nominal: null };
    }
    case 'days':
    case 'weeks':
    case 'months': {
      // Civil Code 2015 Arts. 147–148: the day of receipt is not counted; a period in weeks or
      // months ends on the corresponding day (the month's last day when it has none).
      let last: number;
      if (kind === 'months') {
        const { year: y, month: m, day: d } = civilFromDays(local.day);
        const months = y * 12 + (m - 1) + n;
        const ty = Math.floor(months / 12);
        if (ty > LAST_YEAR) throw pastRange(fn, pt, local.day);
        const tm = (months % 12) + 1;
        last = daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm)));
      } else last = local.day + (kind === 'weeks' ? 7 * n : n);
      if (last > LAST_DAY) throw pastRange(fn, pt, local.day);
      const nominal = last;
      if (intervalsOf(s, last).length === 0) last = next(last);
      return { due: close(last), start: ms, nominal };
    }
    default:
      break;
  }
  const minutes = kind === 'workingDays' ? n * cal.standardDayMinutes : n * 60;
  const convention = options?.convention ?? 'working-hours';
  if (convention === 'end-of-day') {
    const startDay = next(local.day);
    const start = workingStart(s, startDay);
    if (kind === 'workingDays' && Number.isInteger(n)) {
      return {
        due: close(parseCivilDate(addWorkingDays(cal, formatCivilDate(local.day), n), fn)),
        start,
        nominal: null,
      };
    }
    return {
      due: addWorkingTime(cal, new Date(start), { minutes }).getTime(),
      start,
      nominal: null,
    };
  }
  if (convention !== 'working-hours') throw invalid(fn, options);
  // No working time passes between the receipt and the next opening, so the due instant is where
  // the receipt's working-time position plus the limit is first reached.
  if (!wantStart)
    return { due: addWorkingMinutesFast(s, ms, minutes), start: Number.NaN, nominal: null };
  const start = nextOpening(cal, new Date(ms)).getTime();
  return { due: addWorkingMinutesFast(s, start, minutes), start, nominal: null };
}

function workingStart(s: CalendarState, day: number): number {
  const first = intervalsOf(s, day)[0];
  return fromLocal(day, first?.start ?? 0, s.timeZone);
}

/**
 * Computes when a dossier's result is due (the appointment, hẹn trả) from its receipt instant and
 * the procedure's processing time.
 *
 * Conventions for working days and hours (`options.convention`):
 * - `'working-hours'` (default, what Vietnamese one-stop systems print on receipts): the clock
 *   starts at `receivedAt`, or at the next opening when that is outside working time, and the limit
 *   is consumed as working time, one working day being the calendar's standard day (8 hours).
 *   Received Monday 10:00 with 5 working days → the next Monday 10:00; received Saturday 09:00 →
 *   counting starts Monday 08:00 → due Friday 17:00 (never the next Monday 08:00).
 * - `'end-of-day'` (Civil Code style): counting starts the working day after the day of receipt and
 *   the due instant is the close of the n-th working day.
 * Calendar days and same-day limits do not depend on the convention (see {@link ProcessingTime}).
 *
 * @param cal - The working calendar (e.g. {@link vietnamCalendar}).
 * @param receivedAt - The instant of receipt.
 * @param processingTime - The limit.
 * @param options - The counting convention.
 * @returns The due instant.
 * @throws {SlaError} `INVALID_DATE`, `INVALID_ARGUMENT` or `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { dueDate, vietnamCalendar } from '@motcua/sla';
 * // Friday 13/2/2026 10:00, 5 working days; Tết (16–20/2) and the weekends are skipped.
 * dueDate(vietnamCalendar(), new Date('2026-02-13T10:00:00+07:00'), { workingDays: 5 }).toISOString();
 * //=> '2026-02-27T03:00:00.000Z'
 * ```
 * @category Deadlines
 */
export function dueDate(
  cal: WorkingCalendar,
  receivedAt: Instant,
  processingTime: ProcessingTime,
  options?: DueDateOptions,
): Date {
  return new Date(compute(cal, receivedAt, processingTime, options, 'dueDate', false).due);
}

/**
 * One line of an explanation: a date skipped and why.
 *
 * @example
 * ```ts
 * import type { TraceEntry } from '@motcua/sla';
 * const e: TraceEntry = { date: '2026-02-16', reason: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' } };
 * ```
 * @category Deadlines
 */
export interface TraceEntry {
  /** The date that was not counted. */
  readonly date: CivilDate;
  /** Why (the holiday, or the weekday for a weekly rest day). */
  readonly reason: LocalizedText;
}

/**
 * A due date with its explanation.
 *
 * @example
 * ```ts
 * import { explainDueDate, vietnamCalendar } from '@motcua/sla';
 * const e = explainDueDate(vietnamCalendar(), new Date('2026-02-13T10:00:00+07:00'), { workingDays: 5 });
 * e.trace.length; //=> 9 (Sat 14, Sun 15, Tết 16–20, Sat 21, Sun 22)
 * e.estimatedYears; //=> [] (2026 has its official schedule)
 * // Across Tết 2027, whose days off are not announced yet:
 * explainDueDate(vietnamCalendar(), new Date('2027-02-02T14:00:00+07:00'), { workingDays: 3 }).estimatedYears; //=> [2027]
 * ```
 * @category Deadlines
 */
export interface DueDateExplanation {
  /** The due instant. */
  readonly due: Date;
  /** When counting started. */
  readonly start: Date;
  /** The processing time applied. */
  readonly processingTime: ProcessingTime;
  /** The convention applied. */
  readonly convention: DueDateConvention;
  /**
   * The days off that moved the deadline, and why: for limits in working time, every day off
   * between the receipt and the due date; for calendar days, weeks and months (which count days
   * off), only the days off at the end that pushed it to the next working day; none for clock time.
   */
  readonly trace: readonly TraceEntry[];
  /** The trace as one line, e.g. `'2026-02-16: Tết Nguyên đán; 2026-02-21: Thứ Bảy'`. */
  readonly text: LocalizedText;
  /**
   * The years from the receipt to the due date whose days off are estimated from the rules (no
   * official schedule shipped or loaded), e.g. `[2027]`: the appointment may move when that year's
   * schedule is announced, so a receipt can say so and the dossier can be found to recompute.
   * `[]` when every day counted comes from an official schedule.
   */
  readonly estimatedYears: readonly number[];
}

/**
 * {@link dueDate} with its explanation: the non-working days skipped between the receipt and the
 * due date, and why, ready to print on a receipt.
 *
 * @param cal - The calendar.
 * @param receivedAt - The instant of receipt.
 * @param processingTime - The limit.
 * @param options - The counting convention.
 * @returns The due instant, when counting started, and the trace.
 * @throws {SlaError} As {@link dueDate}.
 * @example
 * ```ts
 * import { explainDueDate, vietnamCalendar } from '@motcua/sla';
 * explainDueDate(vietnamCalendar(), new Date('2026-02-13T10:00:00+07:00'), { workingDays: 5 }).text.vi;
 * //=> '2026-02-14: Thứ Bảy; 2026-02-15: Chủ nhật; 2026-02-16: Tết Nguyên đán; …; 2026-02-22: Chủ nhật'
 * ```
 * @category Deadlines
 */
export function explainDueDate(
  cal: WorkingCalendar,
  receivedAt: Instant,
  processingTime: ProcessingTime,
  options?: DueDateOptions,
): DueDateExplanation {
  const { due, start, nominal } = compute(
    cal,
    receivedAt,
    processingTime,
    options,
    'explainDueDate',
    true,
  );
  const kind = kindOf(processingTime);
  // What really moved the deadline: for working time, every day off between the receipt and the
  // due date; for a calendar period (days off count), only the days off at its end that pushed it
  // to the next working day; for clock time, nothing.
  const from =
    nominal !== null ? nominal : toLocal(instantMs(receivedAt, 'explainDueDate'), cal.timeZone).day;
  const to =
    kind === 'hours' || kind === 'minutes'
      ? from - 1
      : toLocal(due, cal.timeZone).day - (nominal !== null ? 1 : 0);
  const trace: TraceEntry[] = [];
  for (let d = from; d <= to; d++) {
    const desc = describeDay(cal, formatCivilDate(d));
    if (!desc.working)
      trace.push({ date: desc.date, reason: desc.name ?? { vi: 'Ngày nghỉ', en: 'Day off' } });
  }
  const line = (l: 'vi' | 'en') => trace.map((t) => `${t.date}: ${t.reason[l]}`).join('; ');
  // Clock time counts no days off: nothing in it is estimated.
  const official = stateOf(cal, 'explainDueDate').officialYears;
  const estimatedYears: number[] = [];
  if (kind !== 'hours' && kind !== 'minutes') {
    const first = civilFromDays(toLocal(instantMs(receivedAt, 'explainDueDate'), cal.timeZone).day);
    const last = civilFromDays(toLocal(due, cal.timeZone).day);
    for (let y = first.year; y <= last.year; y++) if (!official.has(y)) estimatedYears.push(y);
  }
  return {
    due: new Date(due),
    start: new Date(start),
    processingTime: readProcessingTime(processingTime, 'explainDueDate'),
    convention: options?.convention ?? 'working-hours',
    trace,
    text: { vi: line('vi'), en: line('en') },
    estimatedYears,
  };
}

/**
 * Early, on time or late (trước hạn, đúng hạn, quá hạn).
 *
 * @example
 * ```ts
 * import type { Timeliness } from '@motcua/sla';
 * const t: Timeliness = 'on-time';
 * ```
 * @category Deadlines
 */
export type Timeliness = 'early' | 'on-time' | 'late';

/**
 * Options of {@link classifyTimeliness}.
 *
 * @example
 * ```ts
 * import type { ClassifyTimelinessOptions } from '@motcua/sla';
 * const o: ClassifyTimelinessOptions = { granularity: 'instant' };
 * ```
 * @category Deadlines
 */
export interface ClassifyTimelinessOptions {
  /**
   * `'day'` (default): early means finished on a calendar day before the appointment's day (the
   * portals' "trước hạn"), on time means on the appointment's day and not after the appointment;
   * `'instant'`: early means any instant before the appointment.
   */
  readonly granularity?: 'day' | 'instant' | undefined;
  /** The calendar whose time zone defines "day" (default Asia/Ho_Chi_Minh). */
  readonly calendar?: WorkingCalendar | undefined;
}

/**
 * Classifies a finished dossier as the national statistics do (Decision 766, indicator 2.1): on
 * time when it finished no later than the appointment, late otherwise; early when it finished before
 * the appointment's day (or before the appointment, with `granularity: 'instant'`).
 *
 * @param finishedAt - The end of processing.
 * @param dueAt - The appointment.
 * @param options - Granularity and calendar.
 * @returns `'early'`, `'on-time'` or `'late'`.
 * @throws {SlaError} `INVALID_DATE` for invalid instants.
 * @example
 * ```ts
 * import { classifyTimeliness } from '@motcua/sla';
 * classifyTimeliness(new Date('2026-02-26T09:00:00Z'), new Date('2026-02-27T03:00:00Z')); //=> 'early'
 * classifyTimeliness(new Date('2026-02-27T02:00:00Z'), new Date('2026-02-27T03:00:00Z')); //=> 'on-time'
 * classifyTimeliness(new Date('2026-02-27T04:00:00Z'), new Date('2026-02-27T03:00:00Z')); //=> 'late'
 * ```
 * @category Deadlines
 */
export function classifyTimeliness(
  finishedAt: Instant,
  dueAt: Instant,
  options?: ClassifyTimelinessOptions,
): Timeliness {
  const f = instantMs(finishedAt, 'classifyTimeliness');
  const d = instantMs(dueAt, 'classifyTimeliness');
  if (f > d) return 'late';
  if (options?.granularity === 'instant') return f < d ? 'early' : 'on-time';
  const zone = options?.calendar?.timeZone ?? 'Asia/Ho_Chi_Minh';
  return toLocal(f, zone).day < toLocal(d, zone).day ? 'early' : 'on-time';
}
