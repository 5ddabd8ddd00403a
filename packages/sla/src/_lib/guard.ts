/**
 * The argument guards of the public functions: a value of the wrong shape is `INVALID_ARGUMENT`
 * with the function and the argument named, never a `TypeError` from deeper down.
 *
 * @internal
 * @module
 */
import { SlaError } from '../errors';
import { show } from './show';

/** Throws unless `value` is a plain object (not null, not an array). @internal */
export function expectObject(value: unknown, fn: string, what: string): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return;
  throw new SlaError(
    'INVALID_ARGUMENT',
    {
      en: `${fn}: ${what} must be an object, got ${show(value)}`,
      vi: `${fn}: ${what} phải là một đối tượng, nhận được ${show(value)}`,
    },
    { value },
  );
}

/** Throws unless `value` is an array. @internal */
export function expectArray(value: unknown, fn: string, what: string): void {
  if (Array.isArray(value)) return;
  throw new SlaError(
    'INVALID_ARGUMENT',
    {
      en: `${fn}: ${what} must be a list, got ${show(value)}`,
      vi: `${fn}: ${what} phải là một danh sách, nhận được ${show(value)}`,
    },
    { value },
  );
}
