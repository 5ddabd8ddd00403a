import { describeValue } from '@motcua/errors';
import type { Locale, LocalizedText } from '../types';
import type { FormCondition, FormDefinition, FormField, FormRule, FormScalar } from './types';

/**
 * The codes of problems in a form definition.
 *
 * @example
 * ```ts
 * import { safeParseFormDefinition, type DefinitionIssueCode } from '@motcua/forms';
 * const r = safeParseFormDefinition({ id: 'x', version: '1', title: { vi: 'X', en: 'X' }, fields: [] });
 * const code: DefinitionIssueCode | undefined = r.ok ? undefined : r.issues[0]?.code; //=> 'invalid_definition'
 * ```
 * @category Forms
 */
export type DefinitionIssueCode =
  /** The JSON does not have the shape of a definition (a missing title, a misspelt property, no fields…). */
  | 'invalid_definition'
  /** A field type that does not exist. */
  | 'unknown_field_type'
  /** A key that is not a dotted path of identifiers, or uses `__proto__`, `constructor`, `prototype`. */
  | 'invalid_key'
  /** Two fields (or two documents) with the same key (id). */
  | 'duplicate_key'
  /** A key that is both a field and the parent of another (`'father'` and `'father.name'`). */
  | 'key_conflict'
  /** A condition or rule naming a field that does not exist (or is inside a group, seen from outside). */
  | 'unknown_field'
  /** A condition value of the wrong type for its field, or a rule on fields of the wrong types. */
  | 'type_mismatch'
  /** A condition on a choice field with a value that is not one of its options. */
  | 'unknown_option'
  /** Fields whose conditions depend on each other in a circle. */
  | 'condition_cycle'
  /** A group without sub-fields. */
  | 'empty_group'
  /** A group inside a group. */
  | 'nested_group'
  /** A choice or multi-choice without options, or with duplicate values. */
  | 'invalid_options'
  /** A definition nested deeper than 64 levels (refused before it is walked). */
  | 'too_large'
  /** A `pattern` that is not a valid regular expression. */
  | 'invalid_pattern'
  /** A `pattern` that can take exponential time (a repeated group that itself repeats or has alternatives). */
  | 'unsafe_pattern'
  /** A bound that is not a valid number or date, or a minimum above the maximum. */
  | 'invalid_bounds';

/**
 * One problem in a form definition.
 *
 * @example
 * ```ts
 * import type { DefinitionIssue } from '@motcua/forms';
 * const issue: DefinitionIssue = { path: ['fields', 1, 'key'], code: 'duplicate_key', message: 'duplicate key "a"' };
 * ```
 * @category Forms
 */
export interface DefinitionIssue {
  /** Where in the definition (`['fields', 3, 'visibleIf', 'field']`). */
  readonly path: readonly (string | number)[];
  /** The stable code. */
  readonly code: DefinitionIssueCode;
  /** What is wrong, in the language asked for (Vietnamese by default). */
  readonly message: string;
}

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = /^(?:__proto__|constructor|prototype)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STRINGY = [
  'text',
  'longText',
  'date',
  'citizenId',
  'taxCode',
  'phone',
  'email',
  'personName',
];

/** Where a condition's field reference points: this scope, or the top level from inside a group. */
export interface FieldRef {
  readonly scope: 'local' | 'outer';
  readonly index: number;
  readonly field: FormField;
}

/** A scope (the form, or one group's items) with its key index. @internal */
export interface Scope {
  readonly fields: readonly FormField[];
  readonly byKey: ReadonlyMap<string, number>;
  readonly outer: Scope | undefined;
}

/** Finds a condition's or rule's field: a sibling first, then a top-level field. @internal */
export function resolveRef(scope: Scope, key: string): FieldRef | undefined {
  const local = scope.byKey.get(key);
  if (local !== undefined) {
    const field = scope.fields[local];
    return field === undefined ? undefined : { scope: 'local', index: local, field };
  }
  if (scope.outer === undefined) return undefined;
  const outer = scope.outer.byKey.get(key);
  const field = outer === undefined ? undefined : scope.outer.fields[outer];
  return outer === undefined || field === undefined
    ? undefined
    : { scope: 'outer', index: outer, field };
}

