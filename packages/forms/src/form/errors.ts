import type { LocalizedText } from '../types';

/**
 * The stable codes of {@link FormsError}. Branch on `error.code`, never on the message.
 *
 * @example
 * ```ts
 * import { formatVnd, isFormsError } from '@motcua/forms';
 * try { formatVnd(-1); } catch (e) { if (isFormsError(e)) e.code; } //=> 'INVALID_ARGUMENT'
 * ```
 * @category Errors
 */
export type FormsErrorCode =
  /** A form definition that does not validate (duplicate keys, a condition on a missing field…). */
  | 'INVALID_DEFINITION'
  /** Any other argument of the wrong shape or value, passed by the program (not by a citizen). */
  | 'INVALID_ARGUMENT';

/**
 * The error class of the identifiers, administrative units and forms of `@motcua/forms`, thrown
 * for programmer errors only: a bad form definition, a malformed option. Untrusted data (what a
 * citizen submits) never throws: it comes back as issues.
 *
 * It carries a stable `code`, an English `message`, the Vietnamese message in `messageVi`, and
 * structured `details` (for `INVALID_DEFINITION`, `details.issues` lists every problem in English
 * and `details.issuesVi` in Vietnamese). Compare
 * with {@link isFormsError} rather than `instanceof`: when both the ESM and CommonJS builds are
 * loaded, `instanceof` fails across the two copies.
 *
 * @example
 * ```ts
 * import { defineForm, isFormsError, validateForm } from '@motcua/forms';
 *
 * const form = defineForm({
 *   id: 'demo', version: '1', title: { vi: 'Thử', en: 'Demo' },
 *   fields: [
 *     { key: 'a', type: 'text', label: { vi: 'A', en: 'A' } },
 *     { key: 'a', type: 'text', label: { vi: 'A', en: 'A' } },
 *   ],
 * });
 * try {
 *   validateForm(form, {});
 * } catch (e) {
 *   if (isFormsError(e)) console.log(e.code, e.message);
 *   //=> 'INVALID_DEFINITION' 'Invalid form definition "demo": fields.1.key: duplicate key "a"'
 * }
 * ```
 * @category Errors
 */
export class FormsError extends Error {
  override readonly name = 'FormsError';
  /** The stable machine-readable code. */
  readonly code: FormsErrorCode;
  /** The message in Vietnamese. `message` holds the English one. */
  readonly messageVi: string;
  /** Structured context for programs (the offending value, the definition issues…). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - The stable code.
   * @param message - The message in Vietnamese and English.
   * @param details - Structured context for programs.
   */
  constructor(
    code: FormsErrorCode,
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
 * Tells whether `value` is a {@link FormsError}, also across duplicated ESM/CJS copies of the
 * package.
 *
 * @param value - Anything caught.
 * @returns `true` for a `FormsError`.
 * @example
 * ```ts
 * import { formatVnd, isFormsError } from '@motcua/forms';
 * try { formatVnd(1.5); } catch (e) { isFormsError(e); } //=> true
 * ```
 * @category Errors
 */
export function isFormsError(value: unknown): value is FormsError {
  return (
    value instanceof FormsError ||
    (value instanceof Error &&
      value.name === 'FormsError' &&
      'code' in value &&
      'messageVi' in value)
  );
}
