/**
 * The shapes of a compiled form (plans of plain closures) and the helpers every part shares.
 *
 * @internal
 * @module
 */
import { type FormIssueCode, formatIssueMessage, type IssueParams } from '../../messages/messages';
import type { Locale, LocalizedText } from '../../types';
import type { FormIssue } from '../types';

export type Path = readonly (string | number)[];
export type Values = unknown[];
/** A compiled condition: reads this scope's values and, inside a group, the top-level ones. */
export type Cond = (local: Values, outer: Values) => boolean;

export interface Ctx {
  readonly locale: Locale;
}

/** Marks a value that failed its checks (issues were reported). */
export const INVALID = { invalid: true } as const;

export type Check = (raw: unknown, at: Path, out: FormIssue[], ctx: Ctx, values: Values) => unknown;

export interface FieldPlan {
  readonly path: readonly string[];
  readonly label: LocalizedText;
  readonly required: boolean;
  readonly requiredIf: Cond | undefined;
  readonly visibleIf: Cond | undefined;
  readonly emptyArrayIsEmpty: boolean;
  readonly check: Check;
}

export type RulePlan = (
  local: Values,
  outer: Values,
  base: Path,
  out: FormIssue[],
  ctx: Ctx,
) => void;

export interface ScopePlan {
  readonly fields: readonly FieldPlan[];
  readonly order: readonly number[];
  readonly rules: readonly RulePlan[];
}

export function push(
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

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** White space and the invisible format characters (zero-width space, joiners, BOM). */
const INVISIBLE = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/** A missing value: absent, null, or a string of white space and invisible characters only. */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && INVISIBLE.test(raw));
}

export function sub(label: LocalizedText, vi: string, en: string): LocalizedText {
  return { vi: `${label.vi}: ${vi}`, en: `${label.en}: ${en}` };
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
