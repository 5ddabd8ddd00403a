/**
 * Limits on untrusted JSON before it is walked recursively.
 *
 * @internal
 * @module
 */

/** The deepest nesting a definition may have (fields, groups, conditions): far beyond any real form. */
export const MAX_DEPTH = 64;

/**
 * Whether `value` nests arrays and objects deeper than `max` levels, checked without recursion (so a
 * 100,000-level document cannot overflow the stack here or in the checks that follow). @internal
 */
export function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let seen = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    if (++seen > 1_000_000) return true; // too large to be a definition
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
