/**
 * Compiled cross-field rules: date and number comparisons, equality, the personal id against the birth date and sex.
 *
 * @internal
 * @module
 */
import { type FormIssueCode, formatIssueMessage } from '../../messages/messages';
import type { LocalizedText } from '../../types';
import { safeParseCitizenId } from '../../vn/citizenId';
import { firstCode } from '../../vn/types';
import { resolveRef, type Scope } from '../checkDefinition';
import type { FormIssue, FormRule } from '../types';
import { accessor, same } from './conditions';
import type { Ctx, Path, RulePlan } from './plan';

export const RULE_CODE = {
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

export function holds(rule: keyof typeof RULE_CODE, a: unknown, b: unknown): boolean {
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

export function compileRule(scope: Scope, r: FormRule): RulePlan {
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
