import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedSurvey } from './__fixtures__/surveys';
import { isSurveyError } from './errors';
import { sampleResponses } from './sampleResponses';
import { validateResponse } from './validateResponse';

describe('sampleResponses', () => {
  const survey = mixedSurvey();

  it('is deterministic for a seed and differs across seeds', () => {
    expect(sampleResponses(survey, 20, 5)).toEqual(sampleResponses(survey, 20, 5));
    expect(sampleResponses(survey, 20, 5)).not.toEqual(sampleResponses(survey, 20, 6));
    expect(sampleResponses(survey, 0, 5)).toEqual([]);
  });

  it('always produces valid responses (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const r of sampleResponses(survey, 10, seed)) {
          expect(validateResponse(survey, r)).toEqual({ ok: true, value: r });
        }
      }),
      { numRuns: 50 },
    );
  });

  it('rejects a bad count', () => {
    for (const n of [-1, 1.5, Number.NaN]) {
      let caught: unknown;
      try {
        sampleResponses(survey, n);
      } catch (e) {
        caught = e;
      }
      expect(isSurveyError(caught) && caught.code).toBe('INVALID_ARGUMENT');
    }
  });
});
