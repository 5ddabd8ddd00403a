/**
 * Validation of dossier records from untrusted input (a JSON Lines export, an API payload), kept
 * apart from the aggregation code so that reports built from motcua dossiers do not pay for zod.
 *
 * @module
 */
import type { Issue, Result } from '@motcua/errors';
import { parseInstant } from '@motcua/sla';
import * as z from 'zod';
import { JSON_SCHEMA_DRAFT, jsonSchemaOf } from '../_lib/jsonSchema';
import { CoreError } from '../errors';
import { DOSSIER_OUTCOMES, type DossierRecord } from './record';

// The one instant reader (sla's parseInstant): a Date, or an ISO 8601 string with its offset.
const instant = z
  .custom<Date | string>(
    (v) => (v instanceof Date || typeof v === 'string') && tryInstant(v) !== null,
    {
      message:
        "expected a Date or an ISO 8601 instant with its offset ('2026-02-13T09:00:00+07:00')",
    },
  )
  // In JSON an instant is a string; what JSON Schema cannot say is named (dossierRecordJsonSchema).
  .meta({
    type: 'string',
    'x-motcua': {
      unchecked: ["an ISO 8601 instant with its offset ('2026-02-13T09:00:00+07:00')"],
    },
  });

function tryInstant(v: Date | string): Date | null {
  try {
    return parseInstant(v);
  } catch {
    return null;
  }
}

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
  unit: z.string(), // '' for a dossier without a unit (as dossierRecord writes it)
  channel: z.enum(['direct', 'online', 'postal']),
  receivedAt: instant,
  dueAt: instant.nullable().optional(),
  finishedAt: instant.nullable().optional(),
  outcome: z.enum(DOSSIER_OUTCOMES).optional(),
  supplementRequests: z.number().int().min(0).optional(),
  openSupplementAt: instant.nullable().optional(),
  timelinessApplies: z.boolean().optional(),
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
 * const issue: RecordIssue = { path: ['channel'], code: 'invalid_value', message: 'Invalid option: expected one of "direct"|"online"|"postal"' };
 * ```
 * @category Reports
 */
export type RecordIssue = Issue;

/**
 * Validates an untrusted value as a {@link DossierRecord}, without throwing (see
 * {@link parseDossierRecord} for the form that throws). Also checks that the
 * end of processing is not before the receipt.
 *
 * @param input - Anything (a parsed JSON line).
 * @returns The record, or the issues.
 * @example
 * ```ts
 * import { safeParseDossierRecord } from '@motcua/core';
 * safeParseDossierRecord(JSON.parse('{"code":"X","procedure":"2.000908","unit":"00235","channel":"online","receivedAt":"2026-02-13T10:00:00+07:00"}')).ok;
 * //=> true
 * ```
 * @category Reports
 */
export function safeParseDossierRecord(input: unknown): Result<DossierRecord, RecordIssue> {
  const r = DossierRecordSchema.safeParse(input);
  if (!r.success) {
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({
        path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
        code: i.code,
        message: i.message,
      })),
    };
  }
  const v = r.data;
  const ms = (x: Date | string | null | undefined) =>
    x === null || x === undefined ? Number.NaN : parseInstant(x).getTime();
  if (ms(v.finishedAt) < ms(v.receivedAt)) {
    return {
      ok: false,
      issues: [
        {
          path: ['finishedAt'],
          code: 'finished_before_received',
          message: 'finishedAt is before receivedAt',
        },
      ],
    };
  }
  return { ok: true, value: v };
}

/**
 * Validates an untrusted value as a {@link DossierRecord} and returns it, or throws;
 * {@link safeParseDossierRecord} returns the issues instead.
 *
 * @param input - Anything (a parsed JSON line).
 * @returns The record.
 * @throws {CoreError} `INVALID_RECORD`, the issues in `details.issues`.
 * @example
 * ```ts
 * import { parseDossierRecord } from '@motcua/core';
 * parseDossierRecord({ code: 'X', procedure: '2.000908', unit: '00235', channel: 'online', receivedAt: '2026-02-13T10:00:00+07:00' }).channel;
 * //=> 'online'
 * ```
 * @category Reports
 */
export function parseDossierRecord(input: unknown): DossierRecord {
  const r = safeParseDossierRecord(input);
  if (r.ok) return r.value;
  const first = r.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  throw new CoreError(
    'INVALID_RECORD',
    {
      en: `not a dossier record${where}: ${first?.message ?? ''}`,
      vi: `bản ghi hồ sơ không hợp lệ${where}: ${first?.message ?? ''}`,
    },
    { issues: r.issues },
  );
}

/**
 * The JSON Schema (draft 2020-12) of a dossier record ({@link DossierRecord}) as other systems send
 * it (one JSON object per line of a `motcua report` file), also published as
 * `@motcua/core/schemas/dossier-record.schema.json`. Never stricter than
 * {@link safeParseDossierRecord}; what it cannot express (an ISO 8601 instant with its offset) is
 * named in the `x-motcua` keyword. With Ajv, register the keyword (`ajv.addKeyword('x-motcua')`).
 *
 * @returns The JSON Schema.
 * @example
 * ```ts
 * import { dossierRecordJsonSchema } from '@motcua/core';
 * const schema = dossierRecordJsonSchema();
 * schema.$id; //=> 'urn:motcua:dossier-record:1'
 * (schema.required as string[]).includes('receivedAt'); //=> true
 * ```
 * @category Reports
 */
export function dossierRecordJsonSchema(): { readonly [key: string]: unknown } {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: 'urn:motcua:dossier-record:1',
    title: 'motcua dossier record (hồ sơ)',
    ...jsonSchemaOf(DossierRecordSchema),
  };
}
