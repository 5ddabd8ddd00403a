import { describeValue } from '@motcua/errors';
import * as z from 'zod';
import { FormsError } from '../errors';
import { deeperThan, MAX_DEPTH } from '../json';
import type { Locale } from '../types';
import {
  checkDefinition,
  type DefinitionIssue,
  type LocalizedDefinitionIssue,
  localizeDefinitionIssues,
} from './checkDefinition';
import type { FormCondition, FormDefinition, FormField, FormFieldType, FormRule } from './types';

/**
 * The result of {@link parseFormDefinition}.
 *
 * @example
 * ```ts
 * import { safeParseFormDefinition, type ParseFormDefinitionResult } from '@motcua/forms';
 * const r: ParseFormDefinitionResult = safeParseFormDefinition(JSON.parse('{}'));
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

/** The two-field comparison rules (see {@link FormRule}). */
const COMPARISON_RULES = [
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
] as const satisfies readonly FormRule['rule'][];

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
      rule: z.enum(COMPARISON_RULES),
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

const FIELD_TYPES = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'boolean',
  'choice',
  'multiChoice',
  'citizenId',
  'taxCode',
  'phone',
  'email',
  'personName',
  'address',
  'group',
] as const satisfies readonly FormFieldType[];
// Every field type is listed: this fails to compile when a type is added to FormFieldType only.
const everyFieldType: [Exclude<FormFieldType, (typeof FIELD_TYPES)[number]>] extends [never]
  ? true
  : never = true;
void everyFieldType;

