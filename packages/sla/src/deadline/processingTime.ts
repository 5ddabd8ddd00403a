/**
 * The parser of processing-time texts as procedure catalogues publish them, and the formatter back.
 *
 * @module
 */

import type { Issue, Result } from '@motcua/errors';
import { expectObject } from '../_lib/guard';
import { show as describeValue } from '../_lib/show';
import { isSlaError, SlaError, type SlaErrorCode } from '../errors';
import type { Locale } from '../types';
import type { ProcessingTime } from './deadline';

/** The longest text read (a published processing time is a sentence or two). */
const MAX_TEXT = 1000;
/** The largest amount read (days, hours): beyond it no deadline falls in the supported range. */
const MAX_AMOUNT = 100_000;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[.,;:()]+/g, (m) => (m.includes(':') ? ':' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A parse failure: what was understood, for the error's details. */
interface Failure {
  readonly reason: string;
  readonly understood: readonly string[];
}

function parse(text: unknown): ProcessingTime | Failure {
  if (typeof text !== 'string' || text.trim() === '') return { reason: 'empty', understood: [] };
  // Catalogue texts are a sentence or two: refusing longer input keeps the parser linear.
  if (text.length > MAX_TEXT)
    return { reason: `longer than ${MAX_TEXT} characters`, understood: [] };
  const t = fold(text);
  // "sau 15 giờ", "sau 15h", "sau 15:30", "sau 15 giờ 30"
  const cutoffRe = /sau (\d{1,2})(?: ?(?:gio|h)(?: ?(\d{2}))?|:(\d{2}))/;
  const cutoff = cutoffRe.exec(t);
  const rest = t.replace(cutoffRe, ' ').replace(/ngay lam viec tiep theo|ngay tiep theo/g, ' ');
  const durations = [
    ...rest.matchAll(/(\d+) ?(ngay lam viec|ngay|gio lam viec|gio|thang|tuan)\b/g),
  ];
  const understood = [
    ...durations.map((d) => d[0]),
    ...(cutoff ? [cutoff[0]] : []),
    ...(/trong ngay/.test(t) ? ['trong ngay'] : []),
  ];
  if (/\bhoac\b|\bden\b|-\s*\d/.test(rest) && durations.length > 1)
    return { reason: 'ambiguous', understood };
  if (durations.length === 0) {
    if (/trong ngay|ngay khi|ngay sau khi|ngay trong/.test(t)) {
      const h = cutoff ? Number(cutoff[1]) : 24;
      const m = cutoff ? Number(cutoff[2] ?? cutoff[3] ?? 0) : 0;
      if (h > 24 || m > 59 || (h === 24 && m > 0)) return { reason: 'bad cutoff', understood };
      return { sameDay: { cutoff: `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}` } };
    }
    return { reason: 'no duration', understood };
  }
  const kinds = new Set(durations.map((d) => `${d[1]}|${d[2]}`));
  if (kinds.size > 1) return { reason: 'ambiguous', understood };
  const [, n = '0', unit = ''] = durations[0] ?? [];
  const v = Number(n);
  if (!(v >= 1 && v <= MAX_AMOUNT))
    return { reason: `amount out of range (1 to ${MAX_AMOUNT})`, understood };
  switch (unit) {
    case 'ngay lam viec':
      return { workingDays: v };
    case 'ngay':
      return { days: v };
    case 'gio lam viec':
    case 'gio':
      return { workingHours: v };
    default:
      return { reason: `unsupported unit '${unit}'`, understood };
  }
}

/**
 * Parses a processing-time text as procedure catalogues publish it ("05 ngày làm việc", "15 ngày",
 * "03 giờ làm việc", "Trong ngày", "Ngay trong ngày làm việc; nếu tiếp nhận sau 15 giờ thì trả kết
 * quả trong ngày làm việc tiếp theo", "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "Không quá 02 ngày
 * làm việc"), with or without diacritics, in any case and spacing. "Trong ngày" without a cutoff
 * means the same working day if received before the close of business (`cutoff: '24:00'`). Hours
 * are working hours. Months, weeks, ranges and alternatives ("05 hoặc 10 ngày") are refused.
 *
 * @param text - The published text.
 * @returns The processing time.
 * @throws {SlaError} `UNKNOWN_PROCESSING_TIME` with `details.understood` listing what was read,
 * never a guess.
 * @example
 * ```ts
 * import { parseProcessingTime } from '@motcua/sla';
 * parseProcessingTime('05 ngày làm việc'); //=> { workingDays: 5 }
 * parseProcessingTime('Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo');
 * //=> { sameDay: { cutoff: '15:00' } }
 * parseProcessingTime('30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ'); //=> { days: 30 }
 * ```
 * @category Deadlines
 */
export function parseProcessingTime(text: string): ProcessingTime {
  const r = parse(text);
  if ('reason' in r) {
    throw new SlaError(
      'UNKNOWN_PROCESSING_TIME',
      {
        en: `parseProcessingTime: cannot read the processing time ${describeValue(text)} (${r.reason}; understood: ${r.understood.join(', ') || 'nothing'})`,
        vi: `parseProcessingTime: không đọc được thời hạn giải quyết ${describeValue(text)} (đã hiểu: ${r.understood.join(', ') || 'không có gì'})`,
      },
      {
        text: typeof text === 'string' ? text.slice(0, 200) : text,
        reason: r.reason,
        understood: r.understood,
      },
    );
  }
  return r;
}

/**
 * Why a processing-time text was refused, and what the parser did understand of it.
 *
 * @example
 * ```ts
 * import type { ProcessingTimeIssue } from '@motcua/sla';
 * const i: ProcessingTimeIssue = { path: [], code: 'UNKNOWN_PROCESSING_TIME', message: 'không đọc được…', understood: ['05 ngay'] };
 * ```
 * @category Deadlines
 */
export interface ProcessingTimeIssue extends Issue<SlaErrorCode> {
  /** The parts of the text that were understood (normalised). */
  readonly understood: readonly string[];
}

/**
 * {@link parseProcessingTime} without throwing: the value, or one issue that says why the text was
 * refused and what was understood of it.
 *
 * @param text - The published text.
 * @param options - The language of the message (default `'vi'`).
 * @returns `{ ok: true, value }` or `{ ok: false, issues: [{ path: [], code, message, understood }] }`.
 * @example
 * ```ts
 * import { safeParseProcessingTime } from '@motcua/sla';
 * safeParseProcessingTime('Theo quy định').ok; //=> false
 * const r = safeParseProcessingTime('05 ngày hoặc 10 ngày');
 * !r.ok && r.issues[0]?.understood; //=> ['05 ngay', '10 ngay']
 * ```
 * @category Deadlines
 */
export function safeParseProcessingTime(
  text: string,
  options?: { readonly locale?: Locale | undefined },
): Result<ProcessingTime, ProcessingTimeIssue> {
  try {
    return { ok: true, value: parseProcessingTime(text) };
  } catch (e) {
    if (!isSlaError(e)) throw e;
    const understood = e.details['understood'];
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: e.code,
          message: options?.locale === 'en' ? e.message : e.messageVi,
          understood: Array.isArray(understood) ? (understood as string[]) : [],
        },
      ],
    };
  }
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * Formats a processing time as catalogues write it, in Vietnamese (default) or English.
 *
 * @param pt - The processing time.
 * @param locale - `'vi'` or `'en'`.
 * @returns The text.
 * @example
 * ```ts
 * import { formatProcessingTime } from '@motcua/sla';
 * formatProcessingTime({ workingDays: 5 }); //=> '05 ngày làm việc'
 * formatProcessingTime({ sameDay: { cutoff: '15:00' } }, 'en'); //=> 'The same working day; if received after 15:00, the next working day'
 * ```
 * @category Deadlines
 */
