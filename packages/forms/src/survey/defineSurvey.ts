import { checkSurvey } from './checkSurvey';
import { compileSurvey, invalidSurvey } from './compile';
import { deepFreeze } from './freeze';
import type { SurveyDefinition } from './types';

/**
 * Validates a survey definition and returns a deep-frozen copy of it, ready for
 * {@link validateResponse} and {@link aggregate} (it is compiled once and cached).
 *
 * The question and element keys are kept as literal types, so `agg.questions.q1` type-checks.
 * To edit a definition, copy it: `defineSurvey({ ...survey, questions: [...survey.questions, q] })`.
 *
 * @typeParam K - The question keys (inferred).
 * @typeParam E - The element keys (inferred).
 * @param definition - The definition (see {@link SurveyDefinition}); it is not modified.
 * @returns A frozen, validated copy of `definition`.
 * @throws {SurveyError} `INVALID_SURVEY` if the definition does not validate; `details.issues`
 * lists every problem (the same issues {@link safeParseSurveyDefinition} returns).
 *
 * @example
 * ```ts
 * import { defineSurvey } from '@motcua/forms';
 *
 * const survey = defineSurvey({
 *   id: 'ward-csat',
 *   version: 1,
 *   title: { vi: 'Khảo sát mức độ hài lòng', en: 'Satisfaction survey' },
 *   questions: [
 *     { key: 'q1', type: 'rating', element: 'staff', label: { vi: 'Thái độ công chức', en: 'Staff attitude' } },
 *     { key: 'q2', type: 'nps', label: { vi: 'Giới thiệu cho người khác?', en: 'Recommend to others?' } },
 *   ],
 * });
 * survey.questions.length; //=> 2
 * Object.isFrozen(survey); //=> true
 * ```
 * @category Surveys
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSurvey<const K extends string, const E extends string = string>(
  definition: SurveyDefinition<K, E>,
): SurveyDefinition<K, E> {
  const checked = checkSurvey(definition, 'en');
  if (!checked.ok) {
    const vi = checkSurvey(definition, 'vi');
    invalidSurvey(vi.ok ? checked.issues : vi.issues, checked.issues);
  }
  const frozen = deepFreeze(checked.value);
  compileSurvey(frozen);
  return frozen as SurveyDefinition<K, E>;
}
