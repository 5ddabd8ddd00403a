/**
 * The base error class, its guard, and the issue and result shapes of every motcua package.
 *
 * @module
 */

/**
 * A text in Vietnamese (the default language of every motcua message) and English.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@motcua/errors';
 * const m: LocalizedText = { vi: 'Ngày không hợp lệ', en: 'Invalid date' };
 * ```
 * @category Text
 */
export interface LocalizedText {
  /** The Vietnamese text. */
  readonly vi: string;
  /** The English text. */
  readonly en: string;
}

/**
 * A language motcua speaks: Vietnamese (`'vi'`, the default) or English (`'en'`).
 *
 * @example
 * ```ts
 * import type { Locale } from '@motcua/errors';
 * const locale: Locale = 'en';
 * ```
 * @category Text
 */
export type Locale = 'vi' | 'en';

/** Marks every motcua error, across packages and across copies of a package (`Symbol.for`). */
const BRAND: unique symbol = Symbol.for('motcua.error') as never;

/**
 * The one error shape of motcua: every package's error (`SlaError`, `FormsError`, `CoreError`)
 * extends it. It carries a stable `code` to branch on, the English `message`, the Vietnamese
 * `messageVi`, structured `details` for programs and, when another error caused it, `cause`.
 *
 * Recognise one with {@link isMotcuaError} rather than `instanceof`: when both the ESM and the
 * CommonJS build of a package are loaded, `instanceof` fails across the two copies.
 *
 * @typeParam Code - The package's union of stable codes.
 * @example
 * ```ts
 * import { MotcuaError } from '@motcua/errors';
 * const e = new MotcuaError('INVALID_DATE', { vi: 'Ngày không hợp lệ', en: 'Invalid date' }, { value: 'x' });
 * [e.code, e.message, e.messageVi]; //=> ['INVALID_DATE', 'Invalid date', 'Ngày không hợp lệ']
 * ```
 * @category Errors
 */
export class MotcuaError<Code extends string = string> extends Error {
  override name = 'MotcuaError';
  /** The stable machine-readable code. */
  readonly code: Code;
  /** The message in Vietnamese. `message` holds the English one. */
  readonly messageVi: string;
  /** Structured context (the offending value, what was understood…). */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - The stable code.
   * @param message - The message in Vietnamese and English.
   * @param details - Structured context for programs.
   * @param options - `cause`, as for `Error`.
   */
  constructor(
    code: Code,
    message: LocalizedText,
    details: Readonly<Record<string, unknown>> = {},
    options?: { readonly cause?: unknown },
  ) {
    // Building an error never throws itself, whatever message it is given.
    const m = message as Partial<LocalizedText> | null | undefined;
    const en = typeof m?.en === 'string' ? m.en : 'motcua error';
    super(en, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.messageVi = typeof m?.vi === 'string' ? m.vi : en;
    this.details = details;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether `value` is an error thrown by a motcua package (any package, any copy of it), and,
 * with `code`, whether it has that code.
 *
 * @param value - Anything caught.
 * @param code - Optionally, the code it must have.
 * @returns `true` for a motcua error (with that code).
 * @example
 * ```ts
 * import { isMotcuaError, MotcuaError } from '@motcua/errors';
 * const e = new MotcuaError('OUT_OF_RANGE', { vi: 'Ngoài khoảng', en: 'Out of range' });
 * isMotcuaError(e); //=> true
 * isMotcuaError(e, 'INVALID_DATE'); //=> false
 * isMotcuaError(new Error('x')); //=> false
 * ```
 * @category Errors
 */
export function isMotcuaError<Code extends string = string>(
  value: unknown,
  code?: Code,
): value is MotcuaError<Code> {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as { [BRAND]?: unknown })[BRAND] !== true) return false;
  return code === undefined || (value as { code?: unknown }).code === code;
}

/**
 * Where an issue is, as a list of keys and indexes (`['applicant', 'phone']`, `['days', 3]`).
 *
 * @example
 * ```ts
 * import type { IssuePath } from '@motcua/errors';
 * const p: IssuePath = ['children', 0, 'birthDate'];
 * ```
 * @category Results
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input: where (`path`), what (a stable `code`), and a message in the
 * language asked for. Every motcua validator reports this shape; a package may add fields.
 *
 * @typeParam Code - The package's union of issue codes.
 * @example
 * ```ts
 * import type { Issue } from '@motcua/errors';
 * const i: Issue = { path: ['phone'], code: 'invalid_phone', message: 'Số điện thoại không hợp lệ' };
 * ```
 * @category Results
 */
export interface Issue<Code extends string = string> {
  /** Where the problem is (`[]` for the input as a whole). */
  readonly path: IssuePath;
  /** The stable machine-readable code. */
  readonly code: Code;
  /** What is wrong, for a person. */
  readonly message: string;
}

/**
 * What every `safeParseX` and `validateX` of motcua returns: the value, or the issues found.
 * `parseX` returns the value or throws the package's error.
 *
 * @typeParam T - The value.
 * @typeParam I - The issue type.
 * @example
 * ```ts
 * import type { Result } from '@motcua/errors';
 * const firstIssue = (r: Result<number>) => (r.ok ? null : (r.issues[0]?.code ?? null));
 * firstIssue({ ok: true, value: 3 }); //=> null
 * firstIssue({ ok: false, issues: [{ path: [], code: 'too_big', message: 'Quá lớn' }] }); //=> 'too_big'
 * ```
 * @category Results
 */
export type Result<T, I extends Issue = Issue> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly I[] };

/**
 * Renders any value for an error message, without ever throwing: `String(v)` throws on
 * `{ toString: 1 }` and on objects without a prototype, `JSON.stringify` on cycles and BigInts, and a
 * megabyte string would make an unreadable message. Strings are quoted; long renderings are cut.
 *
 * @param value - Anything (often the offending input).
 * @returns At most about 80 characters.
 * @example
 * ```ts
 * import { describeValue } from '@motcua/errors';
 * describeValue('2026-02-30'); //=> '"2026-02-30"'
 * describeValue({ toString: 1 }); //=> '{"toString":1}'
 * describeValue(Object.create(null)); //=> '{}'
 * ```
 * @category Errors
 */
export function describeValue(value: unknown): string {
  let s: string;
  try {
    if (typeof value === 'string')
      s = JSON.stringify(value.length > 200 ? value.slice(0, 200) : value);
    else if (value instanceof Date)
      s = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    else if (typeof value === 'bigint') s = `${value}n`;
    else if (value === null || typeof value !== 'object') s = String(value as never);
    else s = JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