export function formatProcessingTime(pt: ProcessingTime, locale: Locale = 'vi'): string {
  expectObject(pt, 'formatProcessingTime', 'the processing time');
  const amountOf = (v: unknown) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new SlaError(
        'INVALID_ARGUMENT',
        {
          en: `formatProcessingTime: not a processing time: ${describeValue(pt)}`,
          vi: `formatProcessingTime: thời hạn giải quyết không hợp lệ: ${describeValue(pt)}`,
        },
        { value: pt },
      );
    return v;
  };
  if ('workingDays' in pt) amountOf(pt.workingDays);
  else if ('workingHours' in pt) amountOf(pt.workingHours);
  else if ('days' in pt) amountOf(pt.days);
  else if (typeof (pt as { sameDay?: { cutoff?: unknown } }).sameDay?.cutoff !== 'string')
    amountOf(undefined);
  const vi = locale === 'vi';
  if ('workingDays' in pt)
    return vi
      ? `${pad(pt.workingDays)} ngày làm việc`
      : `${pt.workingDays} working day${pt.workingDays === 1 ? '' : 's'}`;
  if ('workingHours' in pt)
    return vi
      ? `${pad(pt.workingHours)} giờ làm việc`
      : `${pt.workingHours} working hour${pt.workingHours === 1 ? '' : 's'}`;
  if ('days' in pt)
    return vi ? `${pad(pt.days)} ngày` : `${pt.days} day${pt.days === 1 ? '' : 's'}`;
  const c = pt.sameDay.cutoff;
  if (c === '24:00') return vi ? 'Trong ngày làm việc' : 'The same working day';
  return vi
    ? `Trong ngày; nếu tiếp nhận sau ${c} thì trả kết quả trong ngày làm việc tiếp theo`
    : `The same working day; if received after ${c}, the next working day`;
}
