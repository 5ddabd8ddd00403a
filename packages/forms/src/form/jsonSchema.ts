/**
 * A form definition as JSON Schema (draft 2020-12), for applications that validate dossiers outside
 * TypeScript (a Java portal, a .NET back office, an API gateway).
 *
 * @module
 */
import { FormsError } from '../errors';
import { safeParseFormDefinition } from './parseFormDefinition';
import type { FormCondition, FormDefinition, FormField } from './types';

/**
 * A JSON Schema object (draft 2020-12), as plain JSON.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from '@motcua/forms';
 * const s: JsonSchema = { type: 'string', maxLength: 20 };
 * ```
 * @category Forms
 */
export type JsonSchema = { readonly [key: string]: JsonValue };

/**
 * A JSON value.
 *
 * @example
 * ```ts
 * import type { JsonValue } from '@motcua/forms';
 * const v: JsonValue = { a: [1, 'b', null] };
 * ```
 * @category Forms
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

type Mutable = { [key: string]: JsonValue };

/** Blank as `validateForm` reads it: absent, `null`, or only spaces and invisible characters. */
const BLANK_PATTERN = '^[\\s\\u200B-\\u200D\\u2060\\uFEFF]*$';
const NUMBER_PATTERN = '^\\s*-?\\d+(?:\\.\\d+)?\\s*$';

/**
 * What the schema of one field value does not check, in the `x-motcua` keyword: a gateway knows
 * what it left to motcua.
 */
function unchecked(...what: string[]): Mutable {
  return { 'x-motcua': { unchecked: what } };
}

/** What motcua checks in an identifier that the schema leaves to it, per field type. */
const IDENTIFIER_RULES = {
  citizenId:
    'a personal identification number: 12 digits, a province code, a century-and-sex digit that fits the birth year',
  taxCode:
    'a tax code: 10 digits (optionally -001…-999) with its check digit, or a 12-digit personal id',
  phone: 'a Vietnamese phone number: a known prefix, 10 digits (spaces, dots and +84 allowed)',
  personName:
    'a Vietnamese name: letters, spaces, an apostrophe or hyphen inside a word (after trimming)',
  email: 'an e-mail address as motcua reads it (after trimming)',
} as const;

/** The schema of a field's non-blank value, and what it leaves unchecked. */
function valueSchema(f: FormField): Mutable {
  const label = { title: f.label.vi, 'x-motcua-label': { vi: f.label.vi, en: f.label.en } };
  switch (f.type) {
    case 'text':
    case 'longText':
      // Lengths and patterns apply to the trimmed, NFC-normalised text: only the minimum length
      // is safe on the raw value (trimming never lengthens it).
      return {
        ...label,
        type: 'string',
        ...(f.minLength === undefined ? {} : { minLength: f.minLength }),
        ...unchecked(
          `length at most ${f.maxLength ?? (f.type === 'text' ? 1000 : 10000)} after trimming`,
          ...(f.pattern === undefined ? [] : [`pattern ${f.pattern} after trimming`]),
        ),
      };
    case 'number': {
      const bounds: Mutable = {};
      if (f.min !== undefined) bounds['minimum'] = f.min;
      if (f.max !== undefined) bounds['maximum'] = f.max;
      return {
        ...label,
        anyOf: [
          { type: f.integer === true ? 'integer' : 'number', ...bounds },
          { type: 'string', pattern: NUMBER_PATTERN },
        ],
        ...unchecked('bounds and whole numbers when written as text'),
      };
    }
    case 'money':
      return {
        ...label,
        type: ['string', 'number'],
        ...unchecked('an amount in đồng (parseVnd)', 'bounds'),
      };
    case 'date':
      return {
        ...label,
        type: 'string',
        maxLength: 20,
        ...unchecked('a Vietnamese date (dd/mm/yyyy or yyyy-mm-dd)', 'bounds'),
      };
    case 'boolean':
      return { ...label, type: 'boolean', ...(f.mustBeTrue === true ? { const: true } : {}) };
    case 'choice':
      return { ...label, enum: f.options.map((o) => o.value) };
    case 'multiChoice':
      return {
        ...label,
        type: 'array',
        items: { enum: f.options.map((o) => o.value) },
        ...(f.minItems === undefined ? {} : { minItems: f.minItems }),
        ...(f.maxItems === undefined ? {} : unchecked(`at most ${f.maxItems} different options`)),
      };
    case 'citizenId':
    case 'taxCode':
    case 'phone':
    case 'personName':
    case 'email': {
      const max = f.maxLength ?? (f.type === 'personName' ? 100 : f.type === 'email' ? 254 : 64);
      return {
        ...label,
        type: 'string',
        maxLength: max,
        ...unchecked(IDENTIFIER_RULES[f.type]),
      };
    }
    case 'address':
      return {
        ...label,
        type: 'object',
        required: ['province', 'commune'],
        properties: {
          province: { type: 'string' },
          commune: { type: 'string' },
          detail: { type: ['string', 'null'] },
        },
        ...unchecked(
          'a 2025 province and commune code, the commune in the province',
          'detail at most 500 characters after trimming',
        ),
      };
    case 'group':
      return {
        ...label,
        type: 'array',
        ...(f.minItems === undefined ? {} : { minItems: f.minItems }),
        ...(f.maxItems === undefined ? {} : { maxItems: f.maxItems }),
        items: scopeSchema(f.fields, f.rules !== undefined && f.rules.length > 0),
      };
  }
}

