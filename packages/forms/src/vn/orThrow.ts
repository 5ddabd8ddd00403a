/**
 * The throwing side of the plain helpers (`parsePhone`…), kept apart so that an app using only
 * `safeParsePhone` does not carry the error class.
 *
 * @internal
 * @module
 */
import { FormsError } from '../errors';
import type { VnResult } from './types';

/**
 * The value of a plain helper's result, or its `FormsError('INVALID_VALUE')` (the code in
 * `details.code`; the value itself is not copied into the error, it may be personal data). @internal
 */
export function vnValue<T, C extends string>(
  r: VnResult<T, C>,
  vi: Readonly<Record<C, string>>,
  en: Readonly<Record<C, string>>,
): T {
  if (r.ok) return r.value;
  const code = r.issues[0]?.code as C;
  throw new FormsError('INVALID_VALUE', { vi: vi[code], en: en[code] }, { code });
}
