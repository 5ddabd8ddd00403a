/**
 * Compiles a survey definition into the plan validation and aggregation use (internal).
 *
 * @internal
 * @module
 */

import { FormsError } from '../errors';
import type { LocalizedText } from '../types';
import { checkSurvey, hasSatisfiedRule } from './checkSurvey';
import type {
  ConditionValue,
  QuestionType,
  ResponseMetaField,
  SurveyDefinition,
  SurveyIssue,
  SurveyQuestion,
} from './types';

/** A compiled visibility condition. */
export interface CompiledCondition {
  /** Index of the referenced (earlier) question. */
  readonly ref: number;
  /** The accepted values. */
  readonly values: readonly ConditionValue[];
}

/** How a question's answers map to "satisfied" (resolved later with the top-box setting). */
export type SatisfiedRule =
  | { readonly kind: 'from'; readonly from: number | undefined }
  | { readonly kind: 'slots'; readonly slots: readonly number[] }
  | null;

/** A compiled question. */
export interface CompiledQuestion {
  readonly index: number;
  readonly key: string;
  readonly type: QuestionType;
  readonly def: SurveyQuestion;
  readonly required: boolean;
  /** Index into `CompiledSurvey.elements`, or -1. */
  readonly element: number;
  readonly inIndex: boolean;
  /** Numeric range: rating scale, 0–10 for NPS, 0–max for counts, 0–1 for yes/no, option indexes. */
  readonly min: number;
  readonly max: number;
  /** Distribution keys, one per slot (`value - min`). Empty for text. */
  readonly slotKeys: readonly string[];
  /** Option value → slot (choice, multiple choice). */
  readonly options: ReadonlyMap<string, number> | null;
  readonly minSelected: number;
  readonly maxSelected: number;
  readonly maxLength: number;
  readonly satisfied: SatisfiedRule;
  readonly condition: CompiledCondition | null;
}

/** A compiled element. */
export interface CompiledElement {
  readonly key: string;
  readonly label: LocalizedText;
}

/** A compiled survey. */
export interface CompiledSurvey {
  readonly def: SurveyDefinition;
  readonly id: string;
  readonly version: number | string;
  readonly questions: readonly CompiledQuestion[];
  readonly byKey: ReadonlyMap<string, CompiledQuestion>;
  readonly elements: readonly CompiledElement[];
  readonly requiredMeta: ReadonlySet<ResponseMetaField>;
}

function compileQuestion(
  q: SurveyQuestion,
  index: number,
  elementIndex: ReadonlyMap<string, number>,
  questionIndex: ReadonlyMap<string, number>,
): CompiledQuestion {
  let min = 0;
  let max = 0;
  let slotKeys: string[] = [];
  let options: Map<string, number> | null = null;
  let minSelected = 0;
  let maxSelected = 0;
  let maxLength = 0;
  let satisfied: SatisfiedRule = null;
  const range = (lo: number, hi: number) => {
    min = lo;
    max = hi;
    slotKeys = [];
    for (let v = lo; v <= hi; v++) slotKeys.push(String(v));
  };
  switch (q.type) {
    case 'rating':
      range(q.scale?.min ?? 1, q.scale?.max ?? 5);
      satisfied = { kind: 'from', from: q.satisfiedFrom };
      break;
    case 'nps':
      range(0, 10);
      satisfied = { kind: 'from', from: q.satisfiedFrom };
      break;
    case 'count':
      range(0, q.max ?? 100);
      if (q.satisfiedAtMost !== undefined) {
        const slots: number[] = [];
        for (let v = 0; v <= q.satisfiedAtMost; v++) slots.push(v);
        satisfied = { kind: 'slots', slots };
      }
      break;
    case 'yesNo':
      // Slot 0 is "yes", slot 1 is "no".
      min = 0;
      max = 1;
      slotKeys = ['yes', 'no'];
      if (q.satisfiedAnswer !== undefined) {
        satisfied = { kind: 'slots', slots: [q.satisfiedAnswer ? 0 : 1] };
      }
      break;
    case 'choice':
    case 'multiChoice': {
      options = new Map(q.options.map((o, i) => [o.value, i]));
      slotKeys = q.options.map((o) => o.value);
      min = 0;
      max = q.options.length - 1;
      if (q.type === 'choice' && q.satisfiedOptions !== undefined) {
        const opts = options;
        satisfied = {
          kind: 'slots',
          slots: q.satisfiedOptions.map((v) => opts.get(v) ?? -1).sort((a, b) => a - b),
        };
      }
      if (q.type === 'multiChoice') {
        minSelected = q.minSelected ?? 1;
        maxSelected = q.maxSelected ?? q.options.length;
      }
      break;
    }
    case 'text':
      maxLength = q.maxLength ?? 2000;
      break;
  }
  const cond = q.visibleIf;
  let condition: CompiledCondition | null = null;
  if (cond !== undefined) {
    condition = {
      ref: questionIndex.get(cond.question) ?? -1,
      values: cond.equals !== undefined ? [cond.equals] : (cond.in ?? []),
    };
  }
  return {
    index,
    key: q.key,
    type: q.type,
    def: q,
    required: q.required ?? false,
    element: q.element === undefined ? -1 : (elementIndex.get(q.element) ?? -1),
    inIndex: hasSatisfiedRule(q) && (q.inIndex ?? true),
    min,
    max,
    slotKeys,
    options,
    minSelected,
    maxSelected,
    maxLength,
    satisfied,
    condition,
  };
}

