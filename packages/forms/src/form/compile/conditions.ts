/**
 * Compiled conditions (`visibleIf`, `requiredIf`): closures over the values of a scope.
 *
 * @internal
 * @module
 */
import { type FieldRef, resolveRef, type Scope } from '../checkDefinition';
import type { FormCondition, FormScalar } from '../types';
import type { Cond, Values } from './plan';

export function same(a: unknown, b: unknown): boolean {
  return (
    a === b ||
    (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))
  );
}

export function accessor(ref: FieldRef): (local: Values, outer: Values) => unknown {
  const i = ref.index;
  return ref.scope === 'local' ? (l) => l[i] : (_, o) => o[i];
}

export function matches(value: unknown, v: FormScalar): boolean {
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
