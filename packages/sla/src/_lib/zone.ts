/**
 * Time-zone primitives: the link between instants (`Date`) and civil date + minute-of-day in a
 * calendar's IANA zone. Never reads the host zone.
 *
 * @internal
 * @module
 */
import { tzOffset } from '@date-fns/tz';
import { SlaError } from '../errors';
import type { CivilDate, DateInput, Instant } from '../types';
import { daysFromCivil, formatCivilDate, MS_PER_DAY, parseCivilDate } from './civil';
import { instantMs } from './instant';
import { FIRST_CALENDAR_YEAR, LAST_YEAR } from './range';
import { show } from './show';

/** The default zone of every motcua calendar. @internal */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** 1975-06-13T00:00+08:00: since then Việt Nam (whole country) has been at a fixed UTC+7, no DST. */
const VN_FIXED_SINCE_MS = Date.UTC(1975, 5, 12, 16, 0, 0);
const FIXED_PLUS_7 = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon', 'Asia/Bangkok', 'Etc/GMT-7']);
const known = new Map<string, boolean>();

/**
 * Throws unless `timeZone` is an IANA zone this runtime knows.
 * @throws {SlaError} `INVALID_TIME_ZONE`
 * @internal
 */
export function assertTimeZone(timeZone: unknown, fn: string): asserts timeZone is string {
  if (typeof timeZone === 'string') {
    let ok = known.get(timeZone);
    if (ok === undefined) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone });
        ok = true;
      } catch {
        ok = false;
      }
      known.set(timeZone, ok);
    }
    if (ok) return;
  }
  throw new SlaError(
    'INVALID_TIME_ZONE',
    {
      en: `${fn}: unknown IANA time zone ${show(timeZone)}`,
      vi: `${fn}: múi giờ IANA không hợp lệ: ${show(timeZone)}`,
    },
    { value: timeZone },
  );
}

/** 1900-01-01T00:00Z: the start of the offsets tabulated for the +7 zones. */
const TABLE_FROM_MS = Date.UTC(1899, 11, 1);
const STEP_MS = 7 * 86_400_000;

/** A zone's offsets before it became fixed at +7: offset `offset[i]` from `at[i]` (ms) on. */
interface OffsetHistory {
  readonly at: Float64Array;
  readonly offset: Float64Array;
}
const histories = new Map<string, OffsetHistory>();
let lastZone = '';
let lastHistory: OffsetHistory | undefined;

/**
 * The historical offsets of a +7 zone from 1899-12 to its fixing in 1975, read once from the
 * runtime's time-zone data (weekly samples, each change found to the millisecond by bisection), so
 * that converting an old instant costs a binary search instead of an `Intl` call.
 */
function historyOf(timeZone: string): OffsetHistory {
  let h = histories.get(timeZone);
  if (h !== undefined) return h;
  const at: number[] = [Number.NEGATIVE_INFINITY];
  const offset: number[] = [tzOffset(timeZone, new Date(TABLE_FROM_MS))];
  let prevMs = TABLE_FROM_MS;
  let prev = offset[0] as number;
  for (let ms = TABLE_FROM_MS + STEP_MS; ms <= VN_FIXED_SINCE_MS + STEP_MS; ms += STEP_MS) {
    const o = tzOffset(timeZone, new Date(ms));
    if (o !== prev) {
      let lo = prevMs;
      let hi = ms; // offset(lo) = prev, offset(hi) = o: find the first instant with the new offset
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (tzOffset(timeZone, new Date(mid)) === prev) lo = mid;
        else hi = mid;
      }
      at.push(hi);
      offset.push(o);
      prev = o;
    }
    prevMs = ms;
  }
  h = { at: Float64Array.from(at), offset: Float64Array.from(offset) };
  histories.set(timeZone, h);
  return h;
}

