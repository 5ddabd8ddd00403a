import { FormsError, type FormsErrorCode, isFormsError } from '../errors';

/**
 * The codes of the survey functions' errors: a subset of {@link FormsErrorCode}.
 *
 * @deprecated Surveys throw {@link FormsError}; use `FormsErrorCode`. Kept for this release.
 * @example
 * ```ts
 * import type { SurveyErrorCode } from '@motcua/forms';
 * const code: SurveyErrorCode = 'AGGREGATE_MISMATCH';
 * ```
 * @category Surveys
 */
export type SurveyErrorCode = Extract<
  FormsErrorCode,
  'INVALID_SURVEY' | 'INVALID_ARGUMENT' | 'AGGREGATE_MISMATCH' | 'INVALID_AGGREGATE'
>;

/**
 * The survey functions' error: now {@link FormsError} itself (one error class per package).
 *
 * @deprecated Use `FormsError`. Kept as an alias for this release.
 * @example
 * ```ts
 * import { FormsError, SurveyError } from '@motcua/forms';
 * SurveyError === FormsError; //=> true
 * ```
 * @category Surveys
 */
export const SurveyError: typeof FormsError = FormsError;
/**
 * The survey functions' error type: `FormsError`.
 *
 * @deprecated Use `FormsError`. Kept as an alias for this release.
 * @example
 * ```ts
 * import { isSurveyError, parseSurveyAggregate, type SurveyError } from '@motcua/forms';
 * let error: SurveyError | undefined;
 * try {
 *   parseSurveyAggregate({ kind: 'khác' });
 * } catch (e) {
 *   if (isSurveyError(e)) error = e;
 * }
 * error?.code; //=> 'INVALID_AGGREGATE' (a FormsErrorCode)
 * ```
 * @category Surveys
 */
export type SurveyError = FormsError;

/**
 * Tells whether `value` is an error of `@motcua/forms` (surveys included).
 *
 * @deprecated Use `isFormsError` (or `isMotcuaError`). Kept as an alias for this release.
 * @param value - Anything caught.
 * @returns `true` for a `FormsError`.
 * @example
 * ```ts
 * import { defineSurvey, isSurveyError } from '@motcua/forms';
 * let caught: unknown;
 * try {
 *   defineSurvey({ id: 's', version: 1, title: { vi: 'Khảo sát', en: 'Survey' }, questions: [] });
 * } catch (e) {
 *   caught = e;
 * }
 * isSurveyError(caught); //=> true (INVALID_SURVEY: a survey needs at least one question)
 * isSurveyError(new TypeError('khác')); //=> false
 * ```
 * @category Surveys
 */
export const isSurveyError: (value: unknown) => value is FormsError = isFormsError;
