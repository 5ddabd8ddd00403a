/**
 * The totality rule, fuzzed: every exported function of every package (enumerated from the
 * packages' exports, so a new export is fuzzed too) is called with generated JSON and hostile values
 * (null, `{ toString: 1 }`, objects without a prototype, instants without an offset, huge numbers,
 * Invalid Dates). It must return, or throw its package's typed error (`isMotcuaError`): never a
 * `TypeError`, `RangeError` or stack overflow, never an Invalid Date, and never touch
 * `Object.prototype`.
 *
 * CI runs a few dozen cases per function; a longer run is one command away:
 * `MOTCUA_FUZZ_RUNS=2000 npx -y pnpm@10.34.9 test:once packages/core/src/fuzz.test.ts`.
 */
import * as errors from '@motcua/errors';
import * as forms from '@motcua/forms';
import * as sla from '@motcua/sla';
import * as schedule from '@motcua/sla/schedule';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from './index';

const RUNS = Number(process.env['MOTCUA_FUZZ_RUNS'] ?? 40);

/** Identity helpers that return their argument as given (typed builders, not validators). */
const IDENTITY = new Set(['forms.defineForm']);

/** An array nested 10,000 deep: recursion in a reader or a message overflows the stack on it. */
const deep: unknown[] = [];
{
  let a = deep;
  for (let i = 0; i < 10_000; i++) {
    const b: unknown[] = [];
    a.push(b);
    a = b;
  }
}

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    undefined,
    {},
    [],
    '',
    0,
    -1,
    Number.NaN,
    1e15,
    Number.POSITIVE_INFINITY,
    { toString: 1 },
    Object.create(null),
    '2026-02-24T09:00:00',
    '2026-02-30',
    new Date(Number.NaN),
    JSON.parse('{"__proto__":{"polluted":1}}'),
    'x'.repeat(100_000),
    // The edges of Date, a receipt before the supported years, values no template can print.
    new Date(8.64e15),
    new Date(-8.64e15),
    '1800-01-01T00:00:00Z',
    { toString: 1, valueOf: 1 },
    1n,
    deep,
  ),
);

function exportedFunctions(): [string, (...args: unknown[]) => unknown][] {
  const modules: Record<string, Record<string, unknown>> = {
    errors,
    sla,
    'sla/schedule': schedule,
    forms,
    'forms.vn': forms.vn as unknown as Record<string, unknown>,
    core,
  };
  const out: [string, (...args: unknown[]) => unknown][] = [];
  for (const [m, mod] of Object.entries(modules))
    for (const [name, f] of Object.entries(mod))
      if (typeof f === 'function' && !/^[A-Z]/.test(name) && !IDENTITY.has(`${m}.${name}`))
        out.push([`${m}.${name}`, f as (...args: unknown[]) => unknown]);
  return out;
}

describe('every exported function is total on hostile input', () => {
  const fns = exportedFunctions();

  it('enumerates the exports (a new export is fuzzed too)', () => {
    expect(fns.length).toBeGreaterThan(100);
  });

  it.each(fns)('%s', async (_name, f) => {
    const before = Object.getOwnPropertyNames(Object.prototype).length;
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { maxLength: 3 }), async (args) => {
        let result: unknown;
        try {
          result = f(...args);
          // Async entry points (aggregateDossiersAsync, aggregateAsync) must reject with a typed error too.
          if (result instanceof Promise) result = await result;
        } catch (e) {
          if (errors.isMotcuaError(e)) return;
          throw new Error(`untyped ${(e as Error)?.name}: ${(e as Error)?.message}`);
        }
        if (result instanceof Date) expect(Number.isNaN(result.getTime())).toBe(false);
      }),
      { numRuns: RUNS },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
