import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';
import { sipasSurvey } from './builtins/sipasSurvey';
import { mergeAggregates } from './mergeAggregates';
import { safeParseSurveyAggregate } from './parseSurveyAggregate';
import { gridWeight, MAX_CELLS } from './patterns';
import { sampleResponses } from './sampleResponses';

const survey = sipasSurvey();
/** Sample responses with continuous weights (as raking produces), deterministic per seed. */
function weighted(n: number, seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
  return sampleResponses(survey, n, seed).map((r) => ({
    ...r,
    meta: { ...r.meta, weight: 0.2 + next() * 4.8 },
  }));
}

/** The grid's definition: what `gridWeight` computes without allocating a string. */
const definition = (w: number) => Number(w.toPrecision(3));

/** The doubles next to `x` (one ulp either side). */
function neighbours(x: number): number[] {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  const out: number[] = [];
  for (const d of [-2n, -1n, 0n, 1n, 2n]) {
    const g = new BigInt64Array([(b[0] as bigint) + d]);
    out.push(new Float64Array(g.buffer)[0] as number);
  }
  return out;
}

describe('gridWeight is Number(w.toPrecision(3)) on 0.001–1000', () => {
  it('for any double in range', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1000, noNaN: true }), (w) => {
        expect(gridWeight(w)).toBe(definition(w));
      }),
      { numRuns: 20_000 },
    );
  });

  it('at and beside every tie of the grid (n + ½ units of the third digit) and every power of ten', () => {
    const checked: number[] = [];
    for (let k = 0; k <= 5; k++) {
      for (let n = 100; n < 1000; n++) {
        const tie = (n + 0.5) / 10 ** k;
        checked.push(...neighbours(tie));
      }
    }
    for (let p = -3; p <= 3; p++) checked.push(...neighbours(10 ** p));
    const inRange = checked.filter((w) => w >= 0.001 && w <= 1000);
    expect(inRange.length).toBeGreaterThan(25_000);
    for (const w of inRange) expect([w, gridWeight(w)]).toEqual([w, definition(w)]);
  });

  it('refuses what is not a number in range', () => {
    for (const w of [0.000_999, 1000.000_1, Number.NaN, Infinity, -1, '1', null, undefined]) {
      expect(gridWeight(w)).toBeNull();
    }
  });
});

describe('weighted aggregates stay bounded, exact and mergeable (issue #13)', () => {
  it('continuous weights give a bounded number of cells, not one per response', () => {
    const agg = aggregate(survey, weighted(20_000, 3), { weight: 'meta' });
    expect(agg.count).toBe(20_000);
    // 0.2–5.0 on a 3-significant-digit grid: at most 800 + 400 + 1 weights.
    expect(agg.cells.length).toBeLessThanOrEqual(1201);
    expect(agg.cells.length).toBeLessThan(MAX_CELLS);
    expect(agg.cells.every((c) => Number(c.weight.toPrecision(3)) === c.weight)).toBe(true);
  });

  it('reads a weight to 3 significant digits; outside 0.001–1000 the response is invalid', () => {
    const [r] = sampleResponses(survey, 1, 9);
    if (!r) throw new Error('no response');
    const at = (weight: unknown) =>
      aggregate(survey, [{ ...r, meta: { ...r.meta, weight } }], { weight: 'meta' });
    expect(at(1.23456).cells[0]?.weight).toBe(1.23);
    expect(at(1.23456).weightedCount).toBe(1.23);
    for (const bad of [0, -1, 0.0009, 1001, Number.NaN, Number.POSITIVE_INFINITY, '1'])
      expect(at(bad).invalid).toBe(1);
  });

  it('merging weighted aggregates equals aggregating everything (property, continuous weights)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 60 }),
        (seed, cut) => {
          const all = weighted(60, seed);
          const a = aggregate(survey, all.slice(0, cut), { weight: 'meta', by: ['unit'] });
          const b = aggregate(survey, all.slice(cut), { weight: 'meta', by: ['unit'] });
          expect(mergeAggregates(a, b)).toEqual(
            aggregate(survey, all, { weight: 'meta', by: ['unit'] }),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('an aggregate received as data has grid weights and a bounded number of cells', () => {
    const agg = aggregate(survey, weighted(50, 1), { weight: 'meta' });
    const json = JSON.parse(JSON.stringify(agg));
    expect(safeParseSurveyAggregate(json).ok).toBe(true);
    json.cells[0].weight = 1.23456;
    expect(safeParseSurveyAggregate(json).ok).toBe(false);
    const many = JSON.parse(JSON.stringify(agg));
    many.cells = Array.from({ length: MAX_CELLS + 1 }, () => many.cells[0]);
    const r = safeParseSurveyAggregate(many);
    expect(!r.ok && r.issues[0]?.code).toBe('too_large');
  });
});
