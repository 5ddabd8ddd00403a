/**
 * A civil (calendar) date as an ISO 8601 string `'YYYY-MM-DD'`, with no time and no zone.
 *
 * Civil dates are how the law speaks ("ngày 17/02/2026"); they are never converted through a
 * host-time-zone `Date`. Functions that also accept a `Date` read it in the calendar's time zone.
 *
 * @example
 * ```ts
 * import type { CivilDate } from '@motcua/sla';
 * const tet: CivilDate = '2026-02-17';
 * ```
 * @category Types
 */
export type CivilDate = string;

/**
 * A civil date (`'YYYY-MM-DD'`) or an instant (`Date`), read in the relevant calendar's time zone.
 *
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar, type DateInput } from '@motcua/sla';
 * const d: DateInput = new Date('2026-02-16T03:00:00Z'); // 10:00 in Hà Nội
 * isWorkingDay(vietnamCalendar(), d); //=> false (Tết)
 * ```
 * @category Types
 */
export type DateInput = CivilDate | Date;

/**
 * A text in Vietnamese (the default language of every motcua message) and English.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@motcua/sla';
 * const name: LocalizedText = { vi: 'Tết Nguyên đán', en: 'Lunar New Year' };
 * ```
 * @category Types
 */
export interface LocalizedText {
  /** The Vietnamese text. */
  readonly vi: string;
  /** The English text. */
  readonly en: string;
}

/**
 * A language motcua speaks: Vietnamese (`'vi'`, the default) or English (`'en'`).
 *
 * @example
 * ```ts
 * import type { Locale } from '@motcua/sla';
 * const locale: Locale = 'vi';
 * ```
 * @category Types
 */
export type Locale = 'vi' | 'en';
