import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedSurvey } from './__fixtures__/surveys';
import { aggregate } from './aggregate';
import type { AggregateOptions, SurveyAggregate } from './aggregateTypes';
import { sipasSurvey } from './builtins/sipasSurvey';
import { defineSurvey } from './defineSurvey';
import { isSurveyError } from './errors';
import { mergeAggregates } from './mergeAggregates';
import { safeParseSurveyAggregate as parseSurveyAggregate } from './parseSurveyAggregate';
import { sampleResponses } from './sampleResponses';

const survey = mixedSurvey();

/** Responses to the mixed survey: mostly valid, some invalid, with awkward weights. */
const responseArb = fc.record({
  answers: fc.record(
    {
      overall: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(9)),
      recommend: fc.integer({ min: 0, max: 10 }),
      attitude: fc.integer({ min: 0, max: 3 }),
      time: fc.constantFrom('early', 'onTime', 'late'),
      sources: fc.subarray(['portal', 'counter', 'friends'], { minLength: 1, maxLength: 2 }),
      oneStop: fc.boolean(),
      why: fc.constantFrom('Chậm', 'Xa'),
      contacts: fc.integer({ min: 0, max: 30 }),
    },
    { requiredKeys: [] },
  ),
  meta: fc.record(
    {
      unit: fc.constantFrom('00235', '00238', '00241'),
      channel: fc.constantFrom('direct', 'online', 'postal'),
      stratum: fc.constantFrom('urban', 'rural', 'island'),
      // Weights whose floating-point sums depend on the order of addition.
      weight: fc.constantFrom(0.1, 0.2, 0.3, 1.7, 2.35, 1e-3, 3),
    },
    { requiredKeys: [] },
  ),
});
const responsesArb = fc.array(responseArb, { maxLength: 40 });

const optionsArb: fc.Arbitrary<AggregateOptions> = fc.record(
  {
    by: fc.constantFrom<AggregateOptions['by']>([], ['unit'], ['channel', 'unit']),
    weight: fc.constantFrom<AggregateOptions['weight']>('meta', {
      strata: { urban: 1.1, rural: 0.35 },
    }),
    satisfied: fc.constantFrom({ topBoxes: 1 }, { topBoxes: 2 }, { topBoxes: 3 }),
  },
  { requiredKeys: [] },
);

/** Deep equality, plus identical JSON (same key order, bit-identical numbers). */
function expectSame(a: SurveyAggregate, b: SurveyAggregate): void {
  expect(a).toEqual(b);
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isSurveyError(e) ? e.code : 'OTHER';
  }
  return undefined;
}

