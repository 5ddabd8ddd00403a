/**
 * The result of a plain identifier helper (`parseCitizenId`, `parsePhone`…): the normalised value,
 * or a stable snake_case issue code. Plain helpers never throw on bad data and carry no messages,
 * so they stay small; turn a code into a Vietnamese or English sentence with
 * {@link formatIssueMessage}.
 *
 * @typeParam T - The normalised value.
 * @typeParam C - The issue codes the helper can return.
 * @example
 * ```ts
 * import { parsePhone, type VnResult } from '@motcua/forms';
 * const r: VnResult<string, string> = parsePhone('0912 345 678');
 * //=> { ok: true, value: '+84912345678' }
 * ```
 * @category Identifiers
 */
export type VnResult<T, C extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: C };
