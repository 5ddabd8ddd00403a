import { describe, expect, it } from 'vitest';
import { mixedSurvey } from './__fixtures__/surveys';
import { aggregate } from './aggregate';
import { aggregateAsync } from './aggregateAsync';
import { defineSurvey } from './defineSurvey';
import { isSurveyError } from './errors';
import { sampleResponses } from './sampleResponses';

const contract = defineSurvey({
  id: 'ward-csat',
  version: 1,
  title: { vi: 'Khảo sát', en: 'Survey' },
  questions: [
    { key: 'q1', type: 'rating', element: 'staff', label: { vi: 'Thái độ', en: 'Attitude' } },
    { key: 'q2', type: 'nps', label: { vi: 'Giới thiệu?', en: 'Recommend?' } },
  ],
});

// The worked example of the guide (docs/guides/measuring-satisfaction.md).
const Q1 = [5, 4, 4, 3, 5, 2, 4, 5, 1, 4];
const Q2 = [10, 9, 8, 6, 10, 3, 7, 9, 0, 9];
const tenResponses = Q1.map((q1, i) => ({
  answers: { q1, q2: Q2[i] ?? 0 },
  meta: { unit: i < 6 ? '00235' : '00238', channel: i % 2 === 0 ? 'online' : 'direct' },
}));

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isSurveyError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

describe('aggregate: the worked example (10 responses)', () => {
  const agg = aggregate(contract, tenResponses, { by: ['unit'] });

  it('counts', () => {
    expect(agg.count).toBe(10);
    expect(agg.invalid).toBe(0);
    expect(agg.weightedCount).toBe(10);
    expect(agg.effectiveCount).toBe(10);
  });

  it('rating: mean 3.7, sd 1.3375, top-2 share 0.7, Wilson [0.3968, 0.8922]', () => {
    const q1 = agg.questions.q1;
    expect(q1.count).toBe(10);
    expect(q1.mean).toBe(3.7);
    // Σ(x − 3.7)² = 16.1; 16.1 / 9 = 1.78889; √ = 1.33749
    expect(q1.stdDev).toBeCloseTo(1.3375, 4);
    expect(q1.distribution).toEqual({ '1': 1, '2': 1, '3': 1, '4': 4, '5': 3 });
    expect(q1.shares).toEqual({ '1': 0.1, '2': 0.1, '3': 0.1, '4': 0.4, '5': 0.3 });
    expect(q1.satisfiedValues).toEqual(['4', '5']);
    expect(q1.satisfiedCount).toBe(7);
    expect(q1.satisfiedShare).toBe(0.7);
    expect(q1.satisfiedInterval?.lower).toBeCloseTo(0.3968, 4);
    expect(q1.satisfiedInterval?.upper).toBeCloseTo(0.8922, 4);
    expect(q1.nps).toBeNull();
  });

  it('NPS: 5 promoters, 2 passives, 3 detractors → +20', () => {
    const q2 = agg.questions.q2;
    expect(q2.promoters).toBe(5);
    expect(q2.passives).toBe(2);
    expect(q2.detractors).toBe(3);
    expect(q2.nps).toBe(20);
    expect(q2.mean).toBe(7.1);
    // top-2 boxes of 0–10 are the promoters
    expect(q2.satisfiedShare).toBe(0.5);
  });

  it('element and overall indices pool the answers', () => {
    expect(agg.elements.staff).toMatchObject({
      questions: ['q1'],
      answers: 10,
      respondents: 10,
      scale: { min: 1, max: 5 },
      mean: 3.7,
      satisfiedCount: 7,
      satisfiedShare: 0.7,
    });
    // 7 satisfied ratings + 5 promoters, over 20 answers by 10 respondents.
    expect(agg.overall).toMatchObject({
      answers: 20,
      respondents: 10,
      satisfiedCount: 12,
      satisfiedShare: 0.6,
      scale: null,
      mean: null,
    });
    expect(agg.overall.satisfiedInterval?.lower).toBeCloseTo(0.3127, 4);
    expect(agg.overall.satisfiedInterval?.upper).toBeCloseTo(0.8318, 4);
  });

  it('breaks down by unit, each group with the same shape', () => {
    expect(Object.keys(agg.groups)).toEqual(['00235', '00238']);
    const g = agg.groups['00235'];
    expect(g?.count).toBe(6);
    // 5, 4, 4, 3, 5, 2 → mean 23/6, satisfied 4/6
    expect(g?.questions.q1.mean).toBe(23 / 6);
    expect(g?.questions.q1.satisfiedShare).toBe(4 / 6);
    expect(g?.settings.by).toEqual([]);
    expect(g?.groups).toEqual({});
    // Unit 00238 answered 7, 9, 0, 9: 2 promoters, 1 passive, 1 detractor → 100 × (2 − 1) / 4
    expect(agg.groups['00238']?.questions.q2.nps).toBe(25);
  });

  it('equals, per group, the aggregate of that group alone', () => {
    const unit = tenResponses.filter((r) => r.meta.unit === '00238');
    expect(agg.groups['00238']).toEqual(aggregate(contract, unit));
  });
});