const KIND_VI: Readonly<Record<string, string>> = {
  string: 'một chuỗi',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một mảng',
  object: 'một đối tượng',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function show(value: unknown): string {
  return describeValue(value);
}

const CONDITION_SHAPES =
  '{ field, equals } | { field, notEquals } | { field, in: [...] } | { field, filled } | { all: [...] } | { any: [...] } | { not }';

const RULE_SHAPES = `{ rule: ${COMPARISON_RULES.map((r) => `'${r}'`).join(' | ')}, field, other } | { rule: 'citizenIdMatches', field, birthDate?, sex? }`;

/** A zod issue on a definition's shape, with a message in both languages. */
function toDefinitionIssue(issue: z.core.$ZodIssue): LocalizedDefinitionIssue {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const shape = (vi: string, en: string): LocalizedDefinitionIssue => ({
    path,
    code: 'invalid_definition',
    text: { vi, en },
  });
  switch (issue.code) {
    case 'invalid_union': {
      if (issue.discriminator === 'type') {
        const at = path.at(-1) === 'type' ? path : [...path, 'type'];
        const type = (issue.input as { type?: unknown } | undefined)?.type;
        const list = FIELD_TYPES.join(', ');
        return {
          path: at,
          code: 'unknown_field_type',
          text:
            type === undefined
              ? {
                  vi: `thiếu kiểu trường (type); các kiểu hợp lệ: ${list}`,
                  en: `missing field type; the types are: ${list}`,
                }
              : {
                  vi: `kiểu trường ${show(type)} không tồn tại; các kiểu hợp lệ: ${list}`,
                  en: `unknown field type ${show(type)}; the types are: ${list}`,
                },
        };
      }
      if (path.some((p) => p === 'visibleIf' || p === 'requiredIf'))
        return shape(
          `không phải là một điều kiện; các dạng điều kiện: ${CONDITION_SHAPES}`,
          `not a condition; a condition is one of: ${CONDITION_SHAPES}`,
        );
      if (path.includes('rules'))
        return shape(
          `không phải là một quy tắc; các dạng quy tắc: ${RULE_SHAPES}`,
          `not a rule; a rule is one of: ${RULE_SHAPES}`,
        );
      return shape(
        'không khớp với dạng nào được chấp nhận ở vị trí này',
        'matches none of the shapes accepted here',
      );
    }
    case 'invalid_type': {
      const expected = issue.expected;
      const got = kindOf(issue.input);
      if (issue.input === undefined)
        return shape(
          `thiếu thuộc tính bắt buộc (cần ${KIND_VI[expected] ?? expected})`,
          `missing required property (expected ${expected})`,
        );
      return shape(
        `cần ${KIND_VI[expected] ?? expected}, nhận được ${KIND_VI[got] ?? got}`,
        `expected ${expected}, received ${got}`,
      );
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
      return shape(
        `thuộc tính không được biết: ${keys} (viết sai tên?)`,
        `unknown propert${issue.keys.length > 1 ? 'ies' : 'y'} ${keys} (misspelt?)`,
      );
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return shape('không được để trống', 'must not be empty');
      if (issue.origin === 'array' || issue.origin === 'set')
        return shape(
          `cần ít nhất ${min} phần tử`,
          `needs at least ${min} item${min > 1 ? 's' : ''}`,
        );
      return shape(`phải từ ${min} trở lên`, `must be at least ${min}`);
    }
    case 'invalid_value': {
      const values = issue.values.map(show).join(', ');
      return shape(`phải là một trong: ${values}`, `must be one of: ${values}`);
    }
    default:
      return shape(`giá trị không hợp lệ (${issue.message})`, issue.message);
  }
}

/**
 * Options of {@link safeParseFormDefinition}.
 *
 * @example
 * ```ts
 * import { safeParseFormDefinition, type ParseFormDefinitionOptions } from '@motcua/forms';
 * const options: ParseFormDefinitionOptions = { locale: 'en' };
 * const r = safeParseFormDefinition({ id: 'x', version: '1', title: { vi: 'X', en: 'X' }, fields: [] }, options);
 * !r.ok && r.issues[0]?.message; //=> 'needs at least 1 item'
 * ```
 * @category Forms
 */
export interface ParseFormDefinitionOptions {
  /** The language of the issues' messages: Vietnamese (default) or English. */
  readonly locale?: Locale | undefined;
}

/**
 * Checks a form definition received as data (a JSON file, a database row) without throwing and
 * returns a fresh, sound copy, or every problem found (see {@link parseFormDefinition} for the form
 * that throws). `validateForm`, `formSchema` and `documentChecklist` run the same check on every
 * definition they are given (once per definition object). Two passes: the shape (with zod: known field types, no
 * misspelt or unknown properties, labels in both languages, non-negative whole counts), then the
 * meaning: keys are dotted identifiers and unique, no key is both a field and a parent, every
 * condition and rule names an existing field of a fitting type (and choice values among its
 * options), conditions do not depend on each other in a circle, groups have fields and do not
 * nest, choices have distinct options, patterns compile, minimums do not exceed maximums.
 *
 * Every issue has a path into the definition, a stable code and a message in Vietnamese (default)
 * or English: `kiểu trường "signature" không tồn tại; các kiểu hợp lệ: text, longText, …`.
 *
 * @param json - The parsed JSON.
 * @param options - `locale` of the messages (`'vi'` by default, or `'en'`).
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { safeParseFormDefinition } from '@motcua/forms';
 *
 * const r = safeParseFormDefinition({
 *   id: 'x', version: '1', title: { vi: 'X', en: 'X' },
 *   fields: [
 *     { key: 'a', type: 'signature', label: { vi: 'A', en: 'A' } },
 *     { key: 'b', type: 'text', label: { vi: 'B', en: 'B' }, visibleIf: { field: 'zzz', equals: 1 } },
 *   ],
 * });
 * // The shape is checked first: the condition on the missing field 'zzz' is not reported yet.
 * !r.ok && r.issues.map((i) => i.code); //=> ['unknown_field_type']
 * !r.ok && r.issues[0]?.path; //=> ['fields', 0, 'type']
 * !r.ok && r.issues[0]?.message;
 * //=> 'kiểu trường "signature" không tồn tại; các kiểu hợp lệ: text, longText, number, money, date, boolean, choice, multiChoice, citizenId, taxCode, phone, email, personName, address, group'
 *
 * // Once the shape is sound, the meaning: every condition names an existing field.
 * const second = safeParseFormDefinition({
 *   id: 'x', version: '1', title: { vi: 'X', en: 'X' },
 *   fields: [
 *     { key: 'a', type: 'text', label: { vi: 'A', en: 'A' } },
 *     { key: 'b', type: 'text', label: { vi: 'B', en: 'B' }, visibleIf: { field: 'zzz', equals: 1 } },
 *   ],
 * }, { locale: 'en' });
 * !second.ok && second.issues.map((i) => [i.path, i.code]); //=> [[['fields', 1, 'visibleIf', 'field'], 'unknown_field']]
 *
 * // A misspelt property: the missing one and the unknown one.
 * const typo = safeParseFormDefinition({
 *   id: 'x', version: '1', title: { vi: 'X', en: 'X' },
 *   fields: [{ key: 'a', type: 'text', lable: { vi: 'A', en: 'A' } }],
 * }, { locale: 'en' });
 * !typo.ok && typo.issues[0]; //=> { path: ['fields', 0, 'label'], code: 'invalid_definition', message: 'missing required property (expected object)' }
 * !typo.ok && typo.issues[1]; //=> { path: ['fields', 0], code: 'invalid_definition', message: 'unknown property "lable" (misspelt?)' }
 * ```
 * @category Forms
 */
export function safeParseFormDefinition(
  json: unknown,
  options?: ParseFormDefinitionOptions,
): ParseFormDefinitionResult {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'vi';
  const r = checkFormDefinition(json);
  return r.ok ? r : { ok: false, issues: localizeDefinitionIssues(r.issues, locale) };
}

/**
 * Checks a form definition received as data and returns a fresh, sound copy, or throws. The check
 * is {@link safeParseFormDefinition}'s, which returns the issues instead.
 *
 * @param json - The parsed JSON.
 * @returns A fresh copy of the definition.
 * @throws {FormsError} `INVALID_DEFINITION`, each problem in `details.issues` (English) and
 *   `details.issuesVi` (Vietnamese), the first ones in the message.
 * @example
 * ```ts
 * import { parseFormDefinition } from '@motcua/forms';
 * const form = parseFormDefinition(JSON.parse(
 *   '{"id":"lien-he","version":"1","title":{"vi":"Liên hệ","en":"Contact"},' +
 *   '"fields":[{"key":"phone","type":"phone","label":{"vi":"Số điện thoại","en":"Phone"}}]}',
 * ));
 * form.fields.map((f) => f.key); //=> ['phone']
 * parseFormDefinition({ id: 'x', version: '1', title: { vi: 'X', en: 'X' }, fields: [] });
 * //=> throws FormsError INVALID_DEFINITION (Invalid form definition "x": fields: needs at least 1 item)
 * ```
 * @category Forms
 */
export function parseFormDefinition(json: unknown): FormDefinition {
  const r = checkFormDefinition(json);
  if (r.ok) return r.value;
  throw invalidDefinition(json, r.issues);
}

/**
 * The one definition check (shape with zod, then meaning): what {@link safeParseFormDefinition},
 * {@link parseFormDefinition}, `validateForm` and `formSchema` run. @internal
 */
export function checkFormDefinition(
  json: unknown,
):
  | { readonly ok: true; readonly value: FormDefinition }
  | { readonly ok: false; readonly issues: readonly LocalizedDefinitionIssue[] } {
  if (deeperThan(json, MAX_DEPTH))
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'too_large',
          text: {
            vi: `định nghĩa lồng quá sâu (tối đa ${MAX_DEPTH} cấp) hoặc quá lớn`,
            en: `the definition nests deeper than ${MAX_DEPTH} levels or is too large`,
          },
        },
      ],
    };
  const r = definitionSchema().safeParse(json, { reportInput: true });
  if (!r.success) return { ok: false, issues: r.error.issues.map(toDefinitionIssue) };
  const issues = checkDefinition(r.data);
  return issues.length === 0 ? { ok: true, value: r.data } : { ok: false, issues };
}

/** The `INVALID_DEFINITION` error for a definition's issues, naming each field and the fix. @internal */
export function invalidDefinition(
  json: unknown,
  found: readonly LocalizedDefinitionIssue[],
): FormsError {
  const id =
    typeof (json as { id?: unknown } | null)?.id === 'string' ? (json as { id: string }).id : '?';
  const list = (locale: Locale) =>
    found
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(definition)'}: ${i.text[locale]}`)
      .join('; ') + (found.length > 5 ? ` (+${found.length - 5})` : '');
  return new FormsError(
    'INVALID_DEFINITION',
    {
      vi: `Định nghĩa biểu mẫu "${id}" không hợp lệ: ${list('vi')}`,
      en: `Invalid form definition "${id}": ${list('en')}`,
    },
    {
      issues: localizeDefinitionIssues(found, 'en'),
      issuesVi: localizeDefinitionIssues(found, 'vi'),
    },
  );
}
