/**
 * The form compiler: turns a definition into a plan of plain closures (one per field, condition
 * and rule), evaluated without zod. Compiled once per definition object, cached in a WeakMap.
 *
 * @internal
 * @module
 */

import { FormsError } from '../errors';
import { type FormIssueCode, formatIssueMessage, type IssueParams } from '../messages/messages';
import type { Locale, LocalizedText } from '../types';
import { lookupCommune, lookupProvince } from '../units/units';
import { safeParseCitizenId } from '../vn/citizenId';
import { safeParseVnDate } from '../vn/date';
import { safeParseVnd } from '../vn/money';
import { safeParsePersonName } from '../vn/personName';
import { safeParsePhone } from '../vn/phone';
import { safeParseTaxCode } from '../vn/taxCode';
import { firstCode } from '../vn/types';
import {
  evaluationOrder,
  type FieldRef,
  makeScope,
  resolveRef,
  type Scope,
} from './checkDefinition';
import { checkFormDefinition, invalidDefinition } from './parseFormDefinition';
import type {
  FormCondition,
  FormDefinition,
  FormField,
  FormIssue,
  FormRule,
  FormScalar,
  ValidateFormResult,
} from './types';

type Path = readonly (string | number)[];
type Values = unknown[];
/** A compiled condition: reads this scope's values and, inside a group, the top-level ones. */
export type Cond = (local: Values, outer: Values) => boolean;

interface Ctx {
  readonly locale: Locale;
}

/** Marks a value that failed its checks (issues were reported). */
const INVALID = { invalid: true } as const;

type Check = (raw: unknown, at: Path, out: FormIssue[], ctx: Ctx, values: Values) => unknown;

interface FieldPlan {
  readonly path: readonly string[];
  readonly label: LocalizedText;
  readonly required: boolean;
  readonly requiredIf: Cond | undefined;
  readonly visibleIf: Cond | undefined;
  readonly emptyArrayIsEmpty: boolean;
  readonly check: Check;
}

type RulePlan = (local: Values, outer: Values, base: Path, out: FormIssue[], ctx: Ctx) => void;

interface ScopePlan {
  readonly fields: readonly FieldPlan[];
  readonly order: readonly number[];
  readonly rules: readonly RulePlan[];
}

/** A compiled form. @internal */
export interface CompiledForm {
  readonly definition: FormDefinition;
  readonly plan: ScopePlan;
  /** Document conditions, on the top-level values. */
  readonly documents: readonly (Cond | undefined)[];
  /** Reads the top-level values out of valid data. */
  readonly topPaths: readonly (readonly string[])[];
}

