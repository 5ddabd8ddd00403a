/**
 * Loading procedures and catalogues from untrusted JSON (zod), with processing times given as
 * published text or as values, and forms checked by `@motcua/forms`.
 *
 * @module
 */
import type { Issue, Result } from '@motcua/errors';
import { safeParseFormDefinition } from '@motcua/forms';
import {
  isProcessingTime,
  isSlaError,
  type ProcessingTime,
  parseProcessingTime,
} from '@motcua/sla';
import * as z from 'zod';
import { JSON_SCHEMA_DRAFT, jsonSchemaOf } from '../_lib/jsonSchema';
import { CoreError, isCoreError } from '../errors';
import type { Channel } from '../report/record';
import { type Catalog, createCatalog } from './catalog';
import {
  type ChannelTerms,
  defineProcedure,
  type Procedure,
  type ProcedureSpec,
} from './procedure';

const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });
// The one check of a processing-time value is sla's.
const pt = z
  .custom<ProcessingTime>(isProcessingTime, {
    message: 'not a processing time (see ProcessingTime in @motcua/sla)',
  })
  // What JSON Schema cannot say, named for gateways (see catalogJsonSchema).
  .meta({
    type: 'object',
    'x-motcua': { unchecked: ['a processing time value (isProcessingTime in @motcua/sla)'] },
  });
const terms = z.object({
  processingTime: pt.optional(),
  processingTimeText: z.string().optional(),
  fees: z
    .array(
      z.object({
        name: text,
        amount: z.number().nonnegative(),
        per: z.enum(['dossier', 'page', 'copy', 'case']),
        note: z.string().optional(),
      }),
    )
    .default([]),
});
const procedureSchema = z.object({
  code: z
    .string()
    .regex(/^\d\.\d{6}(?:\.[A-Z]\d{2})?$/, 'the code must be d.dddddd (optionally .H38)'),
  name: text,
  field: z.string().min(1),
  level: z.enum(['ministry', 'province', 'commune']),
  implementingAgency: z.string().min(1),
  receivingAgency: z.string().min(1),
  subjects: z.array(z.string()).optional(),
  conditions: z.array(z.string()).optional(),
  steps: z.array(z.string()).optional(),
  legalBasis: z.array(z.string()),
  result: z.string(),
  results: z
    .array(
      z.object({
        name: z.string().min(1),
        template: z.string().optional(),
        paper: z.boolean().optional(),
      }),
    )
    .min(1)
    .optional(),
  dossierSets: z.number().int().min(1).max(100).optional(),
  coordinatingAgencies: z.array(z.string()).optional(),
  onlineLevel: z.enum(['full', 'partial', 'none']),
  channels: z.object({
    direct: terms.optional(),
    online: terms.optional(),
    postal: terms.optional(),
  }),
  onTheSpot: z.boolean().optional(),
  process: z
    .array(
      z.object({
        name: text,
        role: z.enum(['citizen', 'reception', 'specialist', 'leader', 'other-agency', 'system']),
        minutes: z.number().positive(),
        agency: z.string().optional(),
      }),
    )
    .optional(),
  form: z.unknown().meta({
    'x-motcua': { unchecked: ['a form definition (safeParseFormDefinition in @motcua/forms)'] },
  }),
  sampleData: z.unknown().optional(),
  source: z.object({
    document: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    note: z.string().optional(),
  }),
});

/**
 * One problem in a procedure or catalogue document: `{ path, code, message }` (message in English).
 *
 * @example
 * ```ts
 * import type { ProcedureIssue } from '@motcua/core';
 * const i: ProcedureIssue = { path: ['channels', 'direct', 'processingTimeText'], code: 'UNKNOWN_PROCESSING_TIME', message: "cannot read the processing time 'Theo quy định'" };
 * ```
 * @category Procedures
 */
export type ProcedureIssue = Issue;

/**
 * Validates a procedure loaded from JSON, without throwing: the national fields, per-channel
 * processing times (a value, or the published text, parsed), fees, the internal process (which must
 * fit the limit) and the form (checked by `safeParseFormDefinition`).
 *
 * @param json - The parsed JSON.
 * @returns The procedure, or the issues.
 * @example
 * ```ts
 * import { safeParseProcedure } from '@motcua/core';
 * safeParseProcedure({ code: '2.000908' }).ok; //=> false (the other fields are missing)
 * ```
 * @category Procedures
 */
export function safeParseProcedure(json: unknown): Result<Procedure, ProcedureIssue> {
  const r = procedureSchema.safeParse(json);
  if (!r.success)
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({
        path: i.path.filter((k): k is string | number => typeof k !== 'symbol'),
        code: i.code,
        message: i.message,
      })),
    };
  const issues: ProcedureIssue[] = [];
  const form = safeParseFormDefinition(r.data.form, { locale: 'en' });
  if (!form.ok)
    for (const i of form.issues)
      issues.push({ path: ['form', ...i.path], code: i.code, message: i.message });
  const channels: Partial<Record<Channel, ChannelTerms>> = {};
  for (const [name, t] of Object.entries(r.data.channels) as [
    Channel,
    (typeof r.data.channels)[Channel],
  ][]) {
    if (t === undefined) continue;
    let value = t.processingTime;
    if (value === undefined && t.processingTimeText !== undefined) {
      try {
        value = parseProcessingTime(t.processingTimeText);
      } catch (e) {
        issues.push({
          path: ['channels', name, 'processingTimeText'],
          code: isSlaError(e) ? e.code : 'UNKNOWN_PROCESSING_TIME',
          message: e instanceof Error ? e.message : String(e),
        });
        continue;
      }
    }
    if (value === undefined) {
      issues.push({
        path: ['channels', name],
        code: 'missing_processing_time',
        message: 'a processing time (value or text) is required',
      });
      continue;
    }
    channels[name] = {
      processingTime: value,
      ...(t.processingTimeText === undefined ? {} : { processingTimeText: t.processingTimeText }),
      fees: t.fees,
    };
  }
  if (issues.length > 0 || !form.ok) return { ok: false, issues };
  try {
    const { form: _ignored, channels: _c, ...rest } = r.data;
    return {
      ok: true,
      value: defineProcedure({ ...rest, form: form.value, channels } as ProcedureSpec),
    };
  } catch (e) {
    if (isCoreError(e))
      return { ok: false, issues: [{ path: [], code: e.code, message: e.message }] };
    throw e;
  }
}

