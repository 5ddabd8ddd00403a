/**
 * Validation of dossier records from untrusted input (a JSON Lines export, an API payload), kept
 * apart from the aggregation code so that reports built from motcua dossiers do not pay for zod.
 *
 * @module
 */
import * as z from 'zod';
import type { DossierRecord } from './record';

const instant = z.union([z.date(), z.iso.datetime({ offset: true, local: false })]);

/**
 * The zod schema of a {@link DossierRecord}. Unknown keys are dropped.
 *
 * @example
 * ```ts
 * import { DossierRecordSchema } from '@motcua/core';
 * DossierRecordSchema.safeParse({ code: 'X', procedure: '2.000908', unit: '00235', channel: 'fax' }).success; //=> false
 * ```
 * @category Reports
 */
export const DossierRecordSchema: z.ZodType<DossierRecord> = z.object({
  code: z.string().min(1),
  procedure: z.string().min(1),
  field: z.string().min(1).optional(),
  unit: z.string().min(1),
  channel: z.enum(['direct', 'online', 'postal']),
  receivedAt: instant,
  dueAt: instant.nullable().optional(),
  finishedAt: instant.nullable().optional(),
  outcome: z
    .enum(['done', 'returned', 'refused', 'stopped', 'withdrawn', 'refused-at-reception'])
    .optional(),
  supplementRequests: z.number().int().min(0).optional(),
  pausedMinutes: z.number().min(0).optional(),
  electronicResult: z.boolean().optional(),
  digitised: z.boolean().optional(),
  reusedData: z.boolean().optional(),
  paidOnline: z.boolean().optional(),
  complaint: z.boolean().optional(),
});

/**
 * One problem found in a dossier record.
 *
 * @example
 * ```ts
 * import type { RecordIssue } from '@motcua/core';
 * const issue: RecordIssue = { path: ['channel'], message: 'Invalid option: expected one of "direct"|"online"|"postal"' };
 * ```
 * @category Reports
 */
export interface RecordIssue {
  /** Where, as keys. */
  readonly path: readonly (string | number)[];
  /** What is wrong (English, from zod). */
  readonly message: string;
}

/**
 * Validates an untrusted value as a {@link DossierRecord}, without throwing. Also checks that the
 * end of processing is not before the receipt.
 *
 * @param input - Anything (a parsed JSON line).
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { parseDossierRecord } from '@motcua/core';
 * parseDossierRecord(JSON.parse('{"code":"X","procedure":"2.000908","unit":"00235","channel":"online","receivedAt":"2026-02-13T10:00:00+07:00"}')).ok;
 * //=> true
 * ```
 * @category Reports
 */
export function parseDossierRecord(
  input: unknown,
):
  | { readonly ok: true; readonly value: DossierRecord }
  | { readonly ok: false; readonly issues: readonly RecordIssue[] } {
  const r = DossierRecordSchema.safeParse(input);
  if (!r.success) {
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({
        path: i.path.filter((k) => typeof k !== 'symbol'),
        message: i.message,
      })),
    };
  }
  const v = r.data;
  const ms = (x: Date | string | null | undefined) =>
    x === null || x === undefined ? Number.NaN : new Date(x).getTime();
  if (ms(v.finishedAt) < ms(v.receivedAt)) {
    return {
      ok: false,
      issues: [{ path: ['finishedAt'], message: 'finishedAt is before receivedAt' }],
    };
  }
  const value: DossierRecord = v;
  return { ok: true, value };
}
