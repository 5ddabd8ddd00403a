/** Deep-freezes plain data (objects and arrays) in place and returns it (internal). @module */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Aggregates this package made (frozen all through): what needs no second check. */
const MADE = new WeakSet<object>();

/** Freezes an aggregate all through and remembers it as made here (internal). */
export function sealAggregate<T extends object>(aggregate: T): T {
  MADE.add(deepFreeze(aggregate));
  return aggregate;
}

/** Whether an aggregate was made (and frozen) by this package (internal). */
export function isMadeAggregate(value: unknown): boolean {
  return typeof value === 'object' && value !== null && MADE.has(value);
}