describe('aggregate: options and edge cases', () => {
  const survey = mixedSurvey();

  it('gives null, never NaN, without answers', () => {
    const agg = aggregate(survey, []);
    expect(agg.count).toBe(0);
    expect(agg.cells).toEqual([]);
    const q = agg.questions.overall;
    expect([q.mean, q.stdDev, q.satisfiedShare, q.satisfiedInterval, q.shares]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(q.distribution).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 });
    expect(agg.questions.recommend.nps).toBeNull();
    expect(agg.overall.satisfiedShare).toBeNull();
    expect(JSON.stringify(agg)).not.toMatch(/NaN|Infinity/);
  });

  it('handles every question type', () => {
    const agg = aggregate(survey, [
      {
        answers: {
          overall: 1,
          time: 'late',
          sources: ['portal', 'friends'],
          oneStop: true,
          why: 'Chậm',
          contacts: 3,
        },
        meta: {},
      },
      {
        answers: { overall: 4, time: 'early', sources: ['portal'], oneStop: false, contacts: 0 },
        meta: {},
      },
      { answers: { overall: 5, time: 'onTime', attitude: 3, contacts: 0 }, meta: {} },
      { answers: { overall: 2, attitude: 0, contacts: 12 }, meta: {} },
    ]);
    expect(agg.questions.time).toMatchObject({
      count: 3,
      mean: null,
      distribution: { early: 1, onTime: 1, late: 1 },
      satisfiedValues: ['early', 'onTime'],
      satisfiedCount: 2,
    });
    expect(agg.questions.time.satisfiedShare).toBeCloseTo(2 / 3, 15);
    // Multiple choice: shares of respondents, which may add up to more than 1.
    expect(agg.questions.sources).toMatchObject({
      count: 2,
      distribution: { portal: 2, counter: 0, friends: 1 },
      shares: { portal: 1, counter: 0, friends: 0.5 },
      satisfiedShare: null,
    });
    expect(agg.questions.oneStop).toMatchObject({
      distribution: { yes: 1, no: 1 },
      satisfiedShare: 0.5,
    });
    // Counts keep only the values seen; "satisfied" is at most one contact.
    expect(agg.questions.contacts).toMatchObject({
      count: 4,
      distribution: { '0': 2, '3': 1, '12': 1 },
      mean: 3.75,
      satisfiedValues: ['0', '1'],
      satisfiedShare: 0.5,
    });
    // Rating 0–3: the top two boxes are 2 and 3.
    expect(agg.questions.attitude).toMatchObject({
      satisfiedValues: ['2', '3'],
      satisfiedShare: 0.5,
      mean: 1.5,
    });
    expect(agg.questions.why).toMatchObject({ count: 1, distribution: {}, mean: null, shares: {} });
    // The service element pools overall (4 and 5: 2 of 4 satisfied) and time (2 of 3): 4 of 7.
    expect(agg.elements.service).toMatchObject({
      answers: 7,
      satisfiedCount: 4,
      respondents: 4,
      scale: null,
    });
    expect(agg.elements.staff).toMatchObject({ answers: 4, satisfiedCount: 2, respondents: 4 });
  });

  it('applies another top-box rule', () => {
    const agg = aggregate(contract, tenResponses, { satisfied: { topBoxes: 1 } });
    expect(agg.settings.topBoxes).toBe(1);
    expect(agg.questions.q1.satisfiedValues).toEqual(['5']);
    expect(agg.questions.q1.satisfiedShare).toBe(0.3);
    expect(agg.questions.q2.satisfiedValues).toEqual(['10']);
  });

  it('weights by stratum: weighted mean, share, Kish effective size and interval', () => {
    const agg = aggregate(
      contract,
      [
        { answers: { q1: 5 }, meta: { stratum: 'urban' } },
        { answers: { q1: 3 }, meta: { stratum: 'urban' } },
        { answers: { q1: 4 }, meta: { stratum: 'rural' } },
        { answers: { q1: 1 }, meta: { stratum: 'rural' } },
        { answers: { q1: 5 }, meta: { stratum: 'unknown' } },
      ],
      { weight: { strata: { urban: 2, rural: 1 } } },
    );
    const q1 = agg.questions.q1;
    expect(agg.invalid).toBe(1); // a stratum missing from the table
    expect(agg.settings.weighting).toBe('strata');
    expect(q1.count).toBe(4);
    expect(q1.weightedCount).toBe(6);
    // (2·5 + 2·3 + 1·4 + 1·1) / 6 = 21 / 6
    expect(q1.mean).toBe(3.5);
    // satisfied: 5 (w 2) and 4 (w 1) → 3 / 6
    expect(q1.satisfiedShare).toBe(0.5);
    // Kish: 6² / (4 + 4 + 1 + 1) = 3.6
    expect(q1.effectiveCount).toBeCloseTo(3.6, 12);
    expect(q1.satisfiedInterval?.lower).toBeCloseTo(0.1408, 4);
    expect(q1.satisfiedInterval?.upper).toBeCloseTo(0.8592, 4);
    // Σw(x − m)² = 11.5; V1 − V2/V1 = 6 − 10/6 → s = √(11.5 / 4.3333) = 1.6291
    expect(q1.stdDev).toBeCloseTo(1.6291, 4);
    expect(q1.distribution).toEqual({ '1': 1, '2': 0, '3': 1, '4': 1, '5': 1 });
    expect(q1.weightedDistribution).toEqual({ '1': 1, '2': 0, '3': 2, '4': 1, '5': 2 });
    expect(agg.cells.map((c) => [c.weight, c.responses])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("weights by each response's meta.weight", () => {
    const agg = aggregate(
      contract,
      [
        { answers: { q1: 5 }, meta: { weight: 0.5 } },
        { answers: { q1: 1 }, meta: { weight: 1.5 } },
        { answers: { q1: 5 }, meta: {} },
        { answers: { q1: 5 }, meta: { weight: -1 } },
      ],
      { weight: 'meta' },
    );
    expect(agg.invalid).toBe(2);
    expect(agg.questions.q1.mean).toBe(2); // (0.5·5 + 1.5·1) / 2
    expect(agg.questions.q1.satisfiedShare).toBe(0.25);
  });

  it('nests multi-key breakdowns, with subtotals at every level', () => {
    const agg = aggregate(contract, tenResponses, { by: ['unit', 'channel'] });
    const unit = agg.groups['00235'];
    expect(unit?.count).toBe(6);
    expect(unit?.settings.by).toEqual(['channel']);
    expect(Object.keys(unit?.groups ?? {})).toEqual(['direct', 'online']);
    expect(unit?.groups['online']?.count).toBe(3);
    expect(unit?.groups['online']?.questions.q1.mean).toBe(14 / 3); // 5, 4, 5
  });

  it("puts responses without the field in the '(none)' group", () => {
    const agg = aggregate(contract, [{ answers: { q1: 5 }, meta: {} }, { answers: { q1: 4 } }], {
      by: ['procedure'],
    });
    expect(Object.keys(agg.groups)).toEqual(['(none)']);
    expect(agg.groups['(none)']?.count).toBe(2);
  });

  it('skips and counts invalid responses, also in the groups it can read', () => {
    const agg = aggregate(
      contract,
      [
        { answers: { q1: 5 }, meta: { unit: 'A' } },
        { answers: { q1: 6 }, meta: { unit: 'A' } }, // out of scale
        { answers: { q1: '5' }, meta: { unit: 'B' } }, // wrong type
        { answers: { q1: 5 }, meta: { unit: 42 } }, // unreadable group key
        null,
        'x',
        { answers: [], meta: {} },
        { answers: { q1: 5 }, meta: 'x' },
      ],
      { by: ['unit'] },
    );
    expect(agg.count).toBe(1);
    expect(agg.invalid).toBe(7);
    expect(agg.groups['A']).toMatchObject({ count: 1, invalid: 1 });
    expect(agg.groups['B']).toMatchObject({ count: 0, invalid: 1, cells: [] });
  });

  it('reads only own answers: inherited and polluted properties are ignored', () => {
    const inherited = { answers: Object.create({ q1: 5 }) as object, meta: {} };
    const nullProto = {
      answers: Object.assign(Object.create(null) as object, { q1: 4 }),
      meta: {},
    };
    const polluted = {
      answers: JSON.parse('{"__proto__": {"q1": 1}, "q2": 10}') as object,
      meta: {},
    };
    const agg = aggregate(contract, [inherited, nullProto, polluted]);
    expect(agg.count).toBe(3);
    expect(agg.questions.q1.distribution).toEqual({ '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 });
    expect(agg.questions.q2.count).toBe(1);
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto['q1'] = 5; // prototype pollution by someone else
      const again = aggregate(contract, [{ answers: { q2: 9 }, meta: {} }]);
      expect(again.questions.q1.count).toBe(0);
    } finally {
      delete proto['q1'];
    }
  });

  it('accepts any iterable, and the async version gives the same result', async () => {
    function* gen() {
      yield* tenResponses;
    }
    async function* agen() {
      yield* tenResponses;
    }
    const expected = aggregate(contract, tenResponses, { by: ['unit'] });
    expect(aggregate(contract, gen(), { by: ['unit'] })).toEqual(expected);
    expect(await aggregateAsync(contract, agen(), { by: ['unit'] })).toEqual(expected);
    expect(await aggregateAsync(contract, tenResponses, { by: ['unit'] })).toEqual(expected);
  });

  it('does not modify the responses', () => {
    const responses = sampleResponses(survey, 50, 5);
    const before = JSON.stringify(responses);
    aggregate(survey, responses, { by: ['unit', 'period'] });
    expect(JSON.stringify(responses)).toBe(before);
  });

  it.each([
    [{ by: ['ward'] }],
    [{ by: ['unit', 'unit'] }],
    [{ satisfied: { topBoxes: 0 } }],
    [{ satisfied: { topBoxes: 1.5 } }],
    [{ weight: 'yes' }],
    [{ weight: { strata: { urban: 0 } } }],
    [{ weight: { strata: { urban: Number.NaN } } }],
  ])('rejects bad options %j', (options) => {
    expect(codeOf(() => aggregate(contract, [], options as never))).toBe('INVALID_ARGUMENT');
  });

  it('rejects a non-iterable', () => {
    expect(codeOf(() => aggregate(contract, 42 as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => aggregateAsync(contract, {} as never))).toBe('INVALID_ARGUMENT');
  });
});
