/**
 * A dossier as a value: frozen, with fresh `Date`s for every dossier returned, so that no two
 * dossiers (an old and a new version, or a dossier and the caller's input) share a mutable object.
 *
 * @internal
 * @module
 */
import { CoreError } from '../errors';
import type { Dossier, StoredEvent } from './types';

const copy = (d: Date | null): Date | null => (d === null ? null : new Date(d.getTime()));

/** Deep-copies plain JSON-like data (the caller's form data, applicant) and freezes the copy. @internal */
export function frozenCopy<T>(value: T): T {
  return deepFreeze(copyPlain(value, 0)) as T;
}

/** How deep data kept in a dossier may nest (form data and event details are shallow). */
const MAX_DEPTH = 64;

/**
 * A deep copy of plain data (arrays, plain objects, `Date`s, primitives); own keys only. Deeper
 * than {@link MAX_DEPTH} is refused: returning the caller's object there would share it (and
 * freeze it), and copying it all the way could overflow the stack.
 */
function copyPlain(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH && typeof value === 'object' && value !== null)
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `data kept in a dossier may nest at most ${MAX_DEPTH} levels deep`,
        vi: `dữ liệu lưu trong hồ sơ chỉ được lồng nhau tối đa ${MAX_DEPTH} cấp`,
      },
      { maxDepth: MAX_DEPTH },
    );
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map((v) => copyPlain(v, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, {
        value: copyPlain(v, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A stored event: a deep copy (never the caller's objects), frozen. @internal */
export function frozenEvent(e: StoredEvent): StoredEvent {
  return deepFreeze(copyPlain(e, 0)) as StoredEvent;
}

/** The dossier, frozen, with fresh `Date`s; frozen parts (data, applicant, events) are shared. @internal */
export function finalize<D>(d: Dossier<D>): Dossier<D> {
  return Object.freeze({
    ...d,
    submittedAt: new Date(d.submittedAt.getTime()),
    receivedAt: copy(d.receivedAt),
    dueAt: copy(d.dueAt),
    finishedAt: copy(d.finishedAt),
    returnedAt: copy(d.returnedAt),
    supplement: Object.freeze({ ...d.supplement, since: copy(d.supplement.since) }),
    apology:
      d.apology === null
        ? null
        : Object.freeze({
            ...d.apology,
            at: new Date(d.apology.at.getTime()),
            newDueAt: new Date(d.apology.newDueAt.getTime()),
          }),
    steps: Object.freeze(
      d.steps.map((s) =>
        Object.freeze({
          ...s,
          sentAt: new Date(s.sentAt.getTime()),
          dueAt: new Date(s.dueAt.getTime()),
          returnedAt: copy(s.returnedAt),
        }),
      ),
    ),
    history: Object.freeze([...d.history]),
  });
}
