/**
 * The processing-time value (thời hạn giải quyết): its kinds, its decorations (alternatives,
 * exclusions, per-agency allotments), the one validator every entry point reads it through, and
 * the working time it allows.
 *
 * @module
 */
import { show } from '../_lib/show';
import { SlaError } from '../errors';

/**
 * One limit, of one kind:
 * - `{ workingDays: n }`: "n ngày làm việc" (`n` may be a fraction: `0.5` is half the calendar's
 *   standard day);
 * - `{ workingHours: n }`: "n giờ làm việc";
 * - `{ days: n }`, `{ weeks: n }`, `{ months: n }`: calendar periods counted as the Civil Code 2015
 *   counts them (Arts. 147–148): the day of receipt is not counted; days end on the n-th day after
 *   it, weeks on the same weekday n weeks later, months on the same day of the month n months later
 *   (the month's last day when it has no such day); when that day is not a working day, the next
 *   working day; due at that day's close of business;
 * - `{ hours: n }`, `{ minutes: n }`: clock time elapsed from receipt ("Trong thời hạn 24 giờ",
 *   "Không quá 30 phút"), nights and days off included;
 * - `{ sameDay: { cutoff } }`: the same working day if received at or before `cutoff` (`'HH:mm'`),
 *   the next working day if received after it (15:00:00 exactly is not after 15:00), due at close
 *   of business (certification, Decree 23/2015 Art. 7);
 * - `{ immediate: true }`: "Giải quyết ngay": due at the end of the working session (morning or
 *   afternoon) of the receipt, or of the next session when received outside working time;
 * - `{ noLimit: true }`: "Không quy định": no statutory limit; there is no due date and timeliness
 *   does not apply.
 *
 * @example
 * ```ts
 * import type { ProcessingLimit } from '@motcua/sla';
 * const limits: ProcessingLimit[] = [{ workingDays: 0.5 }, { months: 2 }, { hours: 24 }, { immediate: true }];
 * ```
 * @category Deadlines
 */
export type ProcessingLimit =
  | { readonly workingDays: number }
  | { readonly workingHours: number }
  | { readonly days: number }
  | { readonly weeks: number }
  | { readonly months: number }
  | { readonly hours: number }
  | { readonly minutes: number }
  | { readonly sameDay: { readonly cutoff: string } }
  | { readonly immediate: true }
  | { readonly noLimit: true };

/**
 * A channel a condition can name (the channels of core's procedures).
 *
 * @example
 * ```ts
 * import type { ProcessingChannel } from '@motcua/sla';
 * const c: ProcessingChannel = 'online';
 * ```
 * @category Deadlines
 */
export type ProcessingChannel = 'direct' | 'online' | 'postal';

/**
 * A conditional limit published beside the standard one ("trường hợp cần xác minh thì không quá 05
 * ngày làm việc").
 *
 * @example
 * ```ts
 * import type { ProcessingAlternative } from '@motcua/sla';
 * const a: ProcessingAlternative = { condition: 'trường hợp cần xác minh', limit: { workingDays: 5 } };
 * ```
 * @category Deadlines
 */
export interface ProcessingAlternative {
  /** The condition, in the catalogue's words. */
  readonly condition: string;
  /** The channel, when the condition is one (online, in person, by post). */
  readonly channel?: ProcessingChannel | undefined;
  /** The limit that applies under the condition. */
  readonly limit: ProcessingLimit;
}

/**
 * One agency's share of an interlinked (liên thông) procedure's total limit.
 *
 * @example
 * ```ts
 * import type { ProcessingAllotment } from '@motcua/sla';
 * const a: ProcessingAllotment = { agency: 'Sở Xây dựng', limit: { workingDays: 15 } };
 * ```
 * @category Deadlines
 */
export interface ProcessingAllotment {
  /** The agency, in the catalogue's words. */
  readonly agency: string;
  /** Its allotment, of the same kind as the total. */
  readonly limit: ProcessingLimit;
}

/**
 * What a catalogue says besides the standard limit.
 *
 * @example
 * ```ts
 * import type { ProcessingTimeExtras } from '@motcua/sla';
 * const x: ProcessingTimeExtras = { excluding: ['thời gian niêm yết'] };
 * ```
 * @category Deadlines
 */