/** A non-blank value of the field (what a required field must have). */
function required(f: FormField): Mutable {
  const s = valueSchema(f);
  if (f.type === 'multiChoice' || f.type === 'group')
    return { allOf: [s, { type: 'array', minItems: 1 }] };
  return { allOf: [s, { not: { type: 'string', pattern: BLANK_PATTERN } }] };
}

/** A blank value, or a valid one. */
function optional(f: FormField): Mutable {
  return {
    anyOf: [
      { type: 'null' },
      { type: 'string', pattern: BLANK_PATTERN },
      ...(f.type === 'multiChoice' || f.type === 'group' ? [{ type: 'array', maxItems: 0 }] : []),
      valueSchema(f),
    ],
  };
}

/** JSON Schema's `if` / `then` / `else` (built here, the one place an object has a `then` key). */
function ifThen(condition: JsonValue, then: JsonValue, otherwise?: JsonValue): Mutable {
  const out: Mutable = { if: condition };
  // `then` is JSON Schema's keyword, not a thenable: set by index so that no object literal has it.
  out['then'] = then;
  if (otherwise !== undefined) out['else'] = otherwise;
  return out;
}

/** `schema` at a dotted path; with `needed`, every step of the path must be there. */
function atPath(path: readonly string[], schema: JsonValue, needed: boolean): Mutable {
  let s = schema;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i] as string;
    // An optional path applies only where its parents are objects (a parent of another type is
    // read as blank, as validateForm reads it).
    s = needed
      ? { type: 'object', required: [key], properties: { [key]: s } }
      : ifThen({ type: 'object' }, { type: 'object', properties: { [key]: s } });
  }
  return s as Mutable;
}

/**
 * A condition as a schema that holds exactly when it does, or `null` when it cannot be written
 * (it names a field that is itself conditional, or whose value `validateForm` transforms).
 */
function conditionSchema(c: FormCondition, byKey: ReadonlyMap<string, FormField>): Mutable | null {
  if ('all' in c) {
    const parts = c.all.map((x) => conditionSchema(x, byKey));
    return parts.some((p) => p === null) ? null : { allOf: parts as Mutable[] };
  }
  if (!('field' in c) || !('equals' in c || 'in' in c)) return null;
  const f = byKey.get(c.field);
  // Only fields read as they are written (a choice, a yes/no) that are always shown.
  if (f === undefined || f.visibleIf !== undefined || (f.type !== 'choice' && f.type !== 'boolean'))
    return null;
  const test = 'equals' in c ? { const: c.equals } : { enum: [...c.in] };
  return atPath(c.field.split('.'), test, true);
}

