/**
 * Loading day-off schedules from untrusted JSON (zod). It is its own entry point,
 * `@motcua/sla/schedule`, so that an app computing dates and deadlines never loads zod.
 *
 * @module
 */
import type { Issue, Locale, Result } from '@motcua/errors';
import * as z from 'zod';
import { vi } from 'zod/v4/locales';
import { tryParseCivilDate } from '../_lib/civil';
import { FIRST_CALENDAR_YEAR, LAST_YEAR } from '../_lib/range';
import type { ScheduleDocument } from '../calendar/calendar';
import { SlaError } from '../errors';

const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const civilDate = z
  .string()
  .refine((s) => !Number.isNaN(tryParseCivilDate(s)), {
    message: 'expected a civil date YYYY-MM-DD that exists',
    params: { vi: 'cần một ngày YYYY-MM-DD có thật' },
  })
  // What JSON Schema cannot say, named for gateways (see scheduleJsonSchema).
  .meta({ 'x-motcua': { unchecked: ['a civil date YYYY-MM-DD that exists'] } });

/**
 * The zod schema of a {@link ScheduleDocument}.
 *
 * @example
 * ```ts
 * import { ScheduleDocumentSchema } from '@motcua/sla/schedule';
 * ScheduleDocumentSchema.safeParse({ source: { document: 'x', confidence: 'high' }, days: [] }).success; //=> true
 * ScheduleDocumentSchema.safeParse({ days: [] }).success; //=> false (no source document)
 * ```
 * @category Calendar
 */
export const ScheduleDocumentSchema: z.ZodType<ScheduleDocument> = z
  .object({
    years: z.array(z.number().int().min(FIRST_CALENDAR_YEAR).max(LAST_YEAR)).optional(),
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
          params: { vi: `ngày ${d.date} bị trùng` },
        });
      seen.add(d.date);
      const year = Number(d.date.slice(0, 4));
      if (doc.years && !doc.years.includes(year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', i, 'date'],
          message: `${d.date} is outside the document's years`,
          params: { vi: `ngày ${d.date} nằm ngoài các năm của tài liệu` },
        });
      }
    });
  });

/**
 * The JSON Schema (draft 2020-12) of a day-off schedule document ({@link ScheduleDocument}), for
 * systems that exchange schedules with motcua outside TypeScript; also published as
 * `@motcua/sla/schemas/schedule.schema.json`. Never stricter than {@link safeParseSchedule}; what it
 * cannot express is named in the `x-motcua` keyword: a date that exists, and no date twice or
 * outside the document's `years`.
 *
 * @returns The JSON Schema.
 * @example
 * ```ts
 * import { scheduleJsonSchema } from '@motcua/sla/schedule';
 * scheduleJsonSchema().$id; //=> 'urn:motcua:schedule:1'
 * ```
 * @category Calendar
 */
export function scheduleJsonSchema(): { readonly [key: string]: unknown } {
  const schema = z.toJSONSchema(ScheduleDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    $schema: schema.$schema,
    $id: 'urn:motcua:schedule:1',
    title: 'motcua day-off schedule (lịch nghỉ)',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
    'x-motcua': {
      unchecked: ['no date twice', "every date within the document's years (when given)"],
    },
  };
}

/**
 * One problem in a schedule document: where, a stable code (zod's issue code, or `'custom'` for a
 * duplicate date or a date outside the document's years) and the message in the language asked for.
 *
 * @example
 * ```ts
 * import type { ScheduleIssue } from '@motcua/sla/schedule';
 * const issue: ScheduleIssue = { path: ['days', 0, 'date'], code: 'custom', message: 'Ngày không hợp lệ' };
 * ```
 * @category Calendar
 */
export type ScheduleIssue = Issue;

/**
 * Options of {@link parseSchedule} and {@link safeParseSchedule}.
 *
 * @example
 * ```ts
 * import type { ParseScheduleOptions } from '@motcua/sla/schedule';
 * const o: ParseScheduleOptions = { locale: 'en' };
 * ```
 * @category Calendar
 */
export interface ParseScheduleOptions {
  /** The language of the issues' messages (default `'vi'`). */
  readonly locale?: Locale | undefined;
}

