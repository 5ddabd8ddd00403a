/** Visibility conditions (internal). @module */
import type { AnswerValue, ConditionValue } from './types';

/**
 * Whether a validated answer satisfies a visibility condition's values: equality, or for a
 * multiple-choice answer, at least one selected option among them.
 */
export function conditionHolds(answer: AnswerValue, values: readonly ConditionValue[]): boolean {
  if (Array.isArray(answer)) return answer.some((a) => values.includes(a));
  return values.includes(answer as ConditionValue);
}