/** Offset of `timeZone` from UTC in minutes at the instant `utcMs` (UTC+7 → 420). @internal */
export function offsetMinutes(timeZone: string, utcMs: number): number {
  if (FIXED_PLUS_7.has(timeZone)) {
    if (utcMs >= VN_FIXED_SINCE_MS) return 420;
    if (utcMs >= TABLE_FROM_MS) {
      if (timeZone !== lastZone) {
        lastHistory = historyOf(timeZone);
        lastZone = timeZone;
      }
      const h = lastHistory as OffsetHistory;
      let lo = 0;
      let hi = h.at.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((h.at[mid] as number) <= utcMs) lo = mid;
        else hi = mid - 1;
      }
      return h.offset[lo] as number;
    }
  }
  return tzOffset(timeZone, new Date(utcMs));
}

/** A local civil day and minute of that day. @internal */
export interface LocalTime {
  /** Epoch day of the local civil date. */
  readonly day: number;
  /** Minutes since local midnight, fractional when the instant has seconds (0 ≤ minute < 1440). */
  readonly minute: number;
}

/** The local civil day and minute of an instant in `timeZone`. @internal */
export function toLocal(utcMs: number, timeZone: string): LocalTime {
  const localMs = utcMs + offsetMinutes(timeZone, utcMs) * 60_000;
  const day = Math.floor(localMs / MS_PER_DAY);
  return { day, minute: (localMs - day * MS_PER_DAY) / 60_000 };
}

/**
 * The instant of local civil day `day` at `minute` (0–1440) in `timeZone`. A local time that a
 * change of offset repeats gives its earlier instant; one that a change skips (a gap) is read with
 * the offset before the change, i.e. moved forward by the gap (Temporal's `'compatible'`): the
 * start of a day whose midnight is skipped is the instant the day begins. @internal
 */
export function fromLocal(day: number, minute: number, timeZone: string): number {
  const localMs = day * MS_PER_DAY + minute * 60_000;
  // The offsets a day either side: a change of offset between them is the only ambiguity.
  const before = offsetMinutes(timeZone, localMs - MS_PER_DAY);
  const after = offsetMinutes(timeZone, localMs + MS_PER_DAY);
  const early = localMs - before * 60_000;
  if (before === after) return early;
  const late = localMs - after * 60_000;
  const earlyValid = offsetMinutes(timeZone, early) === before;
  const lateValid = offsetMinutes(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late); // repeated: the first
  if (lateValid) return late;
  return early; // valid, or in the gap: moved forward by it
}

const steady = new Map<string, boolean>();

/**
 * Refuses (`INVALID_TIME_ZONE`) a zone whose UTC offset changes between 1990 and 2199 (daylight
 * saving time, or a permanent change): working calendars count working time in wall-clock minutes
 * of each civil day, which a 23- or 25-hour day would make wrong. Asia/Ho_Chi_Minh keeps +07:00
 * over those years. @internal
 */
export function assertSteadyZone(timeZone: string, fn: string): void {
  let ok = FIXED_PLUS_7.has(timeZone) || steady.get(timeZone);
  if (ok === undefined) {
    // Every week of the supported years: a short-lived change (Santo Domingo's five weeks of
    // 2000) is found too. Once per zone.
    const from = Date.UTC(FIRST_CALENDAR_YEAR, 0, 1);
    const to = Date.UTC(LAST_YEAR + 1, 0, 1);
    const first = tzOffset(timeZone, new Date(from));
    ok = true;
    for (let t = from; t < to && ok; t += 7 * MS_PER_DAY)
      if (tzOffset(timeZone, new Date(t)) !== first) ok = false;
    steady.set(timeZone, ok);
  }
  if (ok) return;
  throw new SlaError(
    'INVALID_TIME_ZONE',
    {
      en: `${fn}: ${show(timeZone)} changes its UTC offset (daylight saving time); a working calendar needs one fixed offset`,
      vi: `${fn}: múi giờ ${show(timeZone)} thay đổi độ lệch UTC (giờ mùa hè); lịch làm việc cần một độ lệch cố định`,
    },
    { value: timeZone },
  );
}

/**
 * The epoch day of a {@link DateInput}: a `'YYYY-MM-DD'` string as is, an instant (`Date` or ISO
 * string with offset) read in `timeZone`.
 * @throws {SlaError} `INVALID_DATE`
 * @internal
 */
