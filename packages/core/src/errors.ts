import { isMotcuaError, MotcuaError } from '@motcua/errors';
/**
 * The stable codes of {@link CoreError}. Branch on `error.code`, never on the message.
 *
 * @example
 * ```ts
 * import { type CoreErrorCode, isCoreError, parseDossierCode } from '@motcua/core';
 * let code: CoreErrorCode | undefined;
 * try {
 *   parseDossierCode('000.00.01.H26-260230-0001'); // 30 February
 * } catch (e) {
 *   if (isCoreError(e)) code = e.code;
 * }
 * code; //=> 'INVALID_DOSSIER_CODE'
 * ```
 * @category Errors
 */
export type CoreErrorCode =
  /** A dossier aggregate (from JSON, another agency) that is not one: see `safeParseDossierAggregate`. */
  | 'INVALID_AGGREGATE'
  /** An instant that is not a valid `Date` or an ISO 8601 string with its offset. */
  | 'INVALID_DATE'
  /** An argument of the wrong shape or value. */
  | 'INVALID_ARGUMENT'
  /** An input beyond a documented size limit (a history over 10,000 events, over 10,000 sub-periods). */
  | 'TOO_LARGE'
  /** A value outside the supported range (report periods: 1900–2200). */
  | 'OUT_OF_RANGE'
  /** A dossier record (reports) with a bad instant, channel or outcome. */
  | 'INVALID_RECORD'
  /** Two aggregates of different periods or options. */
  | 'INCOMPATIBLE_AGGREGATES'
  /** A dossier code that does not parse. */
  | 'INVALID_DOSSIER_CODE'
  /** A procedure definition that does not validate. */
  | 'INVALID_PROCEDURE'
  /** A procedure code not in the catalogue. */
  | 'UNKNOWN_PROCEDURE'
  /** Form data that fails the procedure's form (the issues are in `details.issues`). */
  | 'INVALID_DOSSIER_DATA'
  /** An event not allowed in the dossier's current state, or by that role. */
  | 'TRANSITION_NOT_ALLOWED'
  /** An event whose guard failed (e.g. an apology less than one day before the due date). */
  | 'GUARD_FAILED'
  /** An event dated before the previous one. */
  | 'EVENT_OUT_OF_ORDER';

/**
 * The one error class of `@motcua/core`: a stable `code`, an English `message`, the Vietnamese
 * message in `messageVi`, and structured `details`. Compare with {@link isCoreError}.
 *
 * @example
 * ```ts
 * import { CoreError } from '@motcua/core';
 * const e = new CoreError('INVALID_ARGUMENT', { en: 'bad', vi: 'sai' });
 * e.messageVi; //=> 'sai'
 * ```
 * @category Errors
 */
export class CoreError extends MotcuaError<CoreErrorCode> {
  override name = 'CoreError';
}

/**
 * Tells whether `value` is a {@link CoreError}, also across duplicated ESM/CJS copies.
 *
 * @param value - Anything caught.
 * @returns `true` for a `CoreError`.
 * @example
 * ```ts
 * import { CoreError, isCoreError } from '@motcua/core';
 * isCoreError(new CoreError('INVALID_ARGUMENT', { en: 'x', vi: 'x' })); //=> true
 * ```
 * @category Errors
 */
export function isCoreError(value: unknown): value is CoreError {
  return isMotcuaError(value) && value.name === 'CoreError';
}
