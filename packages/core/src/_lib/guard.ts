/**
 * The argument guards of core's public functions: a value of the wrong shape is a `CoreError` naming
 * the function, never a `TypeError` from deeper down.
 *
 * @internal
 * @module
 */
import { describeValue } from '@motcua/errors';
import { CoreError } from '../errors';

const isDate = (v: unknown): boolean => v instanceof Date && !Number.isNaN(v.getTime());
const INSTANTS = ['receivedAt', 'dueAt', 'finishedAt', 'returnedAt'] as const;

/** The first field that makes `value` not a dossier as motcua makes them, or `null`. */
function malformedField(value: unknown): string | null {
  const x = value as Record<string, unknown> | null;
  if (typeof x !== 'object' || x === null || x['kind'] !== 'motcua.dossier/1') return 'kind';
  if (!isDate(x['submittedAt'])) return 'submittedAt';
  const instant = INSTANTS.find((k) => !(x[k] === null || isDate(x[k])));
  if (instant !== undefined) return instant;
  if (!Array.isArray(x['history']) || x['history'].length === 0) return 'history';
  const steps = x['steps'];
  if (!Array.isArray(steps)) return 'steps';
  for (const st of steps as unknown[]) {
    const y = st as Record<string, unknown> | null;
    if (typeof y !== 'object' || y === null) return 'steps';
    if (
      !isDate(y['sentAt']) ||
      !isDate(y['dueAt']) ||
      !(y['returnedAt'] === null || isDate(y['returnedAt']))
    )
      return 'steps';
  }
  const s = x['supplement'] as Record<string, unknown> | null;
  if (typeof s !== 'object' || s === null || typeof s['requests'] !== 'number') return 'supplement';
  if (!(s['since'] === null || isDate(s['since']))) return 'supplement';
  const a = x['apology'] as Record<string, unknown> | null;
  if (a !== null && (typeof a !== 'object' || !isDate(a['at']) || !isDate(a['newDueAt'])))
    return 'apology';
  const p = x['procedure'] as Record<string, unknown> | null;
  if (typeof p !== 'object' || p === null) return 'procedure';
  if (typeof p['processingTime'] !== 'object' || p['processingTime'] === null) return 'procedure';
  return null;
}

/**
 * Throws `INVALID_ARGUMENT` unless `value` is a dossier as motcua makes them: its kind, its
 * instants as `Date`s (a dossier stored as JSON has strings: read it back with `dossierFromJSON`),
 * its history, steps, supplement and procedure. @internal
 */
export function expectDossier(value: unknown, fn: string): void {
  const field = malformedField(value);
  if (field === null) return;
  const json =
    field !== 'kind' && typeof (value as { submittedAt?: unknown }).submittedAt === 'string';
  throw new CoreError(
    'INVALID_ARGUMENT',
    {
      en: `${fn}: not a motcua dossier (${field === 'kind' ? `kind motcua.dossier/1, got ${describeValue(value)}` : `${field} is missing or malformed`})${json ? '; a dossier stored as JSON is read back with dossierFromJSON' : ''}`,
      vi: `${fn}: không phải hồ sơ motcua (${field === 'kind' ? `kind motcua.dossier/1, nhận được ${describeValue(value)}` : `trường ${field} thiếu hoặc sai`})${json ? '; hồ sơ lưu dạng JSON phải được đọc lại bằng dossierFromJSON' : ''}`,
    },
    { field },
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