export interface ProcessingTimeExtras {
  /** Conditional limits; {@link dueDate} uses the standard one, a dossier may switch with a reason. */
  readonly alternatives?: readonly ProcessingAlternative[] | undefined;
  /** Periods not counted ("không kể thời gian niêm yết"): pause the clock while they happen. */
  readonly excluding?: readonly string[] | undefined;
  /** The per-agency split of the total, adding up to it (liên thông). */
  readonly allotments?: readonly ProcessingAllotment[] | undefined;
}

/**
 * A procedure's processing time: the standard {@link ProcessingLimit}, and optionally its
 * alternatives, exclusions and per-agency allotments ({@link ProcessingTimeExtras}).
 *
 * @example
 * ```ts
 * import type { ProcessingTime } from '@motcua/sla';
 * const marriage: ProcessingTime = {
 *   sameDay: { cutoff: '24:00' },
 *   alternatives: [{ condition: 'trường hợp cần xác minh', limit: { workingDays: 5 } }],
 * };
 * ```
 * @category Deadlines
 */
export type ProcessingTime = ProcessingLimit & ProcessingTimeExtras;

/** The kinds of limit, as their keys. @internal */
export type LimitKind =
  | 'workingDays'
  | 'workingHours'
  | 'days'
  | 'weeks'
  | 'months'
  | 'hours'
  | 'minutes'
  | 'sameDay'
  | 'immediate'
  | 'noLimit';

/** The largest amount of each numeric kind (beyond it no deadline falls in the supported range). */
export const MAX_AMOUNT: Readonly<Record<string, number>> = {
  workingDays: 100_000,
  workingHours: 800_000,
  days: 100_000,
  weeks: 15_000,
  months: 3_600,
  hours: 2_400_000,
  minutes: 144_000_000,
};
/** The kinds whose amount must be a whole number. */
const WHOLE = new Set(['days', 'weeks', 'months', 'minutes']);
const CUTOFF = /^([01]\d|2[0-4]):[0-5]\d$/;
const CHANNELS = new Set(['direct', 'online', 'postal']);

const KINDS: readonly LimitKind[] = [
  'workingDays',
  'workingHours',
  'days',
  'weeks',
  'months',
  'hours',
  'minutes',
  'sameDay',
  'immediate',
  'noLimit',
];

const KIND_SET: ReadonlySet<string> = new Set(KINDS);

/** The kind of a limit that has passed {@link readProcessingTime}. @internal */
export function kindOf(pt: ProcessingLimit): LimitKind {
  for (const k of KINDS) if (k in pt) return k;
  return 'noLimit';
}

/**
 * The kind of a limit, checked without copying it (the hot path of {@link dueDate}): exactly one
 * kind, with a valid amount or cutoff; `INVALID_ARGUMENT` otherwise. @internal
 */
export function limitKind(pt: unknown, fn: string): LimitKind {
  if (pt === null || typeof pt !== 'object' || Array.isArray(pt))
    throw bad(fn, pt, 'an object is expected', 'cần một đối tượng');
  let found: LimitKind | undefined;
  // for…in visits the (usually one or two) keys of the value, not the ten kinds.
  for (const k in pt)
    if (KIND_SET.has(k)) {
      if (found !== undefined)
        throw bad(fn, pt, 'exactly one kind of limit is expected', 'cần đúng một loại thời hạn');
      found = k as LimitKind;
    }
  if (found === undefined)
    throw bad(fn, pt, 'exactly one kind of limit is expected', 'cần đúng một loại thời hạn');
  const v = (pt as Record<string, unknown>)[found];
  if (found === 'sameDay') {
    const cutoff =
      v !== null && typeof v === 'object' ? (v as { cutoff?: unknown }).cutoff : undefined;
    if (typeof cutoff !== 'string' || !CUTOFF.test(cutoff))
      throw bad(fn, pt, "sameDay.cutoff must be 'HH:mm'", "sameDay.cutoff phải có dạng 'HH:mm'");
  } else if (found === 'immediate' || found === 'noLimit') {
    if (v !== true) throw bad(fn, pt, `${found} must be true`, `${found} phải là true`);
  } else {
    const max = MAX_AMOUNT[found] ?? 0;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
      throw bad(fn, pt, `${found} must be a positive number`, `${found} phải là số dương`);
    if (v > max)
      throw new SlaError(
        'OUT_OF_RANGE',
        {
          en: `${fn}: ${found} = ${v} is more than ${max}; no such deadline falls in the supported years`,
          vi: `${fn}: ${found} = ${v} lớn hơn ${max}; thời hạn như vậy nằm ngoài khoảng năm được hỗ trợ`,
        },
        { value: pt },
      );
    if (WHOLE.has(found) && !Number.isInteger(v))
      throw bad(fn, pt, `${found} must be a whole number`, `${found} phải là số nguyên`);
  }
  return found;
}