/** Builds a scope's key index (first occurrence wins; duplicates are reported by the checker). @internal */
export function makeScope(fields: readonly FormField[], outer: Scope | undefined): Scope {
  const byKey = new Map<string, number>();
  fields.forEach((f, i) => {
    if (!byKey.has(f.key)) byKey.set(f.key, i);
  });
  return { fields, byKey, outer };
}

function isNonNegInt(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** The keys a condition reads, with their paths in the definition. @internal */
export function conditionRefs(
  c: FormCondition,
  path: readonly (string | number)[],
  out: { key: string; path: readonly (string | number)[]; condition: FormCondition }[] = [],
): { key: string; path: readonly (string | number)[]; condition: FormCondition }[] {
  if ('all' in c) {
    c.all.forEach((x, i) => {
      conditionRefs(x, [...path, 'all', i], out);
    });
  } else if ('any' in c) {
    c.any.forEach((x, i) => {
      conditionRefs(x, [...path, 'any', i], out);
    });
  } else if ('not' in c) conditionRefs(c.not, [...path, 'not'], out);
  else out.push({ key: c.field, path, condition: c });
  return out;
}

function scalarFits(field: FormField, v: FormScalar): boolean {
  switch (field.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
    case 'money':
      return typeof v === 'number';
    case 'choice':
    case 'multiChoice':
      return typeof v === 'string';
    default:
      return STRINGY.includes(field.type) && typeof v === 'string';
  }
}

/** A definition issue with its message in both languages. @internal */
export interface LocalizedDefinitionIssue {
  readonly path: readonly (string | number)[];
  readonly code: DefinitionIssueCode;
  readonly text: LocalizedText;
}

/** The issues with their messages in `locale`. @internal */
export function localizeDefinitionIssues(
  issues: readonly LocalizedDefinitionIssue[],
  locale: Locale,
): DefinitionIssue[] {
  return issues.map((i) => ({ path: i.path, code: i.code, message: i.text[locale] }));
}

/**
 * Checks what the type system cannot: keys, references, cycles, options, patterns, bounds.
 * Returns every problem found (empty when the definition is sound). @internal
 */
export function checkDefinition(def: FormDefinition): LocalizedDefinitionIssue[] {
  const issues: LocalizedDefinitionIssue[] = [];
  const add = (
    path: readonly (string | number)[],
    code: DefinitionIssueCode,
    text: LocalizedText,
  ) => {
    issues.push({ path, code, text });
  };
  const top = makeScope(def.fields, undefined);

  const checkCondition = (scope: Scope, c: FormCondition, path: readonly (string | number)[]) => {
    for (const ref of conditionRefs(c, path)) {
      const target = resolveRef(scope, ref.key);
      if (target === undefined) {
        add([...ref.path, 'field'], 'unknown_field', {
          vi: `điều kiện tham chiếu trường không tồn tại "${ref.key}"`,
          en: `condition on unknown field "${ref.key}"`,
        });
        continue;
      }
      const cond = ref.condition;
      const values =
        'equals' in cond
          ? [cond.equals]
          : 'notEquals' in cond
            ? [cond.notEquals]
            : 'in' in cond
              ? cond.in
              : [];
      const tf = target.field;
      for (const v of values) {
        if (tf.type === 'group' || tf.type === 'address' || !scalarFits(tf, v)) {
          add(ref.path, 'type_mismatch', {
            vi: `giá trị điều kiện ${describeValue(v)} không hợp với trường "${tf.key}" kiểu ${tf.type}`,
            en: `condition value ${describeValue(v)} does not fit the ${tf.type} field "${tf.key}"`,
          });
        } else if (
          (tf.type === 'choice' || tf.type === 'multiChoice') &&
          !tf.options.some((o) => o.value === v)
        ) {
          add(ref.path, 'unknown_option', {
            vi: `${describeValue(v)} không phải là một lựa chọn của trường "${tf.key}"`,
            en: `${describeValue(v)} is not an option of "${tf.key}"`,
          });
        }
      }
    }
  };

  const checkRule = (scope: Scope, r: FormRule, path: readonly (string | number)[]) => {
    const field = resolveRef(scope, r.field);
    if (field === undefined) {
      add([...path, 'field'], 'unknown_field', {
        vi: `quy tắc tham chiếu trường không tồn tại "${r.field}"`,
        en: `rule on unknown field "${r.field}"`,
      });
      return;
    }
    if (r.rule === 'citizenIdMatches') {
      if (field.field.type !== 'citizenId')
        add([...path, 'field'], 'type_mismatch', {
          vi: `"${r.field}" không phải là trường kiểu citizenId (số định danh cá nhân)`,
          en: `"${r.field}" is not a citizenId field`,
        });
      if (r.birthDate !== undefined) {
        const b = resolveRef(scope, r.birthDate);
        if (b === undefined)
          add([...path, 'birthDate'], 'unknown_field', {
            vi: `trường không tồn tại "${r.birthDate}"`,
            en: `unknown field "${r.birthDate}"`,
          });
        else if (b.field.type !== 'date')
          add([...path, 'birthDate'], 'type_mismatch', {
            vi: `"${r.birthDate}" không phải là trường kiểu date (ngày)`,
            en: `"${r.birthDate}" is not a date field`,
          });
      }
      if (r.sex !== undefined) {
        const s = resolveRef(scope, r.sex);
        if (s === undefined)
          add([...path, 'sex'], 'unknown_field', {
            vi: `trường không tồn tại "${r.sex}"`,
            en: `unknown field "${r.sex}"`,
          });
        else if (
          s.field.type !== 'choice' ||
          !s.field.options.some((o) => o.value === 'male') ||
          !s.field.options.some((o) => o.value === 'female')
        ) {
          add([...path, 'sex'], 'type_mismatch', {
            vi: `"${r.sex}" phải là trường choice có các lựa chọn "male" và "female"`,
            en: `"${r.sex}" must be a choice with options "male" and "female"`,
          });
        }
      }
      return;
    }
    const other = resolveRef(scope, r.other);
    if (other === undefined) {
      add([...path, 'other'], 'unknown_field', {
        vi: `quy tắc tham chiếu trường không tồn tại "${r.other}"`,
        en: `rule on unknown field "${r.other}"`,
      });
      return;
    }
    const a = field.field.type;
    const b = other.field.type;
    const ok = r.rule.startsWith('date')
      ? a === 'date' && b === 'date'
      : r.rule === 'sameAs' || r.rule === 'differentFrom'
        ? a === b && a !== 'group'
        : (a === 'number' || a === 'money') && (b === 'number' || b === 'money');
    if (!ok)
      add(path, 'type_mismatch', {
        vi: `quy tắc ${r.rule} không so sánh được trường kiểu ${a} với trường kiểu ${b}`,
        en: `rule ${r.rule} cannot compare a ${a} field with a ${b} field`,
      });
  };

  const checkScope = (
    scope: Scope,
    path: readonly (string | number)[],
    rules: readonly FormRule[] | undefined,
  ) => {
    const keys = new Set<string>();
    scope.fields.forEach((f, i) => {
      const fp = [...path, i];
      const segs = typeof f.key === 'string' ? f.key.split('.') : [];
      if (segs.length === 0 || !segs.every((s) => SEGMENT.test(s) && !RESERVED.test(s))) {
        add([...fp, 'key'], 'invalid_key', {
          vi: `khoá ${JSON.stringify(f.key)} không hợp lệ: dùng các định danh nối bằng dấu chấm, không dùng __proto__/constructor/prototype`,
          en: `invalid key ${JSON.stringify(f.key)}: use dotted identifiers, not __proto__/constructor/prototype`,
        });
      }
      if (keys.has(f.key))
        add([...fp, 'key'], 'duplicate_key', {
          vi: `khoá "${f.key}" bị trùng`,
          en: `duplicate key "${f.key}"`,
        });
      keys.add(f.key);
      if (f.visibleIf !== undefined) checkCondition(scope, f.visibleIf, [...fp, 'visibleIf']);
      if (f.requiredIf !== undefined) checkCondition(scope, f.requiredIf, [...fp, 'requiredIf']);
      switch (f.type) {
        case 'text':
        case 'longText':
          if (f.pattern !== undefined) {
            try {
              new RegExp(f.pattern, 'u');
              if (nestedRepetition(f.pattern))
                add([...fp, 'pattern'], 'unsafe_pattern', {
                  vi: `biểu thức chính quy ${JSON.stringify(f.pattern)} có nhóm lặp chứa lặp hoặc lựa chọn (như (a|a)* hay (a+)+): nó có thể chạy hàng giờ trên một giá trị ngắn; hãy viết lại không lồng phép lặp`,
                  en: `regular expression ${JSON.stringify(f.pattern)} repeats a group that itself repeats or has alternatives (like (a|a)* or (a+)+): it can run for hours on a short value; rewrite it without nested repetition`,
                });
            } catch {
              add([...fp, 'pattern'], 'invalid_pattern', {
                vi: `biểu thức chính quy ${JSON.stringify(f.pattern)} không hợp lệ`,
                en: `invalid regular expression ${JSON.stringify(f.pattern)}`,
              });
            }
          }
          checkBounds(fp, f.minLength, f.maxLength, 'length');
          break;
        case 'number':
        case 'money':
          checkBounds(fp, f.min, f.max, f.type === 'money' ? 'amount' : 'number');
          break;
        case 'date':
          checkBounds(fp, f.min, f.max, 'date');
          break;
        case 'choice':
        case 'multiChoice': {
          const values = f.options.map((o) => o.value);
          if (values.length === 0 || new Set(values).size !== values.length) {
            add([...fp, 'options'], 'invalid_options', {
              vi: `trường "${f.key}" cần ít nhất một lựa chọn và các giá trị không trùng nhau`,
              en: `"${f.key}" needs at least one option and distinct values`,
            });
          }
          if (f.type === 'multiChoice') checkBounds(fp, f.minItems, f.maxItems, 'items');
          break;
        }
        case 'citizenId':
        case 'taxCode':
        case 'phone':
        case 'email':
        case 'personName':
          checkBounds(fp, undefined, f.maxLength, 'length');
          break;
        case 'group':
          if (scope.outer !== undefined) {
            add([...fp, 'type'], 'nested_group', {
              vi: `nhóm "${f.key}" nằm trong một nhóm khác: nhóm không lồng nhau được`,
              en: `group "${f.key}" is inside a group: groups do not nest`,
            });
          } else if (f.fields.length === 0) {
            add([...fp, 'fields'], 'empty_group', {
              vi: `nhóm "${f.key}" không có trường nào`,
              en: `group "${f.key}" has no fields`,
            });
          } else {
            checkScope(makeScope(f.fields, scope), [...fp, 'fields'], f.rules);
          }
          checkBounds(fp, f.minItems, f.maxItems, 'items');
          break;
        default:
          break;
      }
    });
    // A key that is also the parent of another key.
    for (const k of keys) {
      const segs = k.split('.');
      for (let n = 1; n < segs.length; n++) {
        const parent = segs.slice(0, n).join('.');
        if (keys.has(parent)) {
          add(path, 'key_conflict', {
            vi: `"${parent}" vừa là một trường vừa là cha của "${k}"`,
            en: `"${parent}" is a field and also the parent of "${k}"`,
          });
        }
      }
    }
    rules?.forEach((r, i) => {
      checkRule(scope, r, [...(path.length > 1 ? path.slice(0, -1) : []), 'rules', i]);
    });
    const cycle = findCycle(scope);
    if (cycle !== undefined) {
      add(path, 'condition_cycle', {
        vi: `các điều kiện phụ thuộc lẫn nhau thành vòng: ${cycle.join(' → ')}`,
        en: `conditions depend on each other in a circle: ${cycle.join(' → ')}`,
      });
    }
  };

  const checkBounds = (
    fp: readonly (string | number)[],
    min: unknown,
    max: unknown,
    kind: 'length' | 'items' | 'number' | 'amount' | 'date',
  ) => {
    const valid = (v: unknown) =>
      v === undefined ||
      (kind === 'date'
        ? typeof v === 'string' && ISO_DATE.test(v)
        : kind === 'number'
          ? typeof v === 'number' && Number.isFinite(v)
          : isNonNegInt(v));
    if (!valid(min))
      add(
        [...fp, kind === 'length' ? 'minLength' : kind === 'items' ? 'minItems' : 'min'],
        'invalid_bounds',
        {
          vi: `giá trị tối thiểu ${JSON.stringify(min)} không hợp lệ`,
          en: `invalid minimum ${JSON.stringify(min)}`,
        },
      );
    if (!valid(max))
      add(
        [...fp, kind === 'length' ? 'maxLength' : kind === 'items' ? 'maxItems' : 'max'],
        'invalid_bounds',
        {
          vi: `giá trị tối đa ${JSON.stringify(max)} không hợp lệ`,
          en: `invalid maximum ${JSON.stringify(max)}`,
        },
      );
    if (
      valid(min) &&
      valid(max) &&
      min !== undefined &&
      max !== undefined &&
      (min as number | string) > (max as number | string)
    ) {
      add(fp, 'invalid_bounds', {
        vi: `giá trị tối thiểu ${JSON.stringify(min)} lớn hơn giá trị tối đa ${JSON.stringify(max)}`,
        en: `minimum ${JSON.stringify(min)} is above maximum ${JSON.stringify(max)}`,
      });
    }
  };

  if (def.fields.length === 0)
    add(['fields'], 'invalid_definition', {
      vi: 'biểu mẫu cần ít nhất một trường',
      en: 'a form needs at least one field',
    });
  checkScope(top, ['fields'], def.rules);
  const docIds = new Set<string>();
  def.documents?.forEach((d, i) => {
    if (docIds.has(d.id))
      add(['documents', i, 'id'], 'duplicate_key', {
        vi: `mã giấy tờ "${d.id}" bị trùng`,
        en: `duplicate document id "${d.id}"`,
      });
    docIds.add(d.id);
    if (d.requiredIf !== undefined)
      checkCondition(top, d.requiredIf, ['documents', i, 'requiredIf']);
    for (const k of ['originals', 'certifiedCopies', 'copies'] as const) {
      if (d[k] !== undefined && !isNonNegInt(d[k]))
        add(['documents', i, k], 'invalid_bounds', {
          vi: `${k} phải là số nguyên không âm`,
          en: `${k} must be a non-negative integer`,
        });
    }
  });
  def.fees?.forEach((f, i) => {
    if (!isNonNegInt(f.amount))
      add(['fees', i, 'amount'], 'invalid_bounds', {
        vi: 'lệ phí phải là một số đồng nguyên không âm',
        en: 'a fee is a non-negative whole amount of đồng',
      });
  });
  return issues;
}

/** The fields of the same scope that a field's conditions read (for a group: also what its items read). */
function localDeps(scope: Scope, f: FormField): number[] {
  const deps: number[] = [];
  const collect = (c: FormCondition | undefined) => {
    if (c === undefined) return;
    for (const ref of conditionRefs(c, [])) {
      const t = resolveRef(scope, ref.key);
      if (t?.scope === 'local') deps.push(t.index);
    }
  };
  collect(f.visibleIf);
  collect(f.requiredIf);
  if (f.type === 'group' && scope.outer === undefined) {
    // A group's items read the top-level fields named by their conditions and rules.
    const sub = makeScope(f.fields, scope);
    const outerRef = (key: string | undefined) => {
      const t = key === undefined ? undefined : resolveRef(sub, key);
      if (t?.scope === 'outer') deps.push(t.index);
    };
    for (const g of f.fields) {
      for (const c of [g.visibleIf, g.requiredIf]) {
        if (c !== undefined) for (const ref of conditionRefs(c, [])) outerRef(ref.key);
      }
    }
    for (const r of f.rules ?? []) {
      outerRef(r.field);
      if (r.rule === 'citizenIdMatches') {
        outerRef(r.birthDate);
        outerRef(r.sex);
      } else outerRef(r.other);
    }
  }
  return deps;
}

/**
 * The order in which a scope's fields are evaluated: every field after the fields its conditions
 * read (definition order otherwise). `undefined` if there is a cycle. @internal
 */
export function evaluationOrder(scope: Scope): number[] | undefined {
  const n = scope.fields.length;
  const state = new Uint8Array(n); // 0 new, 1 visiting, 2 done
  const order: number[] = [];
  const visit = (i: number): boolean => {
    if (state[i] === 2) return true;
    if (state[i] === 1) return false;
    state[i] = 1;
    const f = scope.fields[i];
    if (f !== undefined) {
      for (const d of localDeps(scope, f)) if (!visit(d)) return false;
    }
    state[i] = 2;
    order.push(i);
    return true;
  };
  for (let i = 0; i < n; i++) if (!visit(i)) return undefined;
  return order;
}

function findCycle(scope: Scope): string[] | undefined {
  if (evaluationOrder(scope) !== undefined) return undefined;
  // Report the keys involved: those not orderable when the cycle members are removed one by one.
  const keys: string[] = [];
  scope.fields.forEach((f, i) => {
    const seen = new Set<number>();
    const stack = [...localDeps(scope, f)];
    while (stack.length > 0) {
      const d = stack.pop() as number;
      if (d === i) {
        keys.push(f.key);
        return;
      }
      if (seen.has(d)) continue;
      seen.add(d);
      const g = scope.fields[d];
      if (g !== undefined) stack.push(...localDeps(scope, g));
    }
  });
  return keys;
}

/**
 * Whether a regular expression repeats (with `*`, `+` or `{n,}`) a group that itself contains a
 * repetition or an alternative: the shape of every exponential-time pattern (`(a|a)*c`, `(a+)+`,
 * `(\w+\s?)*`). Conservative: a few safe patterns are refused too, and must be rewritten without
 * nested repetition. Character classes and escapes are skipped. @internal
 */
export function nestedRepetition(pattern: string): boolean {
  // For each open group: whether it contains a quantifier or an alternative so far.
  const stack: boolean[] = [];
  let i = 0;
  let lastGroupRisky = false; // the group that just closed, if the next token quantifies it
  const unbounded = (j: number): boolean => {
    const c = pattern[j];
    if (c === '*' || c === '+') return true;
    if (c !== '{') return false;
    const m = /^\{\d+,(\d*)\}/.exec(pattern.slice(j));
    return m !== null && (m[1] === '' || Number(m[1]) > 1);
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      i += 2;
      lastGroupRisky = false;
      continue;
    }
    if (c === '[') {
      // Skip a character class (with escapes inside it).
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      lastGroupRisky = false;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      i++;
      if (pattern[i] === '?') i += 2; // (?: (?= (?! (?<…: the marker is not a token
      lastGroupRisky = false;
      continue;
    }
    if (c === ')') {
      lastGroupRisky = stack.pop() ?? false;
      i++;
      if (lastGroupRisky && unbounded(i)) return true;
      if (stack.length > 0 && (unbounded(i) || pattern[i] === '?')) stack[stack.length - 1] = true;
      if (stack.length > 0 && lastGroupRisky) stack[stack.length - 1] = true;
      continue;
    }
    if (c === '|' || c === '*' || c === '+' || c === '?' || c === '{') {
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
    lastGroupRisky = false;
    i++;
  }
  return false;
}
