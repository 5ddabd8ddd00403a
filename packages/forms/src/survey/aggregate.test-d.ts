import { describe, expectTypeOf, it } from 'vitest';
import { aggregate } from './aggregate';
import type { QuestionAggregate, SurveyAggregate } from './aggregateTypes';
import { sipasSurvey } from './builtins/sipasSurvey';
import { defineSurvey } from './defineSurvey';
import { mergeAggregates } from './mergeAggregates';

describe('survey types', () => {
  it('keeps question and element keys as literal types', () => {
    const survey = defineSurvey({
      id: 's',
      version: 1,
      title: { vi: 'K', en: 'S' },
      questions: [
        { key: 'q1', type: 'rating', element: 'staff', label: { vi: 'a', en: 'a' } },
        {
          key: 'q2',
          type: 'nps',
          label: { vi: 'b', en: 'b' },
          visibleIf: { question: 'q1', equals: 5 },
        },
      ],
    });
    const agg = aggregate(survey, []);
    expectTypeOf(agg.questions.q1).toEqualTypeOf<QuestionAggregate<'staff'>>();
    expectTypeOf(agg.questions.q2.nps).toEqualTypeOf<number | null>();
    expectTypeOf(agg.elements.staff.satisfiedShare).toEqualTypeOf<number | null>();
    expectTypeOf(agg.groups['00235']).toEqualTypeOf<
      SurveyAggregate<'q1' | 'q2', 'staff'> | undefined
    >();
    expectTypeOf(mergeAggregates(agg, agg)).toEqualTypeOf(agg);
    // @ts-expect-error q3 is not a question
    agg.questions.q3;
  });

  it('rejects a condition on an unknown question', () => {
    defineSurvey({
      id: 's',
      version: 1,
      title: { vi: 'K', en: 'S' },
      questions: [
        { key: 'q1', type: 'rating', label: { vi: 'a', en: 'a' } },
        {
          key: 'q2',
          type: 'nps',
          label: { vi: 'b', en: 'b' },
          // @ts-expect-error q9 is not a question key
          visibleIf: { question: 'q9', equals: 5 },
        },
      ],
    });
  });

  it('types the built-ins', () => {
    const agg = aggregate(sipasSurvey(), []);
    expectTypeOf(agg.elements.feedback.questions).toEqualTypeOf<
      readonly (
        | 'accessSeats'
        | 'accessEquipment'
        | 'accessEquipmentEasy'
        | 'accessLocation'
        | 'procPosted'
        | 'procPostedAccurate'
        | 'procDocuments'
        | 'procFees'
        | 'procTimeLimit'
        | 'staffPolite'
        | 'staffListening'
        | 'staffAnswers'
        | 'staffGuidance'
        | 'staffClear'
        | 'staffCompliant'
        | 'resultLawful'
        | 'resultComplete'
        | 'resultAccurate'
        | 'gaveFeedback'
        | 'feedbackChannels'
        | 'feedbackEasy'
        | 'feedbackHandled'
        | 'feedbackInformed'
        | 'overall'
        | 'comment'
      )[]
    >();
  });
});
