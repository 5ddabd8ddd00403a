/**
 * `@motcua/sla/schedule`: day-off schedules loaded from untrusted JSON, validated with zod. Its own
 * entry point, so that `@motcua/sla` (dates, calendars, deadlines, clocks) never loads zod.
 *
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar } from '@motcua/sla';
 * import { parseSchedule } from '@motcua/sla/schedule';
 * const doc = parseSchedule({ source: { document: 'Quyết định …/QĐ-UBND', confidence: 'high' },
 *   days: [{ date: '2025-10-10', kind: 'local', name: { vi: 'Ngày Giải phóng Thủ đô', en: 'Capital Liberation Day' } }] });
 * isWorkingDay(vietnamCalendar(), '2025-10-10'); //=> true (a Friday)
 * isWorkingDay(vietnamCalendar({ schedules: [doc] }), '2025-10-10'); //=> false
 * ```
 *
 * @module
 */
export type { ParseScheduleOptions, ScheduleIssue } from './schedule';
export {
  parseSchedule,
  ScheduleDocumentSchema,
  safeParseSchedule,
  scheduleJsonSchema,
} from './schedule';
