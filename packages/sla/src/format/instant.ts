/**
 * Instants as people read them on receipts and letters, in the calendar's zone, with date-fns and
 * its Vietnamese locale.
 *
 * @module
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { vi } from 'date-fns/locale/vi';
import { instantMs } from '../_lib/instant';
import { show } from '../_lib/show';
import { assertTimeZone, localDay, VIETNAM_TIME_ZONE } from '../_lib/zone';
import { SlaError } from '../errors';
import { formatLunarDate, toLunar } from '../lunar/lunar';
import type { Instant, Locale } from '../types';

/**
 * How {@link formatInstant} writes an instant:
 * - `'datetime'` (default): "Thứ Sáu, 27/02/2026, 10:00" / "Friday 27 February 2026, 10:00";
 * - `'letter'`, as administrative letters and slips write it: "10 giờ 00 phút, ngày 27 tháng 02
 *   năm 2026" / "10:00, 27 February 2026";
 * - `'date'`: "Thứ Sáu, 27/02/2026" / "Friday 27 February 2026".
 *
 * @example
 * ```ts
 * import type { InstantStyle } from '@motcua/sla';
 * const s: InstantStyle = 'letter';
 * ```
 * @category Formatting
 */
export type InstantStyle = 'datetime' | 'letter' | 'date';

/**
 * Options of {@link formatInstant}.
 *
 * @example
 * ```ts
 * import type { FormatInstantOptions } from '@motcua/sla';
 * const o: FormatInstantOptions = { locale: 'en', style: 'date', lunar: true };
 * ```
 * @category Formatting
 */
export interface FormatInstantOptions {
  /** `'vi'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
  /** The style (default `'datetime'`). */
  readonly style?: InstantStyle | undefined;
  /** The zone to read the instant in (default Asia/Ho_Chi_Minh, whatever the host's zone). */
  readonly timeZone?: string | undefined;
  /** Add the lunar date, as receipts print it beside the solar one. */
  readonly lunar?: boolean | undefined;
}

const PATTERNS: Readonly<Record<Locale, Readonly<Record<InstantStyle, string>>>> = {
  vi: {
    datetime: 'EEEE, dd/MM/yyyy, HH:mm',
    letter: "HH 'giờ' mm 'phút', 'ngày' dd 'tháng' MM 'năm' yyyy",
    date: 'EEEE, dd/MM/yyyy',
  },
  en: {
    datetime: 'EEEE d MMMM yyyy, HH:mm',
    letter: 'HH:mm, d MMMM yyyy',
    date: 'EEEE d MMMM yyyy',
  },
};

/**
 * Writes an instant the way Vietnamese forms and citizens read it, in the calendar's zone (Asia/
 * Ho_Chi_Minh unless told otherwise, whatever the host's zone): "Thứ Sáu, 27/02/2026, 10:00", "10
 * giờ 00 phút, ngày 27 tháng 02 năm 2026"; in English "Friday 27 February 2026, 10:00". With
 * `lunar: true` the lunar date follows, as receipts print it. Keep the ISO value beside it for
 * machines.
 *
 * @param instant - A `Date` or an ISO 8601 string with its offset.
 * @param options - Locale, style, zone, lunar date.
 * @returns The text.
 * @throws {SlaError} `INVALID_DATE`, `INVALID_TIME_ZONE`, `INVALID_ARGUMENT` (unknown style or
 *   locale), `OUT_OF_RANGE` for the lunar date outside 1900–2199.
 * @example
 * ```ts
 * import { formatInstant } from '@motcua/sla';
 * formatInstant('2026-02-27T03:00:00Z'); //=> 'Thứ Sáu, 27/02/2026, 10:00'
 * formatInstant('2026-02-13T02:00:00Z', { style: 'letter' }); //=> '09 giờ 00 phút, ngày 13 tháng 02 năm 2026'
 * formatInstant('2026-02-27T03:00:00Z', { locale: 'en' }); //=> 'Friday 27 February 2026, 10:00'
 * formatInstant('2026-02-17T03:00:00Z', { style: 'date', lunar: true });
 * //=> 'Thứ Ba, 17/02/2026 (âm lịch: ngày 1 tháng Giêng năm Bính Ngọ)'
 * ```
 * @category Formatting
 */
export function formatInstant(instant: Instant, options?: FormatInstantOptions): string {
  const ms = instantMs(instant, 'formatInstant');
  const locale = options?.locale ?? 'vi';
  const style = options?.style ?? 'datetime';
  const timeZone = options?.timeZone ?? VIETNAM_TIME_ZONE;
  assertTimeZone(timeZone, 'formatInstant');
  localDay(ms, timeZone, 'formatInstant');
  const pattern = PATTERNS[locale]?.[style];
  if (
    !Object.hasOwn(PATTERNS, locale) ||
    pattern === undefined ||
    !Object.hasOwn(PATTERNS.vi, style)
  )
    throw new SlaError(
      'INVALID_ARGUMENT',
      {
        en: `formatInstant: unknown locale or style ${show(locale)} / ${show(style)}`,
        vi: `formatInstant: ngôn ngữ hoặc kiểu không hợp lệ ${show(locale)} / ${show(style)}`,
      },
      { locale, style },
    );
  // date-fns' Vietnamese locale writes "Chủ Nhật"; Vietnamese writes "Chủ nhật".
  const text = format(new TZDate(ms, timeZone), pattern, {
    locale: locale === 'vi' ? vi : enGB,
  }).replace('Chủ Nhật', 'Chủ nhật');
  if (options?.lunar !== true) return text;
  const lunar = formatLunarDate(toLunar(new Date(ms), { timeZone }), locale);
  return locale === 'vi' ? `${text} (âm lịch: ${lunar})` : `${text} (lunar: ${lunar})`;
}
