/**
 * Validates a survey definition: structure with zod, then the cross-field rules (internal).
 *
 * @internal
 * @module
 */
import type * as z from 'zod';
import { deeperThan, MAX_DEPTH } from '../json';
import type { Locale } from '../types';
import { formatName, listValues, makeIssue, typeName } from './messages';
import { isReservedKey } from './patterns';
import { QUESTION_TYPES, surveyDefinitionSchema } from './schema';
import type {
  ConditionValue,
  SurveyDefinition,
  SurveyIssue,
  SurveyQuestion,
  SurveyResult,
} from './types';

type Path = readonly (string | number)[];

function formatHint(path: Path): string {
  const last = path.at(-1);
  if (last === 'id') return 'id';
  if (last === 'value' || typeof last === 'number') return 'code';
  return 'key';
}

function fromZod(issue: z.core.$ZodIssue, locale: Locale): SurveyIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'invalid_type':
      return makeIssue(path, 'invalid_type', locale, {
        expected: typeName(issue.expected === 'int' ? 'integer' : issue.expected, locale),
      });
    case 'unrecognized_keys':
      return makeIssue(path, 'unknown_property', locale, { keys: listValues(issue.keys) });
    case 'invalid_union':
      if (path.at(-1) === 'type') {
        return makeIssue(path, 'unknown_question_type', locale, {
          allowed: listValues(QUESTION_TYPES),
        });
      }
      if (path.at(-1) === 'version') {
        return makeIssue(path, 'invalid_format', locale, { format: formatName('version', locale) });
      }
      return makeIssue(path, 'invalid_type', locale, {
        expected: locale === 'vi' ? 'chuỗi, số hoặc đúng/sai' : 'a string, number or boolean',
      });
    case 'invalid_value':
      return makeIssue(path, 'invalid_value', locale, { allowed: listValues(issue.values) });
    case 'invalid_format':
      return makeIssue(path, 'invalid_format', locale, {
        format: formatName(formatHint(path), locale),
      });
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') {
        return makeIssue(path, 'too_small', locale, { min: Number(issue.minimum) });
      }
      return makeIssue(path, 'out_of_range', locale, {
        min: Number(issue.minimum),
        max: locale === 'vi' ? 'vô cùng' : 'infinity',
      });
    case 'too_big':
      return makeIssue(path, 'out_of_range', locale, {
        min: locale === 'vi' ? 'giá trị nhỏ nhất' : 'the minimum',
        max: Number(issue.maximum),
      });
    default:
      return makeIssue(path, 'invalid_value', locale, { allowed: '…' });
  }
}

/** The values a question can take, to check condition values against. */
function acceptsValue(q: SurveyQuestion, value: ConditionValue): boolean {
  switch (q.type) {
    case 'rating': {
      const min = q.scale?.min ?? 1;
      const max = q.scale?.max ?? 5;
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
    }
    case 'nps':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;
    case 'count':
      return (
        Number.isInteger(value) && (value as number) >= 0 && (value as number) <= (q.max ?? 100)
      );
    case 'choice':
    case 'multiChoice':
      return typeof value === 'string' && q.options.some((o) => o.value === value);
    case 'yesNo':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string';
  }
}

function hasSatisfiedRule(q: SurveyQuestion): boolean {
  switch (q.type) {
    case 'rating':
    case 'nps':
      return true;
    case 'choice':
      return q.satisfiedOptions !== undefined;
    case 'yesNo':
      return q.satisfiedAnswer !== undefined;
    case 'count':
      return q.satisfiedAtMost !== undefined;
    default:
      return false;
  }
}

