/**
 * Which dates changed between two calendars, so that an app can recompute deadlines already given.
 *
 * @module
 */

import { formatCivilDate, parseCivilDate } from '../_lib/civil';
import { expectObject } from '../_lib/guard';
import { SlaError } from '../errors';
import type { CivilDate } from '../types';
import type { WorkingCalendar } from './calendar';
import { type DayDescription, describeDay } from './days';

/**
 * One date whose working status or hours differ between two calendars.
 *
 * @example
 * ```ts
 * import { type CalendarChange, diffCalendars, vietnamCalendar } from '@motcua/sla';
 * // The province orders a working Saturday morning, 7/3/2026.
 * const ward = vietnamCalendar({ overrides: [{ date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }] }] });
 * const [c]: CalendarChange[] = diffCalendars(vietnamCalendar(), ward, { from: '2026-03-01', to: '2026-03-31' });
 * c.date; //=> '2026-03-07'
 * [c.before.kind, c.before.working]; //=> ['weekend', false]
 * [c.after.kind, c.after.working]; //=> ['override', true]
 * c.after.intervals; //=> [{ start: '08:00', end: '11:30' }]
 * ```
 * @category Calendar
 */
export interface CalendarChange {
  /** The date. */
  readonly date: CivilDate;
  /** The day in the first calendar. */
  readonly before: DayDescription;
  /** The day in the second calendar. */
  readonly after: DayDescription;
}

/**
 * Lists the dates in `[from, to]` whose working status or working hours differ between two calendars
 * (for example before and after loading the 2027 schedule): deadlines computed across those dates
 * should be recomputed.
 *
 * @param a - The old calendar.
 * @param b - The new calendar.
 * @param range - `{ from, to }`, civil dates, inclusive (at most 10 years).
 * @returns The changed dates, in order.
 * @throws {SlaError} `INVALID_DATE` or `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * import { diffCalendars, vietnamCalendar } from '@motcua/sla';
 * const ward = vietnamCalendar({ overrides: [{ date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }] }] });
 * diffCalendars(vietnamCalendar(), ward, { from: '2026-03-01', to: '2026-03-31' }).map((c) => c.date); //=> ['2026-03-07']
 * ```
 * @category Calendar
 */
export function diffCalendars(
  a: WorkingCalendar,
  b: WorkingCalendar,
  range: { readonly from: CivilDate; readonly to: CivilDate },
): CalendarChange[] {
  expectObject(range, 'diffCalendars', 'the range');
  const from = parseCivilDate(range.from, 'diffCalendars');
  const to = parseCivilDate(range.to, 'diffCalendars');
  if (to < from || to - from > 3660) {
    throw new SlaError('INVALID_ARGUMENT', {
      en: 'diffCalendars: the range must have from ≤ to and span at most 10 years',
      vi: 'diffCalendars: khoảng ngày phải có from ≤ to và dài tối đa 10 năm',
    });
  }
  const out: CalendarChange[] = [];
  for (let d = from; d <= to; d++) {
    const date = formatCivilDate(d);
    const before = describeDay(a, date);
    const after = describeDay(b, date);
    const same =
      before.working === after.working &&
      before.intervals.length === after.intervals.length &&
      before.intervals.every(
        (x, i) => x.start === after.intervals[i]?.start && x.end === after.intervals[i]?.end,
      );
    if (!same) out.push({ date, before, after });
  }
  return out;
}
