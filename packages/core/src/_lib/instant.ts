/**
 * The one instant reader of `@motcua/sla` (`parseInstant`), with its errors as `CoreError`s.
 *
 * @internal
 * @module
 */
import { isSlaError, parseInstant } from '@motcua/sla';
import { CoreError } from '../errors';

/**
 * Reads an instant (a `Date`, or an ISO 8601 string with its offset) as a fresh `Date`.
 * @throws {CoreError} `INVALID_DATE`, with the fix when only the offset is missing.
 * @internal
 */
export function instantOf(value: unknown, what: string): Date {
  try {
    return parseInstant(value as Date | string, { name: what });
  } catch (e) {
    if (isSlaError(e))
      throw new CoreError('INVALID_DATE', { en: e.message, vi: e.messageVi }, e.details, {
        cause: e,
      });
    throw e;
  }
}

/** `instantOf` for an optional instant: `null` and `undefined` give `null`. @internal */
export function optionalInstantOf(value: unknown, what: string): Date | null {
  return value === null || value === undefined ? null : instantOf(value, what);
}

/** `instantOf` as epoch milliseconds, without allocating for a valid `Date` (hot paths). @internal */
export function instantMsOf(value: unknown, what: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isNaN(ms)) return ms;
  }
  return instantOf(value, what).getTime();
}