function checkQuestion(
  q: SurveyQuestion,
  i: number,
  indexByKey: ReadonlyMap<string, number>,
  questions: readonly SurveyQuestion[],
  declared: ReadonlySet<string> | null,
  locale: Locale,
  issues: SurveyIssue[],
): void {
  const at = (...rest: (string | number)[]): Path => ['questions', i, ...rest];
  if (isReservedKey(q.key))
    issues.push(makeIssue(at('key'), 'reserved_key', locale, { key: q.key }));
  if (q.element !== undefined && declared !== null && !declared.has(q.element)) {
    issues.push(makeIssue(at('element'), 'undeclared_element', locale, { element: q.element }));
  }
  if (q.inIndex === true && !hasSatisfiedRule(q)) {
    issues.push(
      makeIssue(at('inIndex'), 'invalid_value', locale, {
        allowed:
          locale === 'vi'
            ? 'false (câu hỏi không có quy tắc "hài lòng")'
            : 'false (the question has no "satisfied" rule)',
      }),
    );
  }
  const scaleIssue = (path: Path, reason: string) =>
    issues.push(makeIssue(path, 'invalid_scale', locale, { reason }));
  switch (q.type) {
    case 'rating': {
      const min = q.scale?.min ?? 1;
      const max = q.scale?.max ?? 5;
      if (max <= min || max - min > 100) {
        scaleIssue(
          at('scale'),
          locale === 'vi' ? 'cần min < max ≤ min + 100' : 'need min < max ≤ min + 100',
        );
      } else if (q.scale?.labels !== undefined && q.scale.labels.length !== max - min + 1) {
        scaleIssue(
          at('scale', 'labels'),
          locale === 'vi'
            ? `cần đúng ${max - min + 1} nhãn (một nhãn cho mỗi mức)`
            : `need exactly ${max - min + 1} labels (one per point)`,
        );
      }
      if (q.satisfiedFrom !== undefined && (q.satisfiedFrom < min || q.satisfiedFrom > max)) {
        issues.push(makeIssue(at('satisfiedFrom'), 'out_of_range', locale, { min, max }));
      }
      break;
    }
    case 'choice':
    case 'multiChoice': {
      const seen = new Set<string>();
      q.options.forEach((o, j) => {
        if (isReservedKey(o.value)) {
          issues.push(
            makeIssue(at('options', j, 'value'), 'reserved_key', locale, { key: o.value }),
          );
        }
        if (seen.has(o.value)) {
          issues.push(
            makeIssue(at('options', j, 'value'), 'duplicate_key', locale, { key: o.value }),
          );
        }
        seen.add(o.value);
      });
      if (q.type === 'choice' && q.satisfiedOptions !== undefined) {
        const seenSatisfied = new Set<string>();
        q.satisfiedOptions.forEach((v, j) => {
          if (!seen.has(v)) {
            issues.push(
              makeIssue(at('satisfiedOptions', j), 'unknown_option', locale, {
                value: v,
                allowed: listValues([...seen]),
              }),
            );
          } else if (seenSatisfied.has(v)) {
            issues.push(
              makeIssue(at('satisfiedOptions', j), 'duplicate_option', locale, { value: v }),
            );
          }
          seenSatisfied.add(v);
        });
      }
      if (q.type === 'multiChoice') {
        const min = q.minSelected ?? 1;
        const max = q.maxSelected ?? q.options.length;
        if (min > max || max > q.options.length) {
          scaleIssue(
            at(q.maxSelected === undefined ? 'minSelected' : 'maxSelected'),
            locale === 'vi'
              ? `cần 1 ≤ minSelected ≤ maxSelected ≤ ${q.options.length} (số lựa chọn)`
              : `need 1 ≤ minSelected ≤ maxSelected ≤ ${q.options.length} (the number of options)`,
          );
        }
      }
      break;
    }
    case 'count':
      if (q.satisfiedAtMost !== undefined && q.satisfiedAtMost > (q.max ?? 100)) {
        issues.push(
          makeIssue(at('satisfiedAtMost'), 'out_of_range', locale, { min: 0, max: q.max ?? 100 }),
        );
      }
      break;
    default:
      break;
  }
  const cond = q.visibleIf;
  if (cond === undefined) return;
  if ((cond.equals === undefined) === (cond.in === undefined)) {
    issues.push(makeIssue(at('visibleIf'), 'invalid_condition', locale));
    return;
  }
  const ref = indexByKey.get(cond.question);
  if (ref === undefined) {
    issues.push(
      makeIssue(at('visibleIf', 'question'), 'unknown_condition_question', locale, {
        question: cond.question,
      }),
    );
    return;
  }
  if (ref >= i) {
    issues.push(
      makeIssue(at('visibleIf', 'question'), 'condition_forward_reference', locale, {
        question: cond.question,
      }),
    );
    return;
  }
  const target = questions[ref];
  if (target === undefined) return;
  const values: readonly ConditionValue[] =
    cond.equals !== undefined ? [cond.equals] : (cond.in ?? []);
  values.forEach((v, j) => {
    if (!acceptsValue(target, v)) {
      issues.push(
        makeIssue(
          cond.equals !== undefined ? at('visibleIf', 'equals') : at('visibleIf', 'in', j),
          'invalid_condition_value',
          locale,
          { question: cond.question, value: JSON.stringify(v) },
        ),
      );
    }
  });
}

/**
 * Validates `input` as a survey definition, returning the issues found (never throws).
 *
 * @internal
 */
export function checkSurvey(input: unknown, locale: Locale): SurveyResult<SurveyDefinition> {
  // Walked without recursion first: a 100,000-level document must not overflow the stack.
  if (deeperThan(input, MAX_DEPTH))
    return {
      ok: false,
      issues: [makeIssue([], 'too_large', locale, { limit: `≤ ${MAX_DEPTH} levels of nesting` })],
    };
  const parsed = surveyDefinitionSchema().safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => fromZod(issue, locale)) };
  }
  // The zod output is a fresh copy with exactly the declared properties.
  const def = parsed.data as SurveyDefinition;
  const issues: SurveyIssue[] = [];
  let declared: Set<string> | null = null;
  if (def.elements !== undefined) {
    declared = new Set();
    def.elements.forEach((el, j) => {
      if (isReservedKey(el.key)) {
        issues.push(makeIssue(['elements', j, 'key'], 'reserved_key', locale, { key: el.key }));
      }
      if (declared?.has(el.key)) {
        issues.push(makeIssue(['elements', j, 'key'], 'duplicate_key', locale, { key: el.key }));
      }
      declared?.add(el.key);
    });
  }
  const indexByKey = new Map<string, number>();
  def.questions.forEach((q, i) => {
    if (indexByKey.has(q.key)) {
      issues.push(makeIssue(['questions', i, 'key'], 'duplicate_key', locale, { key: q.key }));
    } else {
      indexByKey.set(q.key, i);
    }
  });
  def.questions.forEach((q, i) => {
    checkQuestion(q, i, indexByKey, def.questions, declared, locale, issues);
  });
  if (def.requiredMeta !== undefined) {
    const seen = new Set<string>();
    def.requiredMeta.forEach((f, j) => {
      if (seen.has(f))
        issues.push(makeIssue(['requiredMeta', j], 'duplicate_key', locale, { key: f }));
      seen.add(f);
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: def };
}

/**
 * Whether a question has a "satisfied" rule (rating, NPS, or a yes/no, choice or count question
 * with its rule set).
 *
 * @internal
 */
export { hasSatisfiedRule };