/**
 * Validates a day-off schedule loaded from JSON (the 2027 schedule once announced, a province's own
 * day off) without throwing, so it can be passed to `vietnamCalendar({ schedules })`. The value is
 * a fresh copy: the caller's object is never kept.
 *
 * @param json - The parsed JSON.
 * @param options - The language of the messages.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCalendar } from '@motcua/sla';
 * import { safeParseSchedule } from '@motcua/sla/schedule';
 * const r = safeParseSchedule({
 *   source: { document: 'Quyết định …/QĐ-UBND', confidence: 'high' },
 *   days: [{ date: '2025-10-10', kind: 'local', name: { vi: 'Ngày Giải phóng Thủ đô', en: 'Capital Liberation Day' } }],
 * });
 * r.ok; //=> true
 * const hanoi = vietnamCalendar({ schedules: r.ok ? [r.value] : [] });
 * isWorkingDay(hanoi, '2025-10-10'); //=> false (a Friday, off by the decision)
 * isWorkingDay(vietnamCalendar(), '2025-10-10'); //=> true
 * const bad = safeParseSchedule({ source: { document: 'x', confidence: 'high' }, days: [{ date: '2026-02-30', kind: 'local', name: { vi: 'x', en: 'x' } }] }, { locale: 'en' });
 * bad.ok ? [] : bad.issues; //=> [{ path: ['days', 0, 'date'], code: 'custom', message: 'Invalid schedule at days.0.date: …' }]
 * ```
 * @category Calendar
 */
export function safeParseSchedule(
  json: unknown,
  options?: ParseScheduleOptions,
): Result<ScheduleDocument, ScheduleIssue> {
  const en = options?.locale === 'en';
  // zod's own messages in the language asked for (its Vietnamese locale), ours from the issue.
  const r = ScheduleDocumentSchema.safeParse(json, en ? undefined : { error: vi().localeError });
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => {
      const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      const where = path.join('.') || (en ? '(document)' : '(tài liệu)');
      const own = (i as { params?: { vi?: unknown } }).params?.vi;
      const detail = !en && typeof own === 'string' ? own : i.message;
      return {
        path,
        code: i.code,
        message: en
          ? `Invalid schedule at ${where}: ${detail}`
          : `Lịch nghỉ không hợp lệ tại ${where}: ${detail}`,
      };
    }),
  };
}

/**
 * Validates a day-off schedule loaded from JSON and returns it, or throws. See
 * {@link safeParseSchedule} for the form that returns the issues.
 *
 * @param json - The parsed JSON.
 * @param options - The language of the issues in the error's details.
 * @returns The document (a fresh copy).
 * @throws {SlaError} `INVALID_SCHEDULE`, with `details.issues`.
 * @example
 * ```ts
 * import { parseSchedule } from '@motcua/sla/schedule';
 * parseSchedule({ source: { document: 'Thông báo …/TB-BNV', confidence: 'high' }, days: [] }).days; //=> []
 * parseSchedule({ source: { document: 'Thông báo …/TB-BNV', confidence: 'high' }, days: [{ date: '2027-02-30', kind: 'tet', name: { vi: 'Tết Nguyên đán', en: 'Tết' } }] });
 * //=> throws SlaError INVALID_SCHEDULE (there is no 30 February)
 * ```
 * @category Calendar
 */
export function parseSchedule(json: unknown, options?: ParseScheduleOptions): ScheduleDocument {
  const r = safeParseSchedule(json, options);
  if (r.ok) return r.value;
  // Each language's message quotes the first issue in that language.
  const other = safeParseSchedule(json, { locale: options?.locale === 'en' ? 'vi' : 'en' });
  const firstIn = (l: 'vi' | 'en') =>
    ((options?.locale === 'en') === (l === 'en') ? r.issues : other.ok ? [] : other.issues)[0]
      ?.message ?? '';
  throw new SlaError(
    'INVALID_SCHEDULE',
    {
      en: `parseSchedule: the schedule does not validate (${r.issues.length} issue(s)); first: ${firstIn('en')}`,
      vi: `parseSchedule: lịch nghỉ không hợp lệ (${r.issues.length} lỗi); lỗi đầu tiên: ${firstIn('vi')}`,
    },
    { issues: r.issues },
  );
}