/** The most procedures a catalogue may hold (the national catalogue holds a few thousand). */
const MAX_PROCEDURES = 100_000;

/**
 * Validates a catalogue (a JSON array of procedures) and builds it, without throwing.
 *
 * @param json - The parsed JSON array.
 * @returns The catalogue, or the issues (paths start with the procedure's index).
 * @example
 * ```ts
 * import { safeParseCatalog } from '@motcua/core';
 * safeParseCatalog([]).ok; //=> true
 * ```
 * @category Procedures
 */
export function safeParseCatalog(json: unknown): Result<Catalog, ProcedureIssue> {
  if (!Array.isArray(json))
    return {
      ok: false,
      issues: [
        { path: [], code: 'invalid_type', message: 'a catalogue is an array of procedures' },
      ],
    };
  // The national catalogue holds a few thousand procedures; a million-element array is not one,
  // and would take seconds to refuse element by element.
  if (json.length > MAX_PROCEDURES)
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'TOO_LARGE',
          message: `a catalogue holds at most ${MAX_PROCEDURES.toLocaleString('en-US')} procedures, got ${json.length.toLocaleString('en-US')}`,
        },
      ],
    };
  const procedures: Procedure[] = [];
  const issues: ProcedureIssue[] = [];
  json.forEach((p, i) => {
    const r = safeParseProcedure(p);
    if (r.ok) procedures.push(r.value);
    else for (const issue of r.issues) issues.push({ ...issue, path: [i, ...issue.path] });
  });
  if (issues.length > 0) return { ok: false, issues };
  try {
    return { ok: true, value: createCatalog(procedures) };
  } catch (e) {
    if (isCoreError(e))
      return { ok: false, issues: [{ path: [], code: e.code, message: e.message }] };
    throw e;
  }
}

function invalidProcedure(what: string, issues: readonly ProcedureIssue[]): CoreError {
  const first = issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return new CoreError(
    'INVALID_PROCEDURE',
    {
      en: `${what} does not validate (${issues.length} issue(s)): ${first}`,
      vi: `${what} không hợp lệ (${issues.length} lỗi): ${first}`,
    },
    { issues },
  );
}

/**
 * Validates a procedure loaded from JSON and returns it, or throws; {@link safeParseProcedure}
 * returns the issues instead.
 *
 * @param json - The parsed JSON.
 * @returns The procedure.
 * @throws {CoreError} `INVALID_PROCEDURE`, the issues in `details.issues`.
 * @example
 * ```ts
 * import { parseProcedure, sampleCatalog } from '@motcua/core';
 * const p = sampleCatalog().get('2.000908')!;
 * parseProcedure(JSON.parse(JSON.stringify(p))).code; //=> '2.000908'
 * ```
 * @category Procedures
 */
export function parseProcedure(json: unknown): Procedure {
  const r = safeParseProcedure(json);
  if (r.ok) return r.value;
  throw invalidProcedure('parseProcedure: the procedure', r.issues);
}

/**
 * Validates a catalogue (a JSON array of procedures) and builds it, or throws;
 * {@link safeParseCatalog} returns the issues instead.
 *
 * @param json - The parsed JSON array.
 * @returns The catalogue.
 * @throws {CoreError} `INVALID_PROCEDURE`, the issues in `details.issues` (paths start with the index).
 * @example
 * ```ts
 * import { parseCatalog } from '@motcua/core';
 * parseCatalog([]).list(); //=> []
 * ```
 * @category Procedures
 */
export function parseCatalog(json: unknown): Catalog {
  const r = safeParseCatalog(json);
  if (r.ok) return r.value;
  throw invalidProcedure('parseCatalog: the catalogue', r.issues);
}

/**
 * The JSON Schema (draft 2020-12) of a procedure catalogue as {@link safeParseCatalog} reads it (an
 * array of procedures), also published as `@motcua/core/schemas/catalog.schema.json`, for the
 * systems that maintain a province's catalogue. Never stricter than `safeParseCatalog`; it checks
 * the shape (codes, names in both languages, levels, channels, fees, results, steps) and names in
 * `x-motcua` what motcua's own readers check: a processing time value or text, the form definition,
 * the rules between fields of {@link defineProcedure}, and no code twice.
 *
 * @returns The JSON Schema.
 * @example
 * ```ts
 * import { catalogJsonSchema } from '@motcua/core';
 * catalogJsonSchema().type; //=> 'array'
 * ```
 * @category Procedures
 */
export function catalogJsonSchema(): { readonly [key: string]: unknown } {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: 'urn:motcua:catalog:1',
    title: 'motcua procedure catalogue (danh mục thủ tục hành chính)',
    type: 'array',
    items: jsonSchemaOf(procedureSchema),
    'x-motcua': {
      unchecked: [
        'each channel has a processing time value or a text motcua reads (parseProcessingTime)',
        'the rules between fields of defineProcedure (a same-day limit with its process minutes, …)',
        'no procedure code twice',
      ],
    },
  };
}
