/**
 * Renders any value for an error message, without ever throwing: `String(v)` throws on
 * `{ toString: 1 }` and on objects without a prototype, and a megabyte string makes an unreadable
 * message.
 *
 * @internal
 * @module
 */

const MAX = 80;

/** A short, safe rendering of `value` for a message. @internal */
export function show(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = JSON.stringify(value);
  else if (value instanceof Date)
    s = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  else if (value === null || typeof value !== 'object') s = String(value as never);
  else {
    try {
      s = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      s = Object.prototype.toString.call(value);
    }
  }
  return s.length > MAX ? `${s.slice(0, MAX)}…` : s;
}
