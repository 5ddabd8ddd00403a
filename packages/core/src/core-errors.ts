/**
 * The stable codes of {@link CoreError}. Branch on `error.code`, never on the message.
 *
 * @example
 * ```ts
 * import { isCoreError, parseDossierCode } from '@motcua/core';
 * try { parseDossierCode('nope'); } catch (e) { if (isCoreError(e)) e.code; } //=> 'INVALID_DOSSIER_CODE'
 * ```
 * @category Errors
 */
export type CoreErrorCode =
  /** An argument of the wrong shape or value. */
  | 'INVALID_ARGUMENT'
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
export class CoreError extends Error {
  override readonly name = 'CoreError';
  /** The stable code. */
  readonly code: CoreErrorCode;
  /** The message in Vietnamese; `message` holds the English one. */
  readonly messageVi: string;
  /** Structured context. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - The stable code.
   * @param message - The message in English and Vietnamese.
   * @param details - Structured context for programs.
   */
  constructor(
    code: CoreErrorCode,
    message: { readonly en: string; readonly vi: string },
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message.en);
    this.code = code;
    this.messageVi = message.vi;
    this.details = details;
  }
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
  return (
    value instanceof CoreError ||
    (value instanceof Error &&
      value.name === 'CoreError' &&
      'code' in value &&
      'messageVi' in value)
  );
}