/** The schema of a scope (the form, or one item of a group): its fields and their conditions. */
function scopeSchema(fields: readonly FormField[], hasRules: boolean): Mutable {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const parts: Mutable[] = [{ type: 'object' }];
  const notChecked: string[] = [];
  for (const f of fields) {
    const path = f.key.split('.');
    const visible = f.visibleIf === undefined ? null : conditionSchema(f.visibleIf, byKey);
    const needed = f.requiredIf === undefined ? null : conditionSchema(f.requiredIf, byKey);
    if (
      (f.visibleIf !== undefined && visible === null) ||
      (f.requiredIf !== undefined && needed === null)
    ) {
      notChecked.push(`${f.key}: its condition`);
      continue;
    }
    let body: Mutable;
    if (f.required === true) body = atPath(path, required(f), true);
    else if (needed !== null)
      body = ifThen(needed, atPath(path, required(f), true), atPath(path, optional(f), false));
    else body = atPath(path, optional(f), false);
    parts.push(visible === null ? body : ifThen(visible, body));
  }
  if (hasRules) notChecked.push('the rules between fields');
  return {
    allOf: parts,
    ...(notChecked.length > 0 ? unchecked(...notChecked) : {}),
  };
}

/**
 * A form definition as JSON Schema (draft 2020-12) for its data, so that applications that are not
 * TypeScript (and API gateways) can validate dossiers: types, required fields, `visibleIf` /
 * `requiredIf` as `if` / `then` where the condition names a choice or yes/no field, dotted keys as
 * nested objects, groups, lengths, enumerations, labels in both languages (`title`,
 * `x-motcua-label`).
 *
 * The schema never refuses data that `validateForm` accepts. What it cannot check (a personal id's
 * province code, a tax code's check digit, lengths after trimming, a condition on a field whose
 * value `validateForm` transforms, the rules between fields) is named in the `x-motcua` keyword
 * (`{ unchecked: [...] }`) of the value or scope concerned: a gateway knows what it left to motcua.
 * With Ajv, register the keywords (`ajv.addKeyword('x-motcua')`, `ajv.addKeyword('x-motcua-label')`)
 * or use `strict: false`.
 *
 * @param form - The form definition (checked first).
 * @returns The schema.
 * @throws {FormsError} `INVALID_DEFINITION` when the definition does not validate.
 * @example
 * ```ts
 * import { birthRegistrationForm, formJsonSchema } from '@motcua/forms';
 * const schema = formJsonSchema(birthRegistrationForm);
 * schema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * schema.$id; //=> 'urn:motcua:form:dang-ky-khai-sinh:2025.1' (the form's id and version)
 * schema['x-motcua-label']; //=> { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration' }
 * ```
 * @category Forms
 */
export function formJsonSchema(form: FormDefinition): JsonSchema {
  const parsed = safeParseFormDefinition(form, { locale: 'en' });
  if (!parsed.ok) {
    const vi = safeParseFormDefinition(form, { locale: 'vi' });
    throw new FormsError(
      'INVALID_DEFINITION',
      {
        en: `formJsonSchema: not a valid form definition: ${parsed.issues[0]?.message ?? ''}`,
        vi: `formJsonSchema: định nghĩa biểu mẫu không hợp lệ: ${vi.ok ? '' : (vi.issues[0]?.message ?? '')}`,
      },
      { issues: parsed.issues },
    );
  }
  const def = parsed.value;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:motcua:form:${def.id}:${def.version}`,
    title: def.title.vi,
    'x-motcua-label': { vi: def.title.vi, en: def.title.en },
    ...scopeSchema(def.fields, def.rules !== undefined && def.rules.length > 0),
  };
}
