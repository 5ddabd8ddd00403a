/**
 * The form compiler: turns a definition into a plan of plain closures (one per field, condition
 * and rule), evaluated without zod. Compiled once per definition object, cached in a WeakMap.
 *
 * @internal
 * @module
 */

import { FormsError } from '../errors';
import { formatIssueMessage } from '../messages/messages';
import type { Locale } from '../types';
import { makeScope } from './checkDefinition';
import { compileCondition } from './compile/conditions';
import { compileScope, runScope } from './compile/fields';
import { type Cond, type Ctx, INVALID, isRecord, push, type ScopePlan } from './compile/plan';
import { checkFormDefinition, invalidDefinition } from './parseFormDefinition';
import type { FormDefinition, FormIssue, ValidateFormResult } from './types';

/** A compiled form. @internal */
export interface CompiledForm {
  readonly definition: FormDefinition;
  readonly plan: ScopePlan;
  /** Document conditions, on the top-level values. */
  readonly documents: readonly (Cond | undefined)[];
  /** Reads the top-level values out of valid data. */
  readonly topPaths: readonly (readonly string[])[];
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
