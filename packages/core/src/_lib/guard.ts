/**
 * The argument guards of core's public functions: a value of the wrong shape is a `CoreError` naming
 * the function, never a `TypeError` from deeper down.
 *
 * @internal
 * @module
 */
import { describeValue } from '@motcua/errors';
import { CoreError } from '../errors';

/** Throws `INVALID_ARGUMENT` unless `value` is a motcua dossier (kind and history). @internal */
export function expectDossier(value: unknown, fn: string): void {
  const d = value as { kind?: unknown; history?: unknown; procedure?: unknown } | null;
  if (
    typeof d === 'object' &&
    d !== null &&
    d.kind === 'motcua.dossier/1' &&
    Array.isArray(d.history) &&
    typeof d.procedure === 'object' &&
    d.procedure !== null
  )
    return;
  throw new CoreError(
    'INVALID_ARGUMENT',
    {
      en: `${fn}: not a motcua dossier (kind motcua.dossier/1), got ${describeValue(value)}`,
      vi: `${fn}: không phải hồ sơ motcua (kind motcua.dossier/1), nhận được ${describeValue(value)}`,
    },
    { value: describeValue(value) },
  );
}

/** Throws `INVALID_ARGUMENT` unless `value` is a plain object. @internal */
export function expectObject(value: unknown, fn: string, what: string): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return;
  throw new CoreError(
    'INVALID_ARGUMENT',
    {
      en: `${fn}: ${what} must be an object, got ${describeValue(value)}`,
      vi: `${fn}: ${what} phải là một đối tượng, nhận được ${describeValue(value)}`,
    },
    { value: describeValue(value) },
  );
}