export function epochDayOf(input: DateInput, timeZone: string, fn: string): number {
  // A civil date as is; an instant (a Date, or an ISO string with its offset) read in the zone.
  if (typeof input === 'string' && input.length <= 10) return parseCivilDate(input, fn);
  return toLocal(instantMs(input, fn), timeZone).day;
}

/**
 * Parses `'HH:mm'` (00:00–24:00) into minutes since midnight.
 * @throws {SlaError} `INVALID_DATE`
 * @internal
 */
export function parseClockTime(s: unknown, fn: string): number {
  const m = typeof s === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(s) : null;
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (Number.isNaN(minutes) || minutes > 1440) {
    throw new SlaError(
      'INVALID_DATE',
      {
        en: `${fn}: expected a time of day 'HH:mm' between 00:00 and 24:00, got ${show(s)}`,
        vi: `${fn}: giờ phải có dạng 'HH:mm' từ 00:00 đến 24:00, nhận được ${show(s)}`,
      },
      { value: s },
    );
  }
  return minutes;
}

/** Formats minutes since midnight as `'HH:mm'`. @internal */
export function formatClockTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * The civil date (`'YYYY-MM-DD'`) of an instant in a time zone: Asia/Ho_Chi_Minh unless told
 * otherwise, whatever the host's zone. The one zone engine of motcua (historical offsets included).
 *
 * @param instant - A `Date` or an ISO 8601 string with its offset.
 * @param timeZone - An IANA zone (default `'Asia/Ho_Chi_Minh'`).
 * @returns The civil date.
 * @throws {SlaError} `INVALID_DATE`, `INVALID_TIME_ZONE`.
 * @example
 * ```ts
 * import { civilDateOf } from '@motcua/sla';
 * civilDateOf('2026-02-13T20:00:00Z'); //=> '2026-02-14' (03:00 in Hà Nội)
 * civilDateOf('2026-02-13T20:00:00Z', 'UTC'); //=> '2026-02-13'
 * ```
 * @category Dates
 */
export function civilDateOf(instant: Instant, timeZone: string = VIETNAM_TIME_ZONE): CivilDate {
  assertTimeZone(timeZone, 'civilDateOf');
  return formatCivilDate(localDay(instantMs(instant, 'civilDateOf'), timeZone, 'civilDateOf'));
}

const DAY_1 = daysFromCivil(1, 1, 1);
const DAY_9999 = daysFromCivil(9999, 12, 31);

/**
 * The local civil day of an instant, refused (`OUT_OF_RANGE`) when its year cannot be written as a
 * civil date `YYYY-MM-DD` (years 1–9999): the edges of `Date` (±8.64e15 ms) are valid instants
 * whose local day is not. @internal
 */
export function localDay(ms: number, timeZone: string, fn: string): number {
  const day = toLocal(ms, timeZone).day;
  if (day >= DAY_1 && day <= DAY_9999) return day;
  throw new SlaError(
    'OUT_OF_RANGE',
    {
      en: `${fn}: ${new Date(ms).toISOString()} is outside the years 1–9999`,
      vi: `${fn}: ${new Date(ms).toISOString()} nằm ngoài các năm 1–9999`,
    },
    { value: ms },
  );
}

/**
 * The instant a civil date starts (00:00) in a time zone: Asia/Ho_Chi_Minh unless told otherwise,
 * whatever the host's zone. Report periods and calendar queries read civil dates this way.
 *
 * @param date - A civil date `'YYYY-MM-DD'`.
 * @param timeZone - An IANA zone (default `'Asia/Ho_Chi_Minh'`).
 * @returns The instant.
 * @throws {SlaError} `INVALID_DATE`, `INVALID_TIME_ZONE`.
 * @example
 * ```ts
 * import { startOfCivilDay } from '@motcua/sla';
 * startOfCivilDay('2026-02-01').toISOString(); //=> '2026-01-31T17:00:00.000Z'
 * ```
 * @category Dates
 */
export function startOfCivilDay(date: CivilDate, timeZone: string = VIETNAM_TIME_ZONE): Date {
  assertTimeZone(timeZone, 'startOfCivilDay');
  return new Date(fromLocal(parseCivilDate(date, 'startOfCivilDay'), 0, timeZone));
}