describe('mergeAggregates', () => {
  it('never aliases its inputs: the merged settings are a copy', () => {
    const survey = sipasSurvey();
    const a = aggregate(survey, sampleResponses(survey, 20, 1), { by: ['channel'] });
    const b = aggregate(survey, sampleResponses(survey, 20, 2), { by: ['channel'] });
    const m = mergeAggregates(a, b);
    expect(m.settings).toEqual(a.settings);
    expect(m.settings).not.toBe(a.settings);
    expect(m.settings.by).not.toBe(a.settings.by);
  });

  it('merging two halves equals aggregating everything (contract)', () => {
    const responses = sampleResponses(survey, 300, 11);
    const a = responses.slice(0, 120);
    const b = responses.slice(120);
    expectSame(
      mergeAggregates(
        aggregate(survey, a, { by: ['unit'] }),
        aggregate(survey, b, { by: ['unit'] }),
      ),
      aggregate(survey, [...a, ...b], { by: ['unit'] }),
    );
  });

  it('merge of a split equals the aggregate of the whole, weighted or not (property)', () => {
    fc.assert(
      fc.property(responsesArb, fc.nat(), optionsArb, (responses, cut, options) => {
        const k = responses.length === 0 ? 0 : cut % (responses.length + 1);
        const a = responses.slice(0, k);
        const b = responses.slice(k);
        expectSame(
          mergeAggregates(aggregate(survey, a, options), aggregate(survey, b, options)),
          aggregate(survey, responses, options),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of responses, even with weights (property)', () => {
    fc.assert(
      fc.property(responsesArb, optionsArb, (responses, options) => {
        expectSame(
          aggregate(survey, [...responses].reverse(), options),
          aggregate(survey, responses, options),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('is associative and commutative, with the empty aggregate as identity (property)', () => {
    fc.assert(
      fc.property(responsesArb, responsesArb, responsesArb, optionsArb, (ra, rb, rc, options) => {
        const a = aggregate(survey, ra, options);
        const b = aggregate(survey, rb, options);
        const c = aggregate(survey, rc, options);
        const empty = aggregate(survey, [], options);
        expectSame(
          mergeAggregates(mergeAggregates(a, b), c),
          mergeAggregates(a, mergeAggregates(b, c)),
        );
        expectSame(mergeAggregates(a, b), mergeAggregates(b, a));
        expectSame(mergeAggregates(a, empty), a);
        expectSame(mergeAggregates(empty, a), a);
        expectSame(mergeAggregates(a, b, c), mergeAggregates(mergeAggregates(a, b), c));
      }),
      { numRuns: 100 },
    );
  });

  it('merges aggregates that went through JSON (per ward → city)', () => {
    const s = sipasSurvey();
    const wards = [1, 2, 3, 4, 5].map((seed) => sampleResponses(s, 60, seed));
    const stored = wards.map((w) => JSON.stringify(aggregate(s, w, { by: ['channel'] })));
    const city = mergeAggregates(
      ...(stored.map((json) => JSON.parse(json)) as [SurveyAggregate<string, string>]),
    );
    expectSame(city, aggregate(s, wards.flat(), { by: ['channel'] }));
    const parsed = stored.map((json) => parseSurveyAggregate(JSON.parse(json)));
    expect(parsed.every((p) => p.ok)).toBe(true);
  });

  it('does not modify its arguments', () => {
    const a = aggregate(survey, sampleResponses(survey, 20, 1), { by: ['unit'] });
    const b = aggregate(survey, sampleResponses(survey, 20, 2), { by: ['unit'] });
    const before = JSON.stringify([a, b]);
    mergeAggregates(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it('refuses aggregates of different surveys, versions or settings', () => {
    const a = aggregate(survey, []);
    const other = defineSurvey({ ...survey, id: 'other' });
    const v4 = defineSurvey({ ...survey, version: 4 });
    const changed = defineSurvey({
      ...survey,
      questions: survey.questions.map((q) =>
        q.key === 'overall' ? { ...q, satisfiedFrom: 5 } : q,
      ),
    });
    expect(codeOf(() => mergeAggregates(a, aggregate(other, [])))).toBe('AGGREGATE_MISMATCH');
    expect(codeOf(() => mergeAggregates(a, aggregate(v4, [])))).toBe('AGGREGATE_MISMATCH');
    expect(codeOf(() => mergeAggregates(a, aggregate(changed, [])))).toBe('AGGREGATE_MISMATCH');
    expect(codeOf(() => mergeAggregates(a, aggregate(survey, [], { by: ['unit'] })))).toBe(
      'AGGREGATE_MISMATCH',
    );
    expect(codeOf(() => mergeAggregates(a, aggregate(survey, [], { weight: 'meta' })))).toBe(
      'AGGREGATE_MISMATCH',
    );
    expect(
      codeOf(() => mergeAggregates(a, aggregate(survey, [], { satisfied: { topBoxes: 1 } }))),
    ).toBe('AGGREGATE_MISMATCH');
    expect(codeOf(() => mergeAggregates(a, {} as SurveyAggregate))).toBe('INVALID_AGGREGATE');
    let caught: unknown;
    try {
      mergeAggregates(a, aggregate(other, []));
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).message).toBe(
      'mergeAggregates: cannot merge aggregates that differ in survey id or version',
    );
  });
});

describe('aggregates from untrusted JSON (issue reproducers)', () => {
  it('a scale of a billion values is refused, not expanded until the process aborts', () => {
    const survey = sipasSurvey();
    const agg = JSON.parse(JSON.stringify(aggregate(survey, sampleResponses(survey, 5, 3))));
    const key = Object.keys(agg.questions).find((k) => agg.questions[k].scale !== null) as string;
    agg.questions[key].scale = { min: 1, max: 1e9 };
    expect(parseSurveyAggregate(agg).ok).toBe(false);
    expect(() => mergeAggregates(agg, agg)).toThrow(
      expect.objectContaining({ code: 'INVALID_AGGREGATE' }),
    );
  });

  it('a scale a definition could not declare (min above 100) is refused by the parser and merge alike', () => {
    const survey = sipasSurvey();
    const agg = JSON.parse(JSON.stringify(aggregate(survey, sampleResponses(survey, 5, 3))));
    const key = Object.keys(agg.questions).find((k) => agg.questions[k].scale !== null) as string;
    agg.questions[key].scale = { min: 150, max: 160 };
    expect(parseSurveyAggregate(agg).ok).toBe(false);
    expect(() => mergeAggregates(agg, agg)).toThrow(
      expect.objectContaining({ code: 'INVALID_AGGREGATE' }),
    );
  });
});
