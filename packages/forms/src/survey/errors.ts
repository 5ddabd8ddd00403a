import type { LocalizedText } from '../types';

/**
 * The stable codes of {@link SurveyError}. Branch on `error.code`, never on the message.
 *
 * @example
 * ```ts
 * import { aggregate, dossierEvaluation, isSurveyError, mergeAggregates, sipasSurvey } from '@motcua/forms';
 *
 * try {
 *   mergeAggregates(aggregate(sipasSurvey(), []), aggregate(dossierEvaluation(), []) as never);
 * } catch (e) {
 *   if (isSurveyError(e)) e.code; //=> 'AGGREGATE_MISMATCH'
 * }
 * ```
 * @category Surveys
 */
export type SurveyErrorCode =
  /** A survey definition that does not validate (the issues are in `details.issues`). */
  | 'INVALID_SURVEY'
  /** An argument of the wrong shape or value (an unknown `by` field, a bad weight table…). */
  | 'INVALID_ARGUMENT'
  /** Aggregates of different surveys, versions or settings passed to {@link mergeAggregates}. */
  | 'AGGREGATE_MISMATCH'
  /** Something that is not a survey aggregate passed where one is expected. */
  | 'INVALID_AGGREGATE';

/**
 * The error thrown by the survey functions of `@motcua/forms` for programmer errors (a broken
 * definition, mismatched aggregates, bad options). Untrusted data never throws: responses and
 * definitions loaded from JSON give a {@link SurveyResult} instead.
 *
 * It carries a stable `code`, an English `message`, the Vietnamese message in `messageVi` and
 * structured `details`. Compare with {@link isSurveyError} rather than `instanceof` (two copies
 * of the package, ESM and CommonJS, defeat `instanceof`).
 *
 * @example
 * ```ts
 * import { defineSurvey, isSurveyError } from '@motcua/forms';
 * try {
 *   defineSurvey({ id: 's', version: 1, title: { vi: 'K', en: 'S' }, questions: [] });
 * } catch (e) {
 *   if (isSurveyError(e)) console.log(e.code); //=> 'INVALID_SURVEY'
 * }
 * ```
 * @category Surveys
 */
export class SurveyError extends Error {
  override readonly name = 'SurveyError';
  /** The stable machine-readable code. */
  readonly code: SurveyErrorCode;
  /** The message in Vietnamese; `message` holds the English one. */
  readonly messageVi: string;
  /** Structured context (issues, the offending values…). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * Creates the error.
   *
   * @param code - The stable code.
   * @param message - The message in Vietnamese and English.
   * @param details - Structured context for programs.
   */
  constructor(
    code: SurveyErrorCode,
    message: LocalizedText,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message.en);
    this.code = code;
    this.messageVi = message.vi;
    this.details = details;
  }
}

/**
 * Tells whether `value` is a {@link SurveyError}, also across duplicated ESM/CJS copies of the
 * package.
 *
 * @param value - Anything caught.
 * @returns `true` for a `SurveyError`.
 * @example
 * ```ts
 * import { isSurveyError, wilsonInterval } from '@motcua/forms';
 * try { wilsonInterval(2, 10); } catch (e) { isSurveyError(e); } //=> true
 * ```
 * @category Surveys
 */
export function isSurveyError(value: unknown): value is SurveyError {
  return (
    value instanceof SurveyError ||
    (value instanceof Error &&
      value.name === 'SurveyError' &&
      'code' in value &&
      'messageVi' in value)
  );
}
