import { isMotcuaError, MotcuaError } from '@motcua/errors';

/**
 * The stable codes of {@link FormsError}. Branch on `error.code`, never on the message.
 *
 * @example
 * ```ts
 * import { formatVnd, isFormsError, type FormsErrorCode } from '@motcua/forms';
 * let code: FormsErrorCode | undefined;
 * try {
 *   formatVnd(-1);
 * } catch (e) {
 *   if (isFormsError(e)) code = e.code;
 * }
 * code; //=> 'INVALID_ARGUMENT'
 * ```
 * @category Errors
 */
export type FormsErrorCode =
  /** A form definition that does not validate (duplicate keys, a condition on a missing field…). */
  | 'INVALID_DEFINITION'
  /** Any other argument of the wrong shape or value, passed by the program (not by a citizen). */
  | 'INVALID_ARGUMENT'
  /** A value a `parseX` helper refuses (a phone number, a personal id…); the issue code in `details.code`. */
  | 'INVALID_VALUE'
  /** A survey definition that does not validate (the issues are in `details.issues`). */
  | 'INVALID_SURVEY'
  /** Aggregates of different surveys, versions or settings passed to `mergeAggregates`. */
  | 'AGGREGATE_MISMATCH'
  /** Something that is not a survey aggregate passed where one is expected. */
  | 'INVALID_AGGREGATE'
  /** More than a function handles in one call (the bound in `details.max`). */
  | 'TOO_LARGE';

/**
 * The one error class of `@motcua/forms` (identifiers, administrative units, forms and surveys),
 * thrown for programmer errors only: a bad form or survey definition, mismatched aggregates, a
 * malformed option. Untrusted data (what a
 * citizen submits) never throws: it comes back as issues.
 *
 * It has the shape of every motcua error (`MotcuaError` from `@motcua/errors`): a stable `code`, an
 * English `message`, the Vietnamese message in `messageVi`, structured `details` and `cause` (for `INVALID_DEFINITION`, `details.issues` lists every problem in English
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
 * let error: unknown;
 * try {
 *   validateForm(form, {});
 * } catch (e) {
 *   error = e;
 * }
 * isFormsError(error) && [error.code, error.message];
 * //=> ['INVALID_DEFINITION', 'Invalid form definition "demo": fields.1.key: duplicate key "a"']
 * isFormsError(error) && error.details.issuesVi;
 * //=> [{ path: ['fields', 1, 'key'], code: 'duplicate_key', message: 'khoá "a" bị trùng' }]
 * ```
 * @category Errors
 */
export class FormsError extends MotcuaError<FormsErrorCode> {
  override name = 'FormsError';
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
 * let caught: unknown;
 * try {
 *   formatVnd(1.5);
 * } catch (e) {
 *   caught = e;
 * }
 * isFormsError(caught); //=> true
 * isFormsError(new Error('khác')); //=> false
 * ```
 * @category Errors
 */
export function isFormsError(value: unknown): value is FormsError {
  return isMotcuaError(value) && value.name === 'FormsError';
}

/**
 * The error of a `parseX` whose `safeParseX` found issues: the count and the first few in the
 * message, every issue in `details.issues`. @internal
 */
export function issuesError(
  code: FormsErrorCode,
  what: { readonly vi: string; readonly en: string },
  issues: {
    readonly vi: readonly {
      readonly path: readonly (string | number)[];
      readonly message: string;
    }[];
    readonly en: readonly {
      readonly path: readonly (string | number)[];
      readonly message: string;
    }[];
  },
  details: readonly unknown[],
): FormsError {
  const first = (list: typeof issues.vi) =>
    list
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  return new FormsError(
    code,
    {
      vi: `${what.vi} không hợp lệ (${issues.vi.length} lỗi): ${first(issues.vi)}`,
      en: `Invalid ${what.en} (${issues.en.length} issue(s)): ${first(issues.en)}`,
    },
    { issues: details },
  );
}
