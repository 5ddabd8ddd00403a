import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate';
import { defineSurvey } from '../defineSurvey';
import { sampleResponses } from '../sampleResponses';
import { validateResponse } from '../validateResponse';
import { dossierEvaluation } from './dossierEvaluation';
import { sipasSurvey } from './sipasSurvey';

describe('sipasSurvey', () => {
  const survey = sipasSurvey();

  it('has the five SIPAS elements and 22 criteria rated 1–5', () => {
    expect(survey.elements?.map((e) => e.key)).toEqual([
      'access',
      'procedures',
      'staff',
      'results',
      'feedback',
    ]);
    expect(survey.elements?.[2]?.label.vi).toBe('Công chức giải quyết công việc');
    const criteria = survey.questions.filter((q) => q.element !== undefined);
    expect(criteria).toHaveLength(22);
    const perElement = Object.fromEntries(
      (survey.elements ?? []).map((e) => [
        e.key,
        criteria.filter((q) => q.element === e.key).length,
      ]),
    );
    expect(perElement).toEqual({ access: 4, procedures: 5, staff: 6, results: 3, feedback: 4 });
    for (const q of criteria) {
      expect(q.type).toBe('rating');
      if (q.type === 'rating')
        expect(q.scale?.labels?.map((l) => l.vi)).toEqual([
          'Rất không hài lòng',
          'Không hài lòng',
          'Bình thường',
          'Hài lòng',
          'Rất hài lòng',
        ]);
    }
  });

  it('validates its own sample responses, unchanged', () => {
    for (const r of sampleResponses(survey, 300, 2026)) {
      expect(validateResponse(survey, r)).toEqual({ ok: true, value: r });
    }
  });

  it('asks the last two feedback criteria only of citizens who gave feedback', () => {
    const r = validateResponse(survey, {
      answers: { overall: 4, gaveFeedback: false, feedbackHandled: 1, feedbackEasy: 5 },
    });
    expect(r).toEqual({
      ok: true,
      value: { answers: { gaveFeedback: false, feedbackEasy: 5, overall: 4 }, meta: {} },
    });
  });

  it('reports per element and overall', () => {
    const agg = aggregate(survey, sampleResponses(survey, 500, 1));
    expect(agg.count).toBe(500);
    for (const key of ['access', 'procedures', 'staff', 'results', 'feedback'] as const) {
      const el = agg.elements[key];
      expect(el.scale).toEqual({ min: 1, max: 5 });
      expect(el.satisfiedShare).toBeGreaterThan(0.6);
      expect(el.satisfiedShare).toBeLessThan(0.9);
    }
    // The overall rating is not in the index; the 22 criteria are.
    expect(agg.overall.questions).toHaveLength(22);
    expect(agg.questions.overall.inIndex).toBe(false);
  });

  it('is editable: a fresh copy every call', () => {
    const mine = sipasSurvey();
    const edited = defineSurvey({
      ...mine,
      questions: mine.questions.filter((q) => q.element !== 'feedback' || q.key === 'feedbackEasy'),
    });
    expect(edited.questions.length).toBe(22);
    expect(sipasSurvey().questions).toHaveLength(25);
  });
});

describe('dossierEvaluation', () => {
  const survey = dossierEvaluation();

  it('requires the dossier code and has the per-dossier criteria', () => {
    expect(survey.requiredMeta).toEqual(['dossierCode']);
    expect(survey.questions.map((q) => q.key)).toEqual([
      'overall',
      'convenience',
      'timeliness',
      'timeVsLimit',
      'contacts',
      'agencies',
      'oneStop',
      'attitude',
      'publicity',
      'gaveFeedback',
      'feedbackHandling',
      'usedOnline',
      'onlineQuality',
      'comment',
    ]);
  });

  it('validates its own sample responses, unchanged', () => {
    const responses = sampleResponses(survey, 300, 7);
    for (const r of responses) {
      expect(r.meta.dossierCode).toMatch(/^000\.00\.01\.H26-26\d{4}-\d{4}$/);
      expect(validateResponse(survey, r)).toEqual({ ok: true, value: r });
    }
  });

  it('rejects an evaluation without a dossier code', () => {
    const r = validateResponse(survey, { answers: { overall: 5 } }, { locale: 'en' });
    expect(r).toEqual({
      ok: false,
      issues: [
        { path: ['meta', 'dossierCode'], code: 'required', message: 'An answer is required' },
      ],
    });
  });

  it('reports the share of dossiers done in one contact and handled at the one-stop section', () => {
    const agg = aggregate(survey, [
      {
        answers: { overall: 5, contacts: 1, agencies: 1, oneStop: true, timeVsLimit: 'early' },
        meta: { dossierCode: 'H26-260213-0001' },
      },
      {
        answers: { overall: 3, contacts: 3, agencies: 2, oneStop: false, timeVsLimit: 'late' },
        meta: { dossierCode: 'H26-260213-0002' },
      },
      {
        answers: { overall: 4, contacts: 0, oneStop: true, timeVsLimit: 'onTime' },
        meta: { dossierCode: 'H26-260213-0003' },
      },
    ]);
    expect(agg.questions.contacts.satisfiedShare).toBeCloseTo(2 / 3, 15);
    expect(agg.questions.oneStop.satisfiedShare).toBeCloseTo(2 / 3, 15);
    expect(agg.questions.timeVsLimit.satisfiedShare).toBeCloseTo(2 / 3, 15);
    // contacts, agencies and oneStop are not in the index: the element has no index question.
    expect(agg.elements.contacts).toMatchObject({
      questions: [],
      answers: 0,
      satisfiedShare: null,
    });
    // time: timeVsLimit only (2 of 3) → the element index.
    expect(agg.elements.time.satisfiedShare).toBeCloseTo(2 / 3, 15);
  });
});
