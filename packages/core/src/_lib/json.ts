/**
 * A deep copy of JSON data, so that what a function returns shares nothing with its caller's
 * objects.
 *
 * @internal
 * @module
 */
import { CoreError } from '../errors';

/**
 * A deep copy of `value` as JSON: `undefined` properties dropped, nothing shared with the input.
 * Data that is not plain JSON (a BigInt, a cycle, a structure too deep to copy) is a `CoreError`
 * naming `what`. @internal
 */
export function copyJson<T>(value: T, what: string): T {
  if (value === undefined) return value;
  try {
    return JSON.parse(JSON.stringify(value)) as T;
  } catch (e) {
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `${what}: not plain JSON (${e instanceof Error ? e.name : 'error'})`,
        vi: `${what}: không phải dữ liệu JSON thuần (${e instanceof Error ? e.name : 'lỗi'})`,
      },
      {},
    );
  }
}