/** The amount of a numeric limit (`null` for same-day, immediate and no limit). @internal */
export function amountOf(pt: ProcessingLimit): number | null {
  const k = kindOf(pt);
  return k in MAX_AMOUNT ? ((pt as Record<string, number>)[k] ?? null) : null;
}

function bad(fn: string, value: unknown, why: string, whyVi: string): SlaError {
  return new SlaError(
    'INVALID_ARGUMENT',
    {
      en: `${fn}: not a processing time (${why}): ${show(value)}`,
      vi: `${fn}: thời hạn giải quyết không hợp lệ (${whyVi}): ${show(value)}`,
    },
    { value },
  );
}

const own = (o: object, k: string): unknown =>
  Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined;

function readLimit(value: unknown, fn: string, root: unknown): ProcessingLimit {
  let k: LimitKind;
  try {
    k = limitKind(value, fn);
  } catch (e) {
    if (value === root) throw e;
    throw bad(
      fn,
      root,
      'an alternative or allotment has no valid limit',
      'một phương án hoặc phần phân bổ có thời hạn không hợp lệ',
    );
  }
  const v = (value as Record<string, unknown>)[k];
  if (k === 'sameDay') return { sameDay: { cutoff: (v as { cutoff: string }).cutoff } };
  if (k === 'immediate') return { immediate: true };
  if (k === 'noLimit') return { noLimit: true };
  return { [k]: v } as ProcessingLimit;
}

function tooLarge(fn: string, what: string, whatVi: string): SlaError {
  return new SlaError('TOO_LARGE', {
    en: `${fn}: ${what}`,
    vi: `${fn}: ${whatVi}`,
  });
}

function readText(v: unknown, fn: string, root: unknown, what: string): string {
  if (typeof v !== 'string')
    throw bad(fn, root, `${what} must be a text`, `${what} phải là một chuỗi`);
  if (v.length > 1000)
    throw tooLarge(fn, `${what} is longer than 1,000 characters`, `${what} dài quá 1.000 ký tự`);
  return v;
}

function readList<T>(v: unknown, fn: string, root: unknown, what: string, item: (x: unknown) => T) {
  if (v === undefined) return undefined;
  if (!Array.isArray(v))
    throw bad(fn, root, `${what} must be a list`, `${what} phải là một danh sách`);
  if (v.length > 100)
    throw tooLarge(fn, `${what} has more than 100 items`, `${what} có quá 100 phần tử`);
  return Object.freeze(v.map(item));
}

/**
 * Reads a processing-time value: the one check every entry point applies. Returns a frozen copy
 * (never the caller's object); throws `INVALID_ARGUMENT` with a bilingual message otherwise.
 * Allotments must be of the total's kind and add up to it.
 *
 * @internal
 */