function build(def: SurveyDefinition): CompiledSurvey {
  const elements: CompiledElement[] = [];
  if (def.elements !== undefined) {
    for (const el of def.elements) elements.push({ key: el.key, label: el.label });
  } else {
    const seen = new Set<string>();
    for (const q of def.questions) {
      if (q.element !== undefined && !seen.has(q.element)) {
        seen.add(q.element);
        elements.push({ key: q.element, label: { vi: q.element, en: q.element } });
      }
    }
  }
  const elementIndex = new Map(elements.map((el, i) => [el.key, i]));
  const questionIndex = new Map(def.questions.map((q, i) => [q.key, i]));
  const questions = def.questions.map((q, i) => compileQuestion(q, i, elementIndex, questionIndex));
  return {
    def,
    id: def.id,
    version: def.version,
    questions,
    byKey: new Map(questions.map((q) => [q.key, q])),
    elements,
    requiredMeta: new Set(def.requiredMeta ?? []),
  };
}

let cache: WeakMap<object, CompiledSurvey> | undefined;

/**
 * Throws the `INVALID_SURVEY` error for a list of issues.
 *
 * @internal
 */
export function invalidSurvey(
  issues: readonly SurveyIssue[],
  enIssues: readonly SurveyIssue[],
): never {
  const first = (list: readonly SurveyIssue[]) =>
    list
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  throw new FormsError(
    'INVALID_SURVEY',
    {
      vi: `Định nghĩa khảo sát không hợp lệ (${issues.length} lỗi): ${first(issues)}`,
      en: `Invalid survey definition (${enIssues.length} issue(s)): ${first(enIssues)}`,
    },
    { issues: enIssues },
  );
}

/**
 * Validates and compiles `survey`. Frozen surveys (those {@link defineSurvey} returns) are
 * compiled once and cached; other objects are checked again on every call, since they may have
 * been edited.
 *
 * @throws {SurveyError} `INVALID_SURVEY` if the definition does not validate.
 * @internal
 */
export function compileSurvey(survey: SurveyDefinition): CompiledSurvey {
  const frozen = typeof survey === 'object' && survey !== null && Object.isFrozen(survey);
  if (frozen) {
    const hit = cache?.get(survey);
    if (hit !== undefined) return hit;
  }
  const checked = checkSurvey(survey, 'en');
  if (!checked.ok) {
    const vi = checkSurvey(survey, 'vi');
    invalidSurvey(vi.ok ? checked.issues : vi.issues, checked.issues);
  }
  const compiled = build(frozen ? survey : checked.value);
  if (frozen) {
    cache ??= new WeakMap();
    cache.set(survey, compiled);
  }
  return compiled;
}
