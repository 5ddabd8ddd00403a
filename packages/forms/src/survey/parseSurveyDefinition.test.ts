import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierEvaluation } from './builtins/dossierEvaluation';
import { sipasSurvey } from './builtins/sipasSurvey';
import { defineSurvey } from './defineSurvey';
import { safeParseSurveyDefinition as parseSurveyDefinition } from './parseSurveyDefinition';
import type { SurveyIssue } from './types';

const title = { vi: 'Khảo sát', en: 'Survey' };
const label = (s: string) => ({ vi: s, en: s });

function issuesOf(input: unknown, locale: 'vi' | 'en' = 'en'): readonly SurveyIssue[] {
  const r = parseSurveyDefinition(input, { locale });
  return r.ok ? [] : r.issues;
}

function codes(input: unknown): string[] {
  return issuesOf(input).map((i) => `${i.path.join('.')}:${i.code}`);
}

const base = {
  id: 's',
  version: 1,
  title,
  questions: [
    { key: 'q1', type: 'rating', label: label('Q1') },
    { key: 'q2', type: 'nps', label: label('Q2') },
  ],
};

describe('parseSurveyDefinition', () => {
  it('round-trips the built-in surveys through JSON', () => {
    for (const def of [sipasSurvey(), dossierEvaluation()]) {
      const r = parseSurveyDefinition(JSON.parse(JSON.stringify(def)));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value).toEqual(def);
    }
  });

  it.each([
    [
      'an unknown question type',
      { ...base, questions: [{ key: 'q1', type: 'stars', label: label('Q') }] },
      ['questions.0.type:unknown_question_type'],
    ],
    [
      'duplicate question keys',
      { ...base, questions: [...base.questions, { key: 'q1', type: 'yesNo', label: label('Q') }] },
      ['questions.2.key:duplicate_key'],
    ],
    [
      'a condition on a missing question',
      {
        ...base,
        questions: [
          ...base.questions,
          { key: 'q3', type: 'text', label: label('Q'), visibleIf: { question: 'qq', equals: 1 } },
        ],
      },
      ['questions.2.visibleIf.question:unknown_condition_question'],
    ],
    [
      'a condition on a later question',
      {
        ...base,
        questions: [
          { key: 'q0', type: 'text', label: label('Q'), visibleIf: { question: 'q1', equals: 1 } },
          ...base.questions,
        ],
      },
      ['questions.0.visibleIf.question:condition_forward_reference'],
    ],
    [
      'a condition on the question itself',
      {
        ...base,
        questions: [
          {
            key: 'q1',
            type: 'rating',
            label: label('Q'),
            visibleIf: { question: 'q1', equals: 1 },
          },
        ],
      },
      ['questions.0.visibleIf.question:condition_forward_reference'],
    ],
    [
      'a condition with both equals and in',
      {
        ...base,
        questions: [
          ...base.questions,
          {
            key: 'q3',
            type: 'text',
            label: label('Q'),
            visibleIf: { question: 'q1', equals: 1, in: [2] },
          },
        ],
      },
      ['questions.2.visibleIf:invalid_condition'],
    ],
    [
      'a condition value the question never takes',
      {
        ...base,
        questions: [
          ...base.questions,
          {
            key: 'q3',
            type: 'text',
            label: label('Q'),
            visibleIf: { question: 'q1', in: [5, 6, 'x'] },
          },
        ],
      },
      [
        'questions.2.visibleIf.in.1:invalid_condition_value',
        'questions.2.visibleIf.in.2:invalid_condition_value',
      ],
    ],
    [
      'an element that is not declared',
      {
        ...base,
        elements: [{ key: 'staff', label: label('Staff') }],
        questions: [{ key: 'q1', type: 'rating', element: 'access', label: label('Q') }],
      },
      ['questions.0.element:undeclared_element'],
    ],
    [
      'duplicate elements',
      {
        ...base,
        elements: [
          { key: 'staff', label: label('Staff') },
          { key: 'staff', label: label('Staff 2') },
        ],
      },
      ['elements.1.key:duplicate_key'],
    ],
    [
      'a misspelt property',
      {
        ...base,
        questions: [
          {
            key: 'q1',
            type: 'rating',
            label: label('Q'),
            visibleif: { question: 'q0', equals: 1 },
          },
        ],
      },
      ['questions.0:unknown_property'],
    ],
    [
      'an empty scale',
      {
        ...base,
        questions: [{ key: 'q1', type: 'rating', label: label('Q'), scale: { min: 3, max: 3 } }],
      },
      ['questions.0.scale:invalid_scale'],
    ],
    [
      'the wrong number of scale labels',
      {
        ...base,
        questions: [
          {
            key: 'q1',
            type: 'rating',
            label: label('Q'),
            scale: { min: 1, max: 3, labels: [label('a')] },
          },
        ],
      },
      ['questions.0.scale.labels:invalid_scale'],
    ],
    [
      'a satisfied threshold outside the scale',
      { ...base, questions: [{ key: 'q1', type: 'rating', label: label('Q'), satisfiedFrom: 6 }] },
      ['questions.0.satisfiedFrom:out_of_range'],
    ],
    [
      'duplicate and unknown options',
      {
        ...base,
        questions: [
          {
            key: 'q1',
            type: 'choice',
            label: label('Q'),
            options: [
              { value: 'a', label: label('A') },
              { value: 'a', label: label('A') },
            ],
            satisfiedOptions: ['b'],
          },
        ],
      },
      [
        'questions.0.options.1.value:duplicate_key',
        'questions.0.satisfiedOptions.0:unknown_option',
      ],
    ],
    [
      'minSelected above maxSelected',
      {
        ...base,
        questions: [
          {
            key: 'q1',
            type: 'multiChoice',
            label: label('Q'),
            options: [
              { value: 'a', label: label('A') },
              { value: 'b', label: label('B') },
            ],
            minSelected: 2,
            maxSelected: 1,
          },
        ],
      },
      ['questions.0.maxSelected:invalid_scale'],
    ],
    [
      'a reserved key',
      { ...base, questions: [{ key: 'constructor', type: 'yesNo', label: label('Q') }] },
      ['questions.0.key:reserved_key'],
    ],
    [
      'inIndex on a question without a satisfied rule',
      { ...base, questions: [{ key: 'q1', type: 'text', label: label('Q'), inIndex: true }] },
      ['questions.0.inIndex:invalid_value'],
    ],
    ['no questions', { ...base, questions: [] }, ['questions:too_small']],
    ['a bad id', { ...base, id: 'a b' }, ['id:invalid_format']],
    ['a missing title', { ...base, title: undefined }, ['title:invalid_type']],
    [
      'a duplicate required metadata field',
      { ...base, requiredMeta: ['unit', 'unit'] },
      ['requiredMeta.1:duplicate_key'],
    ],
    [
      'an unknown metadata field',
      { ...base, requiredMeta: ['phone'] },
      ['requiredMeta.0:invalid_value'],
    ],
  ])('reports %s', (_, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('speaks Vietnamese by default and English on request', () => {
    const input = { ...base, questions: [{ key: 'q1', type: 'stars', label: label('Q') }] };
    expect(issuesOf(input, 'vi')[0]?.message).toMatch(
      /^Loại câu hỏi không tồn tại \(cho phép: "rating"/,
    );
    expect(issuesOf(input, 'en')[0]?.message).toMatch(/^Unknown question type \(allowed: "rating"/);
    const r = parseSurveyDefinition(input);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/^Loại câu hỏi/);
  });

  it('never throws, whatever the input (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parseSurveyDefinition(input);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({
          id: fc.oneof(fc.constant('s'), fc.string()),
          version: fc.oneof(fc.nat(), fc.string()),
          title: fc.constant(title),
          questions: fc.array(
            fc.record({
              key: fc.constantFrom('q1', 'q2', 'q3', '__proto__', 'toString'),
              type: fc.constantFrom(
                'rating',
                'nps',
                'choice',
                'multiChoice',
                'yesNo',
                'count',
                'text',
                'x',
              ),
              label: fc.constant(label('Q')),
              visibleIf: fc.option(
                fc.record({ question: fc.constantFrom('q1', 'q2', 'q9'), equals: fc.anything() }),
                {
                  nil: undefined,
                },
              ),
            }),
            { maxLength: 4 },
          ),
        }),
        (input) => {
          const r = parseSurveyDefinition(input);
          if (r.ok) expect(() => defineSurvey(r.value)).not.toThrow();
          else expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('survey definitions from hostile JSON', () => {
  it('a 100,000-level document is refused without overflowing the stack', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { questions: [deep] };
    const r = parseSurveyDefinition(deep);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe('too_large');
  });
});
