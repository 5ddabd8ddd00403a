// The `//=>` claims of the docs' examples, checked (used by scripts/doc-examples.mjs).
//
// A claim's value is a JavaScript literal written as a reader expects to see it, where `…` means
// "and the rest": `{ id: '2.1', value: 0.99, … }` checks the keys it names, `['a', …, 'z']` the ends
// of an array, `'2026-02-14: …; 2026-02-22'` the parts of a string in order, `0.39677…` a number's
// leading digits, and `message: …` any value. A `Date` is compared through its ISO string.

/** "Any value here" / "and the rest". */
export const __REST = Symbol('…');

/** A number's leading digits. */
export class Approx {
  constructor(digits) {
    this.digits = digits;
  }
}
export const __approx = (digits) => new Approx(digits);

const show = (v) => {
  if (v === __REST) return '…';
  if (v instanceof Approx) return `${v.digits}…`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'Invalid' : v.toISOString()})`;
  try {
    return JSON.stringify(v, (_, x) =>
      x === __REST
        ? '…'
        : x instanceof Approx
          ? `${x.digits}…`
          : x === undefined
            ? '(undefined)'
            : x,
    );
  } catch {
    return String(v);
  }
};

function wildcard(actual, pattern) {
  const parts = pattern.split('…');
  if (!actual.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const j = actual.indexOf(parts[i], at);
    if (j < 0) return false;
    at = j + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return actual.length - last.length >= at && actual.endsWith(last);
}

/** Why `actual` does not match `expected`, or `null` when it does. */
export function mismatch(actual, expected, path = '') {
  if (expected === __REST) return null;
  if (expected instanceof Approx) {
    // The leading digits and the same integer part: `2…` is 2.x, not 250.
    return typeof actual === 'number' &&
      String(actual).startsWith(expected.digits) &&
      String(actual).split('.')[0] === expected.digits.split('.')[0]
      ? null
      : `${path || 'value'}: ${show(actual)} does not start with ${expected.digits}`;
  }
  if (actual instanceof Date && typeof expected === 'string') actual = actual.toISOString();
  if (typeof expected === 'string') {
    if (typeof actual !== 'string') return `${path || 'value'}: ${show(actual)} is not a string`;
    if (expected.includes('…') ? wildcard(actual, expected) : actual === expected) return null;
    return `${path || 'value'}: ${show(actual)} ≠ ${show(expected)}`;
  }
  if (expected === null || typeof expected !== 'object') {
    return Object.is(actual, expected)
      ? null
      : `${path || 'value'}: ${show(actual)} ≠ ${show(expected)}`;
  }
  if (actual === null || typeof actual !== 'object')
    return `${path || 'value'}: ${show(actual)} is not ${Array.isArray(expected) ? 'an array' : 'an object'}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path || 'value'}: ${show(actual)} is not an array`;
    const rest = expected.indexOf(__REST);
    if (rest < 0) {
      if (actual.length !== expected.length)
        return `${path || 'value'}: ${actual.length} items, not ${expected.length}: ${show(actual)}`;
      for (let i = 0; i < expected.length; i++) {
        const m = mismatch(actual[i], expected[i], `${path}[${i}]`);
        if (m) return m;
      }
      return null;
    }
    const head = expected.slice(0, rest);
    const tail = expected.slice(rest + 1).filter((x) => x !== __REST);
    if (actual.length < head.length + tail.length)
      return `${path || 'value'}: only ${actual.length} items: ${show(actual)}`;
    for (let i = 0; i < head.length; i++) {
      const m = mismatch(actual[i], head[i], `${path}[${i}]`);
      if (m) return m;
    }
    for (let i = 0; i < tail.length; i++) {
      const k = actual.length - tail.length + i;
      const m = mismatch(actual[k], tail[i], `${path}[${k}]`);
      if (m) return m;
    }
    return null;
  }
  const keys = Object.keys(expected);
  // `{ a: 1, … }` reads as `{ a: 1, __REST }`: the keys it names, whatever else there is.
  const partial = expected.__REST === __REST;
  for (const k of keys) {
    if (partial && k === '__REST') continue;
    const m = mismatch(actual[k], expected[k], `${path}.${k}`);
    if (m) return m;
  }
  if (!partial) {
    const extra = Object.keys(actual).filter((k) => !keys.includes(k) && actual[k] !== undefined);
    if (extra.length > 0)
      return `${path || 'value'}: unexpected keys ${extra.join(', ')} in ${show(actual)}`;
  }
  return null;
}

/** Records each claim's outcome; the runner reads `claims` after each example. */
export const claims = { checked: 0, failed: [] };

export function __claim(actual, expected, where) {
  claims.checked++;
  const m = mismatch(actual, expected);
  if (m) claims.failed.push(`${where}: ${m}`);
}

/** `//=> throws Name CODE`: the statement throws an error of that name (and code). */
export function __throws(f, name, code, where) {
  claims.checked++;
  try {
    f();
  } catch (e) {
    if (e?.name !== name)
      claims.failed.push(`${where}: threw ${e?.name}, not ${name}: ${e?.message}`);
    else if (code && e?.code !== code)
      claims.failed.push(`${where}: threw ${name} ${e?.code}, not ${code}`);
    return;
  }
  claims.failed.push(`${where}: did not throw (${name} ${code} expected)`);
}
