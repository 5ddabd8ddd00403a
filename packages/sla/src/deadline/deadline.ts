/**
 * Legal processing times (thời hạn giải quyết) → the appointment (hẹn trả): the value type, the
 * parser of the texts catalogues publish, due dates under the two counting conventions, the
 * explanation trace, and early / on-time / late.
 *
 * @module
 */
import { daysFromCivil, formatCivilDate, parseCivilDate } from '../_lib/civil';
import { instantMs } from '../_lib/instant';
import { LAST_YEAR } from '../_lib/range';
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
} from '../worktime/worktime';

/**
 * A procedure's processing time:
 * - `{ workingDays: n }`: "n ngày làm việc";
 * - `{ workingHours: n }`: "n giờ làm việc";
 * - `{ days: n }`: n calendar days, counted from the day after receipt; if the last day is not a
 *   working day, the next working day; due at that day's close of business;
 * - `{ sameDay: { cutoff } }`: the same working day if received before `cutoff` (`'HH:mm'`), else the
 *   next working day, due at close of business (certification, Decree 23/2015 Art. 7).
 *
 * @example
 * ```ts
 * import type { ProcessingTime } from '@motcua/sla';
 * const limits: ProcessingTime[] = [{ workingDays: 5 }, { workingHours: 3 }, { days: 30 }, { sameDay: { cutoff: '15:00' } }];
 * ```
 * @category Deadlines
 */
export type ProcessingTime =
  | { readonly workingDays: number }
  | { readonly workingHours: number }
  | { readonly days: number }
  | { readonly sameDay: { readonly cutoff: string } };

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

function amount(n: unknown, fn: string, pt: unknown): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw invalid(fn, pt);
  return n;
}

interface Computed {
  readonly due: number;
  readonly start: number;
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
  const local = toLocal(ms, cal.timeZone);
  const close = (day: number) => {
    const c = closeOfDay(s, day);
    if (c === null) throw invalid(fn, pt);
    return c.getTime();
  };
  const next = (day: number) => parseCivilDate(addWorkingDays(cal, formatCivilDate(day), 1), fn);
  if (pt === null || typeof pt !== 'object') throw invalid(fn, pt);
  if ('sameDay' in pt) {
    const cutoff = parseClockTime(pt.sameDay?.cutoff, fn);
    const today = intervalsOf(s, local.day);
    const closing = today.at(-1)?.end ?? 0;
    const day =
      today.length > 0 && local.minute < cutoff && local.minute < closing
        ? local.day
        : next(local.day);
    return { due: close(day), start: ms };
  }
  if ('days' in pt) {
    const n = amount(pt.days, fn, pt);
    // Calendar days: a whole number from 1 (the day of receipt is not counted, so 0 days would end
    // before the receipt), and the end must fall in the calendar's range.
    if (!Number.isInteger(n) || n < 1) throw invalid(fn, pt);
    if (local.day + n > LAST_DAY)
      throw new SlaError(
        'OUT_OF_RANGE',
        {
          en: `${fn}: ${n} days from ${formatCivilDate(local.day)} end after ${LAST_YEAR}-12-31, the end of the supported range`,
          vi: `${fn}: ${n} ngày kể từ ${formatCivilDate(local.day)} kết thúc sau ${LAST_YEAR}-12-31, ngoài khoảng hỗ trợ`,
        },
        { value: pt },
      );
    let last = local.day + n;
    if (intervalsOf(s, last).length === 0) last = next(last);
    return { due: close(last), start: ms };
  }
  let minutes: number;
  if ('workingDays' in pt) minutes = amount(pt.workingDays, fn, pt) * cal.standardDayMinutes;
  else if ('workingHours' in pt) minutes = amount(pt.workingHours, fn, pt) * 60;
  else throw invalid(fn, pt);
  const convention = options?.convention ?? 'working-hours';
  if (convention === 'end-of-day') {
    const startDay = next(local.day);
    const start = workingStart(s, startDay);
    if ('workingDays' in pt && Number.isInteger(pt.workingDays) && pt.workingDays > 0) {
      return {
        due: close(
          parseCivilDate(addWorkingDays(cal, formatCivilDate(local.day), pt.workingDays), fn),
        ),
        start,
      };
    }
    return {
      due: minutes === 0 ? start : addWorkingTime(cal, new Date(start), { minutes }).getTime(),
      start,
    };
  }
  if (convention !== 'working-hours') throw invalid(fn, options);
  // No working time passes between the receipt and the next opening, so the due instant is where
  // the receipt's working-time position plus the limit is first reached.
  if (minutes > 0 && !wantStart)
    return { due: addWorkingMinutesFast(s, ms, minutes), start: Number.NaN };
  const start = nextOpening(cal, new Date(ms)).getTime();
  return { due: minutes === 0 ? start : addWorkingMinutesFast(s, start, minutes), start };
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
  /** The non-working days between the receipt and the due date, and why. */
  readonly trace: readonly TraceEntry[];
  /** The trace as one line, e.g. `'2026-02-16: Tết Nguyên đán; 2026-02-21: Thứ Bảy'`. */
  readonly text: LocalizedText;
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
  const { due, start } = compute(cal, receivedAt, processingTime, options, 'explainDueDate', true);
  const from = toLocal(instantMs(receivedAt, 'explainDueDate'), cal.timeZone).day;
  const to = toLocal(due, cal.timeZone).day;
  const trace: TraceEntry[] = [];
  for (let d = from; d <= to; d++) {
    const desc = describeDay(cal, formatCivilDate(d));
    if (!desc.working)
      trace.push({ date: desc.date, reason: desc.name ?? { vi: 'Ngày nghỉ', en: 'Day off' } });
  }
  const line = (l: 'vi' | 'en') => trace.map((t) => `${t.date}: ${t.reason[l]}`).join('; ');
  return {
    due: new Date(due),
    start: new Date(start),
    processingTime,
    convention: options?.convention ?? 'working-hours',
    trace,
    text: { vi: line('vi'), en: line('en') },
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
