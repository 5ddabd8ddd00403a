import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';
import { dossierEvaluation } from './builtins/dossierEvaluation';
import { sipasSurvey } from './builtins/sipasSurvey';
import { defineSurvey } from './defineSurvey';
import { isSurveyError, SurveyError } from './errors';
import type { SurveyDefinition } from './types';

const title = { vi: 'Khảo sát', en: 'Survey' };
const label = (s: string) => ({ vi: s, en: s });

const base = {
  id: 's',
  version: 1,
  title,
  questions: [
    { key: 'q1', type: 'rating', label: label('Q1') },
    { key: 'q2', type: 'nps', label: label('Q2') },
  ],
};

describe('defineSurvey', () => {
  it('accepts the contract example, without an elements list', () => {
    const survey = defineSurvey({
      id: 'ward-csat',
      version: 1,
      title,
      questions: [
        { key: 'q1', type: 'rating', element: 'staff', label: label('Q1') },
        { key: 'q2', type: 'nps', element: 'staff', label: label('Q2') },
      ],
    });
    expect(survey.questions.map((q) => q.key)).toEqual(['q1', 'q2']);
    // Elements are implied by the questions.
    const agg = aggregate(survey, []);
    expect(Object.keys(agg.elements)).toEqual(['staff']);
  });

  it('returns a deep-frozen copy and leaves the input alone', () => {
    const input: SurveyDefinition = JSON.parse(JSON.stringify(base));
    const before = JSON.stringify(input);
    const survey = defineSurvey(input);
    expect(survey).not.toBe(input);
    expect(survey).toEqual(input);
    expect(Object.isFrozen(survey)).toBe(true);
    expect(Object.isFrozen(survey.questions)).toBe(true);
    expect(Object.isFrozen(survey.questions[0]?.label)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('throws a bilingual INVALID_SURVEY error listing every issue', () => {
    let caught: unknown;
    try {
      defineSurvey({
        id: 's',
        version: 1,
        title,
        questions: [
          { key: 'q1', type: 'rating', label: label('Q1') },
          { key: 'q1', type: 'nps', label: label('Q2') },
        ],
      });
    } catch (e) {
      caught = e;
    }
    expect(isSurveyError(caught)).toBe(true);
    const err = caught as SurveyError;
    expect(err).toBeInstanceOf(SurveyError);
    expect(err.code).toBe('INVALID_SURVEY');
    expect(err.message).toBe(
      'Invalid survey definition (1 issue(s)): questions.1.key: Duplicate key "q1"',
    );
    expect(err.messageVi).toBe(
      'Định nghĩa khảo sát không hợp lệ (1 lỗi): questions.1.key: Khoá "q1" bị trùng',
    );
    expect(err.details['issues']).toEqual([
      {
        path: ['questions', 1, 'key'],
        code: 'duplicate_key',
        message: 'Duplicate key "q1"',
        params: { key: 'q1' },
      },
    ]);
  });

  it('the built-in surveys are valid and come back fresh every call', () => {
    expect(() => defineSurvey(sipasSurvey())).not.toThrow();
    expect(() => defineSurvey(dossierEvaluation())).not.toThrow();
    const a = sipasSurvey();
    const b = sipasSurvey();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(Object.isFrozen(a)).toBe(false);
  });
});
