import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedSurvey } from './__fixtures__/surveys';
import { aggregate } from './aggregate';
import type { AggregateOptions, SurveyAggregate } from './aggregateTypes';
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

describe('parseSurveyAggregate', () => {
  it('round-trips through JSON (property)', () => {
    fc.assert(
      fc.property(responsesArb, optionsArb, (responses, options) => {
        const agg = aggregate(survey, responses, options);
        const back = parseSurveyAggregate(JSON.parse(JSON.stringify(agg)));
        expect(back.ok).toBe(true);
        if (back.ok) expectSame(back.value, agg);
      }),
      { numRuns: 100 },
    );
  });

  it('recomputes derived numbers that were edited', () => {
    const agg = aggregate(survey, sampleResponses(survey, 30, 4));
    const tampered = JSON.parse(JSON.stringify(agg));
    tampered.questions.overall.mean = 99;
    tampered.count = 1;
    const back = parseSurveyAggregate(tampered);
    expect(back.ok && back.value).toEqual(agg);
  });

  it.each([
    [null, ':invalid_type'],
    [{ kind: 'other' }, 'kind:invalid_value'],
    [{ cellsWeight: -1 }, 'cells.0.weight:invalid_type'],
    [{ cellsCount: 1.5 }, 'cells.0.responses:invalid_type'],
    [{ unknownValue: true }, 'cells.0.questions.overall.values.6:invalid_value'],
    [{ badBy: true }, 'settings.by:invalid_value'],
  ])('reports broken input %j', (spec, expected) => {
    let input: unknown = spec;
    if (spec !== null && !('kind' in spec)) {
      const agg = JSON.parse(JSON.stringify(aggregate(survey, sampleResponses(survey, 5, 1))));
      if ('cellsWeight' in spec) agg.cells[0].weight = -1;
      if ('cellsCount' in spec) agg.cells[0].responses = 1.5;
      if ('unknownValue' in spec) agg.cells[0].questions.overall.values['6'] = 1;
      if ('badBy' in spec) agg.settings.by = ['ward'];
      input = agg;
    }
    const r = parseSurveyAggregate(input, { locale: 'en' });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([expected]);
  });

  it('never throws (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(parseSurveyAggregate(input).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