function push(
  out: FormIssue[],
  path: Path,
  code: FormIssueCode,
  label: LocalizedText,
  ctx: Ctx,
  params?: IssueParams,
): typeof INVALID {
  out.push({
    path,
    code,
    message: formatIssueMessage(code, { locale: ctx.locale, label, params }),
  });
  return INVALID;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads own properties only: inherited keys (`constructor`, `__proto__`…) are never seen. @internal */
export function readPath(data: unknown, path: readonly string[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (!isRecord(cur) || !Object.hasOwn(cur, seg)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const EMAIL =
  /^[^\s@"(),:;<>[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function sub(label: LocalizedText, vi: string, en: string): LocalizedText {
  return { vi: `${label.vi}: ${vi}`, en: `${label.en}: ${en}` };
}

function lengthCheck(
  v: string,
  min: number | undefined,
  max: number,
  at: Path,
  out: FormIssue[],
  label: LocalizedText,
  ctx: Ctx,
): boolean {
  if (v.length > max) {
    push(out, at, 'too_big', label, ctx, { measure: 'length', maximum: max });
    return false;
  }
  if (min !== undefined && v.length < min) {
    push(out, at, 'too_small', label, ctx, { measure: 'length', minimum: min });
    return false;
  }
  return true;
}

function boundCheck<T extends number | string>(
  v: T,
  min: T | undefined,
  max: T | undefined,
  measure: 'value' | 'date',
  at: Path,
  out: FormIssue[],
  label: LocalizedText,
  ctx: Ctx,
): boolean {
  if (min !== undefined && v < min) {
    push(out, at, 'too_small', label, ctx, { measure, minimum: min });
    return false;
  }
  if (max !== undefined && v > max) {
    push(out, at, 'too_big', label, ctx, { measure, maximum: max });
    return false;
  }
  return true;
}

/** A checker for an identifier parsed by a plain helper. */
function identifier(
  label: LocalizedText,
  max: number,
  parse: (s: string) => { ok: true; value: string } | { ok: false; code: FormIssueCode },
): Check {
  return (raw, at, out, ctx) => {
    if (typeof raw !== 'string')
      return push(out, at, 'invalid_type', label, ctx, { expected: 'text' });
    if (raw.length > max)
      return push(out, at, 'too_big', label, ctx, { measure: 'length', maximum: max });
    const r = parse(raw);
    return r.ok ? r.value : push(out, at, r.code, label, ctx);
  };
}

function fieldCheck(f: FormField, scope: Scope): Check {
  const label = f.label;
  switch (f.type) {
    case 'text':
    case 'longText': {
      const max = f.maxLength ?? (f.type === 'text' ? 1000 : 10000);
      const re = f.pattern === undefined ? undefined : new RegExp(`^(?:${f.pattern})$`, 'u');
      const min = f.minLength;
      return (raw, at, out, ctx) => {
        if (typeof raw !== 'string')
          return push(out, at, 'invalid_type', label, ctx, { expected: 'text' });
        const v = raw.trim().normalize('NFC');
        if (!lengthCheck(v, min, max, at, out, label, ctx)) return INVALID;
        if (re !== undefined && !re.test(v)) return push(out, at, 'invalid_format', label, ctx);
        return v;
      };
    }
    case 'number': {
      const { min, max, integer } = f;
      return (raw, at, out, ctx) => {
        let n: number;
        if (typeof raw === 'number') n = raw;
        else if (typeof raw === 'string' && NUMBER.test(raw.trim())) n = Number(raw.trim());
        else return push(out, at, 'invalid_number', label, ctx);
        if (!Number.isFinite(n)) return push(out, at, 'invalid_number', label, ctx);
        if (integer === true && !Number.isInteger(n))
          return push(out, at, 'not_integer', label, ctx);
        return boundCheck(n, min, max, 'value', at, out, label, ctx) ? n : INVALID;
      };
    }
    case 'money': {
      const { min, max } = f;
      return (raw, at, out, ctx) => {
        if (typeof raw !== 'string' && typeof raw !== 'number')
          return push(out, at, 'invalid_money', label, ctx);
        const r = safeParseVnd(raw);
        if (!r.ok) return push(out, at, firstCode(r), label, ctx);
        return boundCheck(r.value, min, max, 'value', at, out, label, ctx) ? r.value : INVALID;
      };
    }
    case 'date': {
      const { min, max } = f;
      return (raw, at, out, ctx) => {
        if (typeof raw !== 'string' || raw.length > 20)
          return push(out, at, 'invalid_date', label, ctx);
        const r = safeParseVnDate(raw);
        if (!r.ok) return push(out, at, firstCode(r), label, ctx);
        return boundCheck(r.value, min, max, 'date', at, out, label, ctx) ? r.value : INVALID;
      };
    }
    case 'boolean': {
      const mustBeTrue = f.mustBeTrue === true;
      return (raw, at, out, ctx) => {
        if (typeof raw !== 'boolean')
          return push(out, at, 'invalid_type', label, ctx, { expected: 'boolean' });
        return mustBeTrue && !raw ? push(out, at, 'must_be_true', label, ctx) : raw;
      };
    }
    case 'choice': {
      const values = f.options.map((o) => o.value);
      return (raw, at, out, ctx) =>
        typeof raw === 'string' && values.includes(raw)
          ? raw
          : push(out, at, 'invalid_choice', label, ctx);
    }
    case 'multiChoice': {
      const values = f.options.map((o) => o.value);
      const { minItems, maxItems } = f;
      return (raw, at, out, ctx) => {
        if (!Array.isArray(raw))
          return push(out, at, 'invalid_type', label, ctx, { expected: 'list' });
        const picked: string[] = [];
        let bad = false;
        for (let i = 0; i < raw.length; i++) {
          const v: unknown = raw[i];
          if (typeof v === 'string' && values.includes(v)) {
            if (!picked.includes(v)) picked.push(v);
          } else {
            bad = true;
            push(out, [...at, i], 'invalid_choice', label, ctx);
          }
        }
        if (bad) return INVALID;
        if (minItems !== undefined && picked.length < minItems) {
          return push(out, at, 'too_small', label, ctx, { measure: 'items', minimum: minItems });
        }
        if (maxItems !== undefined && picked.length > maxItems) {
          return push(out, at, 'too_big', label, ctx, { measure: 'items', maximum: maxItems });
        }
        return picked;
      };
    }
    case 'citizenId':
      return identifier(label, f.maxLength ?? 64, (s) => {
        const r = safeParseCitizenId(s);
        return r.ok ? { ok: true, value: r.value.id } : { ok: false, code: firstCode(r) };
      });
    case 'taxCode':
      return identifier(label, f.maxLength ?? 64, (s) => {
        const r = safeParseTaxCode(s);
        return r.ok ? { ok: true, value: r.value.taxCode } : { ok: false, code: firstCode(r) };
      });
    case 'phone':
      return identifier(label, f.maxLength ?? 64, (s) => {
        const r = safeParsePhone(s);
        return r.ok ? r : { ok: false, code: firstCode(r) };
      });
    case 'personName':
      return identifier(label, f.maxLength ?? 100, (s) => {
        const r = safeParsePersonName(s);
        return r.ok ? r : { ok: false, code: firstCode(r) };
      });
    case 'email':
      return identifier(label, f.maxLength ?? 254, (s) => {
        const v = s.trim();
        return EMAIL.test(v) ? { ok: true, value: v } : { ok: false, code: 'invalid_email' };
      });
    case 'address': {
      const provinceLabel = sub(label, 'tỉnh, thành phố', 'province');
      const communeLabel = sub(label, 'xã, phường, đặc khu', 'commune');
      const detailLabel = sub(label, 'số nhà, đường, thôn, tổ', 'house number and street');
      const requireDetail = f.requireDetail === true;
      return (raw, at, out, ctx) => {
        if (!isRecord(raw))
          return push(out, at, 'invalid_type', label, ctx, { expected: 'object' });
        const p = own(raw, 'province');
        const c = own(raw, 'commune');
        const d = own(raw, 'detail');
        const n = out.length;
        const province = typeof p === 'string' ? lookupProvince(p) : undefined;
        if (isBlank(p)) push(out, [...at, 'province'], 'required', provinceLabel, ctx);
        else if (province === undefined)
          push(out, [...at, 'province'], 'unknown_province', label, ctx);
        const commune = typeof c === 'string' ? lookupCommune(c) : undefined;
        if (isBlank(c)) push(out, [...at, 'commune'], 'required', communeLabel, ctx);
        else if (commune === undefined)
          push(out, [...at, 'commune'], 'unknown_commune', label, ctx);
        else if (province !== undefined && commune.province !== province) {
          push(out, [...at, 'commune'], 'commune_not_in_province', label, ctx);
        }
        let detail: string | undefined;
        if (typeof d === 'string') {
          detail = d.trim().normalize('NFC');
          if (detail.length > 500) {
            push(out, [...at, 'detail'], 'too_big', detailLabel, ctx, {
              measure: 'length',
              maximum: 500,
            });
          }
        } else if (d !== undefined && d !== null) {
          push(out, [...at, 'detail'], 'invalid_type', detailLabel, ctx, { expected: 'text' });
        }
        if (requireDetail && (detail === undefined || detail === '')) {
          push(out, [...at, 'detail'], 'required', detailLabel, ctx);
        }
        if (out.length > n || province === undefined || commune === undefined) return INVALID;
        return detail === undefined || detail === ''
          ? { province: province.code, commune: commune.code }
          : { province: province.code, commune: commune.code, detail };
      };
    }
    case 'group': {
      const plan = compileScope(f.fields, makeScope(f.fields, scope), f.rules);
      const { minItems, maxItems } = f;
      return (raw, at, out, ctx, values) => {
        if (!Array.isArray(raw))
          return push(out, at, 'invalid_type', label, ctx, { expected: 'list' });
        if (maxItems !== undefined && raw.length > maxItems) {
          return push(out, at, 'too_big', label, ctx, { measure: 'items', maximum: maxItems });
        }
        let bad = false;
        if (minItems !== undefined && raw.length < minItems) {
          push(out, at, 'too_small', label, ctx, { measure: 'items', minimum: minItems });
          bad = true;
        }
        const items: unknown[] = [];
        for (let j = 0; j < raw.length; j++) {
          const item: unknown = raw[j];
          if (!isRecord(item)) {
            push(out, [...at, j], 'invalid_type', label, ctx, { expected: 'object' });
            bad = true;
            continue;
          }
          const v = runScope(plan, item, [...at, j], out, ctx, values);
          if (v === INVALID) bad = true;
          else items.push(v);
        }
        return bad ? INVALID : items;
      };
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  return (
    a === b ||
    (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))
  );
}

function accessor(ref: FieldRef): (local: Values, outer: Values) => unknown {
  const i = ref.index;
  return ref.scope === 'local' ? (l) => l[i] : (_, o) => o[i];
}

function matches(value: unknown, v: FormScalar): boolean {
  return Array.isArray(value) ? value.includes(v) : value === v;
}

/** Compiles a condition (references were checked by `checkDefinition`). @internal */
export function compileCondition(scope: Scope, c: FormCondition): Cond {
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(scope, x));
    return (l, o) => parts.every((p) => p(l, o));
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(scope, x));
    return (l, o) => parts.some((p) => p(l, o));
  }
  if ('not' in c) {
    const inner = compileCondition(scope, c.not);
    return (l, o) => !inner(l, o);
  }
  const ref = resolveRef(scope, c.field);
  if (ref === undefined) return () => false; // unreachable after checkDefinition
  const get = accessor(ref);
  if ('equals' in c) {
    const v = c.equals;
    return (l, o) => matches(get(l, o), v);
  }
  if ('notEquals' in c) {
    const v = c.notEquals;
    return (l, o) => !matches(get(l, o), v);
  }
  if ('in' in c) {
    const vs = c.in;
    return (l, o) => {
      const x = get(l, o);
      return vs.some((v) => matches(x, v));
    };
  }
  const filled = c.filled;
  return (l, o) => (get(l, o) !== undefined) === filled;
}

const RULE_CODE = {
  dateNotBefore: 'date_not_before',
  dateNotAfter: 'date_not_after',
  dateBefore: 'date_before',
  dateAfter: 'date_after',
  lessOrEqual: 'less_or_equal',
  lessThan: 'less_than',
  greaterOrEqual: 'greater_or_equal',
  greaterThan: 'greater_than',
  sameAs: 'same_as',
  differentFrom: 'different_from',
} as const;

function holds(rule: keyof typeof RULE_CODE, a: unknown, b: unknown): boolean {
  switch (rule) {
    case 'sameAs':
      return same(a, b);
    case 'differentFrom':
      return !same(a, b);
    default: {
      const x = a as number | string;
      const y = b as number | string;
      switch (rule) {
        case 'dateNotBefore':
        case 'greaterOrEqual':
          return x >= y;
        case 'dateNotAfter':
        case 'lessOrEqual':
          return x <= y;
        case 'dateBefore':
        case 'lessThan':
          return x < y;
        default:
          return x > y;
      }
    }
  }
}

function compileRule(scope: Scope, r: FormRule): RulePlan {
  const ref = resolveRef(scope, r.field);
  if (ref === undefined) return () => {}; // unreachable after checkDefinition
  const get = accessor(ref);
  const segments = ref.field.key.split('.');
  const where = (base: Path): Path => (ref.scope === 'local' ? [...base, ...segments] : segments);
  const label = ref.field.label;
  const emit = (
    base: Path,
    out: FormIssue[],
    ctx: Ctx,
    code: FormIssueCode,
    other: LocalizedText,
  ) => {
    out.push({
      path: where(base),
      code,
      message:
        r.message?.[ctx.locale] ??
        formatIssueMessage(code, { locale: ctx.locale, label, params: { other } }),
    });
  };
  if (r.rule === 'citizenIdMatches') {
    const birth = r.birthDate === undefined ? undefined : resolveRef(scope, r.birthDate);
    const sex = r.sex === undefined ? undefined : resolveRef(scope, r.sex);
    const getBirth = birth === undefined ? undefined : accessor(birth);
    const getSex = sex === undefined ? undefined : accessor(sex);
    return (l, o, base, out, ctx) => {
      const id = get(l, o);
      if (typeof id !== 'string') return;
      const b = getBirth?.(l, o);
      const s = getSex?.(l, o);
      const parsed = safeParseCitizenId(id, {
        birthDate: typeof b === 'string' ? b : undefined,
        sex: s === 'male' || s === 'female' ? s : undefined,
      });
      if (parsed.ok) return;
      if (firstCode(parsed) === 'citizen_id_birth_year_mismatch' && birth !== undefined) {
        emit(base, out, ctx, firstCode(parsed), birth.field.label);
      } else if (firstCode(parsed) === 'citizen_id_sex_mismatch' && sex !== undefined) {
        emit(base, out, ctx, firstCode(parsed), sex.field.label);
      }
    };
  }
  const other = resolveRef(scope, r.other);
  if (other === undefined) return () => {}; // unreachable after checkDefinition
  const getOther = accessor(other);
  const rule = r.rule;
  const code = RULE_CODE[rule];
  return (l, o, base, out, ctx) => {
    const a = get(l, o);
    const b = getOther(l, o);
    if (a === undefined || b === undefined || holds(rule, a, b)) return;
    emit(base, out, ctx, code, other.field.label);
  };
}

function compileScope(
  fields: readonly FormField[],
  scope: Scope,
  rules: readonly FormRule[] | undefined,
): ScopePlan {
  const order = evaluationOrder(scope) ?? [];
  return {
    fields: fields.map((f) => ({
      path: f.key.split('.'),
      label: f.label,
      required: f.required === true,
      requiredIf: f.requiredIf === undefined ? undefined : compileCondition(scope, f.requiredIf),
      visibleIf: f.visibleIf === undefined ? undefined : compileCondition(scope, f.visibleIf),
      emptyArrayIsEmpty: f.type === 'multiChoice' || f.type === 'group',
      check: fieldCheck(f, scope),
    })),
    order,
    rules: (rules ?? []).map((r) => compileRule(scope, r)),
  };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cur = target;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const seg = path[i] as string;
    let next = cur[seg];
    if (!isRecord(next)) {
      next = {};
      cur[seg] = next;
    }
    cur = next as Record<string, unknown>;
  }
  cur[path[last] as string] = value;
}

/** Validates one scope; pushes its issues (in field order, then rules) to `out`. */
function runScope(
  plan: ScopePlan,
  data: Record<string, unknown>,
  base: Path,
  out: FormIssue[],
  ctx: Ctx,
  outer: Values,
): unknown {
  const fields = plan.fields;
  const values: Values = new Array(fields.length);
  let perField: (FormIssue[] | undefined)[] | undefined;
  let scratch: FormIssue[] = [];
  for (const i of plan.order) {
    const f = fields[i] as FieldPlan;
    if (f.visibleIf !== undefined && !f.visibleIf(values, outer)) continue;
    const raw = readPath(data, f.path);
    const at = base.length === 0 ? f.path : [...base, ...f.path];
    if (isBlank(raw) || (f.emptyArrayIsEmpty && Array.isArray(raw) && raw.length === 0)) {
      if (f.required || f.requiredIf?.(values, outer) === true) {
        perField ??= [];
        perField[i] = [];
        push(perField[i] as FormIssue[], at, 'required', f.label, ctx);
      }
      continue;
    }
    const v = f.check(raw, at, scratch, ctx, values);
    if (scratch.length > 0) {
      perField ??= [];
      perField[i] = scratch;
      scratch = [];
    }
    if (v !== INVALID) values[i] = v;
  }
  const ruleIssues: FormIssue[] = [];
  for (const rule of plan.rules) rule(values, outer, base, ruleIssues, ctx);
  if (perField !== undefined || ruleIssues.length > 0) {
    if (perField !== undefined)
      for (const list of perField) if (list !== undefined) out.push(...list);
    out.push(...ruleIssues);
    return INVALID;
  }
  const result: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) {
    const v = values[i];
    if (v !== undefined) setPath(result, (fields[i] as FieldPlan).path, v);
  }
  return result;
}

