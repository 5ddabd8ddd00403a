/**
 * The runtime check of each field type: text, numbers, money, dates, choices, identifiers, addresses, groups.
 *
 * @internal
 * @module
 */
import type { FormIssueCode } from '../../messages/messages';
import type { LocalizedText } from '../../types';
import { lookupCommune, lookupProvince } from '../../units/units';
import { safeParseCitizenId } from '../../vn/citizenId';
import { safeParseVnDate } from '../../vn/date';
import { safeParseVnd } from '../../vn/money';
import { safeParsePersonName } from '../../vn/personName';
import { safeParsePhone } from '../../vn/phone';
import { safeParseTaxCode } from '../../vn/taxCode';
import { firstCode } from '../../vn/types';
import { evaluationOrder, makeScope, type Scope } from '../checkDefinition';
import type { FormField, FormIssue, FormRule } from '../types';
import { compileCondition } from './conditions';
import {
  type Check,
  type Ctx,
  type FieldPlan,
  INVALID,
  isBlank,
  isRecord,
  own,
  type Path,
  push,
  readPath,
  type ScopePlan,
  sub,
  type Values,
} from './plan';
import { compileRule } from './rules';

export const NUMBER = /^-?\d+(?:\.\d+)?$/;
export const EMAIL =
  /^[^\s@"(),:;<>[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function lengthCheck(
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

export function boundCheck<T extends number | string>(
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
export function identifier(
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

export function fieldCheck(f: FormField, scope: Scope): Check {
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

export function compileScope(
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

export function setPath(
  target: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): void {
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
export function runScope(
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
