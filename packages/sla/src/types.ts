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
 * import { describeDay, isWorkingDay, vietnamCalendar, type DateInput } from '@motcua/sla';
 * const cal = vietnamCalendar();
 * const tet: DateInput = new Date('2026-02-16T03:00:00Z'); // 10:00 in Hà Nội
 * isWorkingDay(cal, tet); //=> false (a day off of Tết)
 * const day: DateInput = '2026-02-23'; // the first working day after Tết
 * isWorkingDay(cal, day); //=> true
 * // Sunday 22/2 20:00 in UTC is already Monday 23/2 03:00 in Hà Nội: a Date is read in the calendar's zone.
 * describeDay(cal, new Date('2026-02-22T20:00:00Z')).date; //=> '2026-02-23'
 * ```
 * @category Types
 */
export type DateInput = CivilDate | Date;

export type { Locale, LocalizedText } from '@motcua/errors';

/**
 * An instant: a `Date`, or an ISO 8601 string that states its offset (`'2026-02-13T09:00:00+07:00'`,
 * `'2026-02-13T02:00:00Z'`). A string without an offset is refused (`INVALID_DATE`), since it would
 * be one instant on a UTC server and another in Hà Nội. Instants the SDK returns are `Date`s.
 *
 * @example
 * ```ts
 * import { dueDate, vietnamCalendar, type Instant } from '@motcua/sla';
 * const receivedAt: Instant = '2026-02-13T10:00:00+07:00';
 * dueDate(vietnamCalendar(), receivedAt, { workingDays: 5 }).toISOString(); //=> '2026-02-27T03:00:00.000Z'
 * ```
 * @category Types
 */
export type Instant = Date | string;
