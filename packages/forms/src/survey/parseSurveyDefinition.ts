import { issuesError } from '../errors';
import { checkSurvey } from './checkSurvey';
import { compileSurvey } from './compile';
import { deepFreeze } from './freeze';
import type { ParseSurveyDefinitionOptions, SurveyDefinition, SurveyResult } from './types';

/**
 * Validates untrusted data (typically parsed JSON) as a survey definition, without throwing.
 *
 * Besides the structure (checked with zod: unknown properties, wrong types, unknown question
 * types…), it checks the rules across fields: duplicate question, element or option keys,
 * reserved keys, questions in an element that is not declared, conditions on a missing or later
 * question or with a value the question can never take, inconsistent scales and bounds.
 *
 * @param input - Anything, e.g. `JSON.parse(text)`.
 * @param options - `locale` of the messages (`'vi'` by default, or `'en'`).
 * @returns `{ ok: true, value }` with a frozen definition (like {@link defineSurvey}'s), or
 * `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeParseSurveyDefinition } from '@motcua/forms';
 *
 * const definition = (type: string) => ({
 *   id: 's',
 *   version: 1,
 *   title: { vi: 'Khảo sát', en: 'Survey' },
 *   elements: [{ key: 'staff', label: { vi: 'Công chức', en: 'Civil servants' } }],
 *   questions: [
 *     { key: 'q1', type: 'rating', element: 'access', label: { vi: 'Câu 1', en: 'Q1' } },
 *     { key: 'q1', type, label: { vi: 'Câu 2', en: 'Q2' } },
 *   ],
 * });
 * const result = safeParseSurveyDefinition(definition('stars'), { locale: 'en' });
 * result.ok; //=> false
 * // The structure first: the unknown type.
 * !result.ok && result.issues.map((i) => i.code); //=> ['unknown_question_type']
 * !result.ok && result.issues[0]?.path; //=> ['questions', 1, 'type']
 * // Then the rules across fields: the duplicate key, the undeclared element.
 * const again = safeParseSurveyDefinition(definition('nps'), { locale: 'en' });
 * !again.ok && again.issues.map((i) => i.message);
 * //=> ['Duplicate key "q1"', 'Element "access" is not declared in elements']
 * ```
 * @category Surveys
 */
export function safeParseSurveyDefinition(
  input: unknown,
  options?: ParseSurveyDefinitionOptions,
): SurveyResult<SurveyDefinition> {
  const locale = options?.locale === 'en' ? 'en' : 'vi';
  let checked: SurveyResult<SurveyDefinition>;
  try {
    checked = checkSurvey(input, locale);
  } catch {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid_input',
          message:
            locale === 'vi' ? 'Không đọc được dữ liệu đầu vào' : 'The input could not be read',
        },
      ],
    };
  }
  if (!checked.ok) return checked;
  const frozen = deepFreeze(checked.value);
  compileSurvey(frozen);
  return { ok: true, value: frozen };
}

/**
 * Checks a survey definition received as data and returns it, or throws; {@link safeParseSurveyDefinition} returns the
 * issues instead.
 *
 * @param input - The parsed JSON.
 * @param options - The language of the issues in the error's details (default `'vi'`).
 * @returns The checked value.
 * @throws {FormsError} `INVALID_SURVEY`, the issues in `details.issues`.
 * @example
 * ```ts
 * import { parseSurveyDefinition } from '@motcua/forms';
 * const survey = parseSurveyDefinition(JSON.parse(
 *   '{"id":"ward-csat","version":1,"title":{"vi":"Khảo sát","en":"Survey"},' +
 *   '"questions":[{"key":"overall","type":"rating","label":{"vi":"Hài lòng chung","en":"Overall"}}]}',
 * ));
 * survey.questions.map((q) => q.key); //=> ['overall']
 * parseSurveyDefinition({}); //=> throws FormsError INVALID_SURVEY
 * ```
 * @category Surveys
 */
export function parseSurveyDefinition(
  input: unknown,
  options?: ParseSurveyDefinitionOptions,
): SurveyDefinition {
  const r = safeParseSurveyDefinition(input, options);
  if (r.ok) return r.value;
  // Each language's message lists the issues in that language; the details, in the one asked for.
  const en = options?.locale === 'en';
  const other = safeParseSurveyDefinition(input, { ...options, locale: en ? 'vi' : 'en' });
  const otherIssues = other.ok ? [] : other.issues;
  throw issuesError(
    'INVALID_SURVEY',
    { vi: 'Định nghĩa khảo sát', en: 'survey definition' },
    { vi: en ? otherIssues : r.issues, en: en ? r.issues : otherIssues },
    r.issues,
  );
}