export function readProcessingTime(value: unknown, fn: string): ProcessingTime {
  const limit = readLimit(value, fn, value);
  const v = value as Record<string, unknown>;
  const alternatives = readList(own(v, 'alternatives'), fn, value, 'alternatives', (a) => {
    if (a === null || typeof a !== 'object')
      throw bad(fn, value, 'an alternative must be an object', 'phương án phải là đối tượng');
    const channel = own(a, 'channel');
    if (channel !== undefined && !CHANNELS.has(channel as string))
      throw bad(fn, value, 'unknown channel', 'kênh không hợp lệ');
    return Object.freeze({
      condition: readText(own(a, 'condition'), fn, value, 'condition'),
      ...(channel === undefined ? {} : { channel: channel as ProcessingChannel }),
      limit: Object.freeze(readLimit(own(a, 'limit'), fn, value)),
    });
  });
  const excluding = readList(own(v, 'excluding'), fn, value, 'excluding', (e) =>
    readText(e, fn, value, 'an exclusion'),
  );
  const allotments = readList(own(v, 'allotments'), fn, value, 'allotments', (a) => {
    if (a === null || typeof a !== 'object')
      throw bad(fn, value, 'an allotment must be an object', 'phần phân bổ phải là đối tượng');
    return Object.freeze({
      agency: readText(own(a, 'agency'), fn, value, 'agency'),
      limit: Object.freeze(readLimit(own(a, 'limit'), fn, value)),
    });
  });
  if (allotments !== undefined) {
    const total = amountOf(limit);
    const k = kindOf(limit);
    const sum = allotments.reduce((s, a) => s + (amountOf(a.limit) ?? Number.NaN), 0);
    if (
      total === null ||
      allotments.some((a) => kindOf(a.limit) !== k) ||
      Math.abs(sum - total) > 1e-9
    )
      throw bad(
        fn,
        value,
        'the allotments must be of the total’s kind and add up to it',
        'các phần phân bổ phải cùng loại và cộng lại bằng tổng thời hạn',
      );
  }
  return Object.freeze({
    ...limit,
    ...(alternatives === undefined ? {} : { alternatives }),
    ...(excluding === undefined ? {} : { excluding }),
    ...(allotments === undefined ? {} : { allotments }),
  }) as ProcessingTime;
}

/**
 * Whether a value is a well-formed {@link ProcessingTime} (the check {@link dueDate} applies).
 *
 * @param value - Any value, e.g. from JSON.
 * @returns `true` when it is one.
 * @example
 * ```ts
 * import { isProcessingTime } from '@motcua/sla';
 * isProcessingTime({ workingDays: 0.5 }); //=> true
 * isProcessingTime({ days: 1.5 }); //=> false
 * isProcessingTime({ workingDays: 5, days: 3 }); //=> false
 * ```
 * @category Deadlines
 */
export function isProcessingTime(value: unknown): value is ProcessingTime {
  try {
    readProcessingTime(value, 'isProcessingTime');
    return true;
  } catch {
    return false;
  }
}

/**
 * The working minutes a limit allows when it is stated in working time (`null` for calendar
 * periods, clock time and no limit; a same-day limit allows one standard day, an immediate one
 * none). The one rule the clocks, the allotment checks and core's procedures share.
 *
 * @internal
 */
export function workingMinutesOf(pt: ProcessingLimit, standardDayMinutes: number): number | null {
  if ('workingDays' in pt) return pt.workingDays * standardDayMinutes;
  if ('workingHours' in pt) return pt.workingHours * 60;
  if ('sameDay' in pt) return standardDayMinutes;
  return null;
}

/**
 * The working minutes a processing time allows for a procedure's internal steps: the working days
 * or hours it states, one standard day for a same-day limit, and `null` when the limit is not
 * stated in working time (calendar periods, clock time, immediate, no limit). The one rule that
 * clocks, allotment checks and procedures share.
 *
 * @param standardDayMinutes - The calendar's standard day (`cal.standardDayMinutes`, 480).
 * @param pt - The processing time.
 * @returns Working minutes, or `null`.
 * @throws {SlaError} `INVALID_ARGUMENT` when `pt` is not a processing time.
 * @example
 * ```ts
 * import { allowedWorkingMinutes } from '@motcua/sla';
 * allowedWorkingMinutes(480, { workingDays: 0.5 }); //=> 240
 * allowedWorkingMinutes(480, { months: 2 }); //=> null
 * ```
 * @category Deadlines
 */
export function allowedWorkingMinutes(
  standardDayMinutes: number,
  pt: ProcessingTime,
): number | null {
  if (
    typeof standardDayMinutes !== 'number' ||
    !(standardDayMinutes > 0 && standardDayMinutes <= 1440)
  )
    throw bad(
      'allowedWorkingMinutes',
      standardDayMinutes,
      'the standard day must be 1–1440 minutes',
      'ngày chuẩn phải từ 1 đến 1440 phút',
    );
  return workingMinutesOf(readProcessingTime(pt, 'allowedWorkingMinutes'), standardDayMinutes);
}
