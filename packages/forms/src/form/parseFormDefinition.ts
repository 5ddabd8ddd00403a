import * as z from 'zod';
import { checkDefinition, type DefinitionIssue } from './checkDefinition';
import type { FormCondition, FormDefinition, FormField, FormRule } from './types';

/**
 * The result of {@link parseFormDefinition}.
 *
 * @example
 * ```ts
 * import { parseFormDefinition, type ParseFormDefinitionResult } from '@motcua/forms';
 * const r: ParseFormDefinitionResult = parseFormDefinition(JSON.parse('{}'));
 * r.ok; //=> false
 * ```
 * @category Forms
 */
export type ParseFormDefinitionResult =
  | {
      /** The definition is sound. */
      readonly ok: true;
      /** A fresh copy of it, ready for {@link validateForm}. */
      readonly value: FormDefinition;
    }
  | {
      /** The definition is not sound. */
      readonly ok: false;
      /** Every problem found. */
      readonly issues: readonly DefinitionIssue[];
    };

let schema: z.ZodType<FormDefinition> | undefined;

/** The zod schema of a definition's shape, built on first use. */
function definitionSchema(): z.ZodType<FormDefinition> {
  if (schema !== undefined) return schema;
  const localized = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
  const count = z.number().int().nonnegative();
  const scalar = z.union([z.string(), z.number(), z.boolean()]);
  const condition: z.ZodType<FormCondition> = z.lazy(() =>
    z.union([
      z.strictObject({ field: z.string(), equals: scalar }),
      z.strictObject({ field: z.string(), notEquals: scalar }),
      z.strictObject({ field: z.string(), in: z.array(scalar).min(1) }),
      z.strictObject({ field: z.string(), filled: z.boolean() }),
      z.strictObject({ all: z.array(condition).min(1) }),
      z.strictObject({ any: z.array(condition).min(1) }),
      z.strictObject({ not: condition }),
    ]),
  );
  const message = localized.optional();
  const rule: z.ZodType<FormRule> = z.union([
    z.strictObject({
      rule: z.enum([
        'dateNotBefore',
        'dateNotAfter',
        'dateBefore',
        'dateAfter',
        'lessOrEqual',
        'lessThan',
        'greaterOrEqual',
        'greaterThan',
        'sameAs',
        'differentFrom',
      ]),
      field: z.string(),
      other: z.string(),
      message,
    }),
    z.strictObject({
      rule: z.literal('citizenIdMatches'),
      field: z.string(),
      birthDate: z.string().optional(),
      sex: z.string().optional(),
      message,
    }),
  ]);
  const base = {
    key: z.string().min(1),
    label: localized,
    hint: localized.optional(),
    required: z.boolean().optional(),
    requiredIf: condition.optional(),
    visibleIf: condition.optional(),
  };
  const options = z.array(z.strictObject({ value: z.string(), label: localized }));
  const field: z.ZodType<FormField> = z.lazy(() =>
    z.discriminatedUnion('type', [
      z.strictObject({
        ...base,
        type: z.enum(['text', 'longText']),
        minLength: count.optional(),
        maxLength: count.optional(),
        pattern: z.string().optional(),
      }),
      z.strictObject({
        ...base,
        type: z.literal('number'),
        min: z.number().optional(),
        max: z.number().optional(),
        integer: z.boolean().optional(),
      }),
      z.strictObject({
        ...base,
        type: z.literal('money'),
        min: count.optional(),
        max: count.optional(),
      }),
      z.strictObject({
        ...base,
        type: z.literal('date'),
        min: z.string().optional(),
        max: z.string().optional(),
      }),
      z.strictObject({ ...base, type: z.literal('boolean'), mustBeTrue: z.boolean().optional() }),
      z.strictObject({ ...base, type: z.literal('choice'), options }),
      z.strictObject({
        ...base,
        type: z.literal('multiChoice'),
        options,
        minItems: count.optional(),
        maxItems: count.optional(),
      }),
      z.strictObject({
        ...base,
        type: z.enum(['citizenId', 'taxCode', 'phone', 'email', 'personName']),
        maxLength: count.optional(),
      }),
      z.strictObject({
        ...base,
        type: z.literal('address'),
        requireDetail: z.boolean().optional(),
      }),
      z.strictObject({
        ...base,
        type: z.literal('group'),
        fields: z.array(field),
        minItems: count.optional(),
        maxItems: count.optional(),
        rules: z.array(rule).optional(),
      }),
    ]),
  );
  const document = z.strictObject({
    id: z.string().min(1),
    name: localized,
    required: z.boolean().optional(),
    requiredIf: condition.optional(),
    originals: count.optional(),
    certifiedCopies: count.optional(),
    copies: count.optional(),
    presentOnly: z.boolean().optional(),
    eSignature: z.boolean().optional(),
    reusable: z.boolean().optional(),
    templateCode: z.string().optional(),
    note: localized.optional(),
  });
  const fee = z.strictObject({
    name: localized,
    amount: count,
    per: localized.optional(),
    note: localized.optional(),
  });
  schema = z.strictObject({
    id: z.string().min(1),
    version: z.string().min(1),
    title: localized,
    description: localized.optional(),
    procedureCode: z.string().optional(),
    fields: z.array(field).min(1),
    rules: z.array(rule).optional(),
    documents: z.array(document).optional(),
    fees: z.array(fee).optional(),
  });
  return schema;
}

function toDefinitionIssue(issue: z.core.$ZodIssue): DefinitionIssue {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (
    issue.code === 'invalid_union' &&
    'discriminator' in issue &&
    issue.discriminator === 'type'
  ) {
    return {
      path: path.at(-1) === 'type' ? path : [...path, 'type'],
      code: 'unknown_field_type',
      message: 'unknown field type',
    };
  }
  return { path, code: 'invalid_definition', message: issue.message };
}

/**
 * Checks a form definition received as data (a JSON file, a database row) and returns a fresh,
 * sound copy, or every problem found. Two passes: the shape (with zod: known field types, no
 * misspelt or unknown properties, labels in both languages, non-negative whole counts), then the
 * meaning: keys are dotted identifiers and unique, no key is both a field and a parent, every
 * condition and rule names an existing field of a fitting type (and choice values among its
 * options), conditions do not depend on each other in a circle, groups have fields and do not
 * nest, choices have distinct options, patterns compile, minimums do not exceed maximums.
 *
 * @param json - The parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` (developer-facing, in English).
 * @example
 * ```ts
 * import { parseFormDefinition } from '@motcua/forms';
 *
 * const r = parseFormDefinition({
 *   id: 'x', version: '1', title: { vi: 'X', en: 'X' },
 *   fields: [
 *     { key: 'a', type: 'signature', label: { vi: 'A', en: 'A' } },
 *     { key: 'b', type: 'text', label: { vi: 'B', en: 'B' }, visibleIf: { field: 'zzz', equals: 1 } },
 *   ],
 * });
 * !r.ok && r.issues.map((i) => i.code); //=> ['unknown_field_type']
 * ```
 * @category Forms
 */
export function parseFormDefinition(json: unknown): ParseFormDefinitionResult {
  const r = definitionSchema().safeParse(json);
  if (!r.success) return { ok: false, issues: r.error.issues.map(toDefinitionIssue) };
  const issues = checkDefinition(r.data);
  return issues.length === 0 ? { ok: true, value: r.data } : { ok: false, issues };
}