let cache: WeakMap<FormDefinition, CompiledForm> | undefined;

/**
 * Compiles a definition (checking it first), or returns the cached compilation.
 *
 * @throws {FormsError} `INVALID_DEFINITION` with every problem in `details.issues` (messages in
 * English, like `message`) and `details.issuesVi` (in Vietnamese, like `messageVi`).
 * @internal
 */
export function compileForm(def: FormDefinition): CompiledForm {
  cache ??= new WeakMap();
  const hit = cache.get(def);
  if (hit !== undefined) return hit;
  if (!isRecord(def) || !Array.isArray(def.fields)) {
    throw new FormsError('INVALID_ARGUMENT', {
      vi: 'Định nghĩa biểu mẫu phải là một đối tượng có danh sách fields',
      en: 'A form definition must be an object with a fields array',
    });
  }
  // The one definition check (the one safeParseFormDefinition runs): a junk definition is the
  // program's error, never an issue blamed on the citizen.
  const checked = checkFormDefinition(def);
  if (!checked.ok) throw invalidDefinition(def, checked.issues);
  const top = makeScope(def.fields, undefined);
  const compiled: CompiledForm = {
    definition: def,
    plan: compileScope(def.fields, top, def.rules),
    documents: (def.documents ?? []).map((d) =>
      d.requiredIf === undefined ? undefined : compileCondition(top, d.requiredIf),
    ),
    topPaths: def.fields.map((f) => f.key.split('.')),
  };
  cache.set(def, compiled);
  return compiled;
}

/** Runs a compiled form on untrusted data; never throws. @internal */
export function runForm(
  compiled: CompiledForm,
  data: unknown,
  locale: Locale,
): ValidateFormResult<Record<string, unknown>> {
  const ctx: Ctx = { locale };
  try {
    if (!isRecord(data)) {
      const out: FormIssue[] = [];
      push(out, [], 'invalid_type', compiled.definition.title, ctx, { expected: 'object' });
      return { ok: false, issues: out };
    }
    const out: FormIssue[] = [];
    const v = runScope(compiled.plan, data, [], out, ctx, []);
    return v === INVALID
      ? { ok: false, issues: out }
      : { ok: true, value: v as Record<string, unknown> };
  } catch {
    // Only reachable when reading the input throws (a getter or a proxy): JSON data never does.
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'unreadable_input',
          message: formatIssueMessage('unreadable_input', { locale }),
        },
      ],
    };
  }
}
