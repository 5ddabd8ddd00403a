import type { Issue, Result } from '@motcua/errors';

/**
 * The result of a plain identifier helper (`safeParseCitizenId`, `safeParsePhone`…): the normalised
 * value, or one issue `{ path: [], code, message }` with a stable snake_case code and a Vietnamese
 * message. Plain helpers never throw on bad data; for a sentence on the field's label, in
 * Vietnamese or English, use {@link formatIssueMessage} with the code.
 *
 * @typeParam T - The normalised value.
 * @typeParam C - The issue codes the helper can return.
 * @example
 * ```ts
 * import { safeParsePhone, type VnResult } from '@motcua/forms';
 * const r: VnResult<string, string> = safeParsePhone('0912 345 678');
 * //=> { ok: true, value: '+84912345678' }
 * ```
 * @category Identifiers
 */
export type VnResult<T, C extends string> = Result<T, Issue<C>>;

/** The failure of a plain helper, with its Vietnamese message from the helper's own table. @internal */
export function vnFail<C extends string>(
  code: C,
  vi: Readonly<Record<C, string>>,
): { readonly ok: false; readonly issues: readonly Issue<C>[] } {
  return { ok: false, issues: [{ path: [], code, message: vi[code] }] };
}

/** The code of a failed plain helper's (only) issue. @internal */
export function firstCode<C extends string>(r: { readonly issues: readonly Issue<C>[] }): C {
  return (r.issues[0] as Issue<C>).code;
}
