/**
 * Loading day-off schedules from untrusted JSON (zod), kept apart from the calculators so that an app
 * computing deadlines does not pay for zod.
 *
 * @module
 */
import * as z from 'zod';
import { tryParseCivilDate } from '../_lib/civil';
import type { LocalizedText } from '../types';
import type { ScheduleDocument } from './calendar';

const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const civilDate = z.string().refine((s) => !Number.isNaN(tryParseCivilDate(s)), {
  message: 'expected a civil date YYYY-MM-DD that exists',
});

/**
 * The zod schema of a {@link ScheduleDocument}.
 *
 * @example
 * ```ts
 * import { ScheduleDocumentSchema } from '@motcua/sla';
 * ScheduleDocumentSchema.safeParse({ source: { document: 'x', confidence: 'high' }, days: [] }).success; //=> true
 * ```
 * @category Calendar
 */
export const ScheduleDocumentSchema: z.ZodType<ScheduleDocument> = z
  .object({
    years: z.array(z.number().int().min(1990).max(2199)).optional(),
    source: z.object({
      document: z.string().min(1),
      confidence: z.enum(['high', 'medium', 'rule']),
    }),
    days: z.array(
      z.object({
        date: civilDate,
        kind: z.enum(['holiday', 'tet', 'compensatory', 'swapped', 'make-up', 'local']),
        name: text,
        onRestDay: z.boolean().optional(),
      }),
    ),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.days.forEach((d, i) => {
      if (seen.has(d.date))
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: `duplicate date ${d.date}`,
        });
      seen.add(d.date);
      const year = Number(d.date.slice(0, 4));
      if (doc.years && !doc.years.includes(year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: `${d.date} is outside the document's years`,
        });
      }
    });
  });

/**
 * One problem in a schedule document.
 *
 * @example
 * ```ts
 * import type { ScheduleIssue } from '@motcua/sla';
 * const issue: ScheduleIssue = { path: ['days', 0, 'date'], message: { vi: 'Ngày không hợp lệ', en: 'Invalid date' } };
 * ```
 * @category Calendar
 */
export interface ScheduleIssue {
  /** Where in the document. */
  readonly path: readonly (string | number)[];
  /** What is wrong. */
  readonly message: LocalizedText;
}

/**
 * Validates a day-off schedule loaded from JSON (the 2027 schedule once announced, a province's own
 * day off), without throwing, so it can be passed to `vietnamCalendar({ schedules })`.
 *
 * @param json - The parsed JSON.
 * @returns The document, or the issues with bilingual messages.
 * @example
 * ```ts
 * import { parseSchedule, vietnamCalendar, isWorkingDay } from '@motcua/sla';
 * const r = parseSchedule({
 *   source: { document: 'Quyết định …/QĐ-UBND', confidence: 'high' },
 *   days: [{ date: '2026-10-10', kind: 'local', name: { vi: 'Ngày Giải phóng Thủ đô', en: 'Capital Liberation Day' } }],
 * });
 * if (r.ok) isWorkingDay(vietnamCalendar({ schedules: [r.value] }), '2026-10-10'); //=> false
 * ```
 * @category Calendar
 */
export function parseSchedule(
  json: unknown,
):
  | { readonly ok: true; readonly value: ScheduleDocument }
  | { readonly ok: false; readonly issues: readonly ScheduleIssue[] } {
  const r = ScheduleDocumentSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => {
      const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      return {
        path,
        message: {
          en: i.message,
          vi: `Lịch nghỉ không hợp lệ tại ${path.join('.') || '(tài liệu)'}: ${i.message}`,
        },
      };
    }),
  };
}
