/**
 * Survey statistics (issue 6): aggregating a million responses, validating one response, and
 * merging ward aggregates into a city. Responses are generated deterministically before timing
 * (in `verify`, which the runner calls once before measuring).
 *
 * tinybench runs at least 64 iterations per task, so one operation aggregates a 10,000-response
 * slice, cycling through the million (every slice is a different part of memory, as in one pass
 * over a million): the time per million is 100 ÷ ops/s.
 */
import {
  aggregate,
  defineSurvey,
  mergeAggregates,
  type SurveyAggregate,
  type SurveyQuestion,
  type SurveyResponse,
  sampleResponses,
  validateResponse,
} from '@motcua/forms';
import * as z from 'zod';
import { type BenchCase, cycle } from '../harness';

const label = (s: string) => ({ vi: s, en: s });
const elements = ['access', 'procedures', 'staff', 'results'] as const;

function survey20() {
  const questions: SurveyQuestion[] = [];
  for (let i = 0; i < 14; i++) {
    questions.push({
      key: `r${i}`,
      type: 'rating',
      element: elements[i % 4] ?? 'access',
      label: label(`Rating ${i}`),
    });
  }
  questions.push(
    { key: 'nps', type: 'nps', label: label('NPS') },
    {
      key: 'time',
      type: 'choice',
      element: 'results',
      options: ['early', 'onTime', 'late'].map((value) => ({ value, label: label(value) })),
      satisfiedOptions: ['early', 'onTime'],
      label: label('Time'),
    },
    { key: 'oneStop', type: 'yesNo', satisfiedAnswer: true, label: label('One-stop') },
    { key: 'contacts', type: 'count', max: 20, satisfiedAtMost: 1, label: label('Contacts') },
    {
      key: 'sources',
      type: 'multiChoice',
      maxSelected: 2,
      options: ['portal', 'counter', 'friends'].map((value) => ({ value, label: label(value) })),
      label: label('Sources'),
    },
    { key: 'comment', type: 'text', label: label('Comment') },
  );
  return defineSurvey({ id: 'bench-20', version: 1, title: label('Bench'), questions });
}

const N = 1_000_000;
const SLICE = 10_000;
let million: { survey: ReturnType<typeof survey20>; slices: SurveyResponse[][] } | undefined;
let small:
  | { survey: ReturnType<typeof survey20>; responses: SurveyResponse[]; wards: SurveyAggregate[] }
  | undefined;

function prepareMillion() {
  if (million === undefined) {
    const survey = survey20();
    const responses = sampleResponses(survey, N, 42);
    const slices: SurveyResponse[][] = [];
    for (let i = 0; i < N; i += SLICE) slices.push(responses.slice(i, i + SLICE));
    million = { survey, slices };
  }
  return million;
}

function prepareSmall() {
  if (small === undefined) {
    const survey = survey20();
    const responses = sampleResponses(survey, 126 * 200, 7);
    const wards: SurveyAggregate[] = [];
    for (let w = 0; w < 126; w++) {
      wards.push(aggregate(survey, responses.slice(w * 200, (w + 1) * 200), { by: ['channel'] }));
    }
    small = { survey, responses, wards };
  }
  return small;
}

let weightedSlices: SurveyResponse[][] | undefined;
/** The million with continuous weights (0.2–5.0, as raking produces), deterministic. */
function prepareWeighted() {
  if (weightedSlices === undefined) {
    let a = 99;
    const next = () => {
      a = (a * 1664525 + 1013904223) >>> 0;
      return a / 2 ** 32;
    };
    weightedSlices = prepareMillion().slices.map((slice) =>
      slice.map((r) => ({ ...r, meta: { ...r.meta, weight: 0.2 + next() * 4.8 } })),
    );
  }
  return weightedSlices;
}
let weightedAll: SurveyResponse[] | undefined;
/** The weighted million as one array. */
function weightedMillion(): SurveyResponse[] {
  weightedAll ??= prepareWeighted().flat();
  return weightedAll;
}

let nextSlice: (() => SurveyResponse[]) | undefined;
let nextSliceByGroup: (() => SurveyResponse[]) | undefined;

function zodSchema() {
  const rating = z.number().int().min(1).max(5).optional();
  const shape: Record<string, z.ZodType> = {};
  for (let i = 0; i < 14; i++) shape[`r${i}`] = rating;
  return z.object({
    answers: z.object({
      ...shape,
      nps: z.number().int().min(0).max(10).optional(),
      time: z.enum(['early', 'onTime', 'late']).optional(),
      oneStop: z.boolean().optional(),
      contacts: z.number().int().min(0).max(20).optional(),
      sources: z
        .array(z.enum(['portal', 'counter', 'friends']))
        .max(2)
        .optional(),
      comment: z.string().max(2000).optional(),
    }),
    meta: z.object({
      channel: z.enum(['direct', 'online', 'postal', 'other']).optional(),
      unit: z.string().optional(),
      procedure: z.string().optional(),
      period: z.string().optional(),
    }),
  });
}

let schema: ReturnType<typeof zodSchema> | undefined;
let nextResponse: (() => SurveyResponse) | undefined;

const cases: BenchCase[] = [
  {
    name: 'aggregate 1,000,000 responses × 20 questions (one op = a 10,000-response slice; per million = 100 ÷ ops/s)',
    target: '< 2 s per million on one core, i.e. ≥ 50 ops/s',
    ours: {
      name: '@motcua/forms aggregate (10k of 1M)',
      fn: () => {
        const m = prepareMillion();
        nextSlice ??= cycle(m.slices);
        return aggregate(m.survey, nextSlice()).count;
      },
    },
    others: [],
    verify: () => {
      const m = prepareMillion();
      let count = 0;
      let invalid = 0;
      for (const slice of m.slices) {
        const agg = aggregate(m.survey, slice);
        count += agg.count;
        invalid += agg.invalid;
      }
      if (count !== N || invalid !== 0)
        throw new Error(`aggregate: ${count} valid, ${invalid} invalid`);
    },
  },
  {
    name: 'aggregate 1,000,000 responses × 20 questions by unit and channel (one op = 10,000; per million = 100 ÷ ops/s)',
    target: '< 2 s per million on one core, i.e. ≥ 50 ops/s',
    ours: {
      name: '@motcua/forms aggregate by unit, channel (10k of 1M)',
      fn: () => {
        const m = prepareMillion();
        nextSliceByGroup ??= cycle(m.slices);
        return aggregate(m.survey, nextSliceByGroup(), { by: ['unit', 'channel'] }).count;
      },
    },
    others: [],
    verify: () => {
      prepareMillion();
    },
  },
  {
    // One op is the whole million: a weighted aggregate keeps one cell per distinct weight on a
    // 3-significant-digit grid (about 1,200 here), a fixed cost per call that a 10,000-response
    // slice would count a hundred times (11 slices/s, read as 9 s per million, while one call over
    // the million takes about 1 s).
    name: 'aggregate 1,000,000 responses with continuous weights (meta.weight 0.2–5.0; one op = the whole million)',
    target:
      '< 2 s per million, i.e. ≥ 0.5 /s; before issue #13 one cell per distinct weight: 100 k responses took 56 s and 379 MB of JSON',
    iterations: 5,
    ours: {
      name: "@motcua/forms aggregate { weight: 'meta' } (1M)",
      fn: () => aggregate(prepareMillion().survey, weightedMillion(), { weight: 'meta' }).count,
    },
    others: [],
    verify: () => {
      // The whole million in one aggregate, and the 100 slices merged: equal, with bounded cells.
      const m = prepareMillion();
      const slices = prepareWeighted();
      const whole = aggregate(m.survey, weightedMillion(), { weight: 'meta' });
      const [first, ...rest] = slices.map((s) => aggregate(m.survey, s, { weight: 'meta' }));
      if (first === undefined) throw new Error('weighted: no slices');
      const merged = mergeAggregates(first, ...rest);
      if (whole.count !== N || whole.cells.length > 4801)
        throw new Error(`weighted: ${whole.count} responses, ${whole.cells.length} cells`);
      if (JSON.stringify(merged) !== JSON.stringify(whole))
        throw new Error('weighted: merging the slices differs from the whole');
      const bytes = JSON.stringify(whole).length;
      if (bytes > 20_000_000) throw new Error(`weighted: ${bytes} bytes of JSON`);
    },
  },
  {
    name: 'validate one response (20 questions, conditions, metadata)',
    ours: {
      name: '@motcua/forms validateResponse',
      fn: () => {
        const s = prepareSmall();
        nextResponse ??= cycle(s.responses.slice(0, 1000));
        return validateResponse(s.survey, nextResponse()).ok;
      },
    },
    others: [
      {
        name: 'zod 4 object schema safeParse (types and ranges only)',
        fn: () => {
          const s = prepareSmall();
          nextResponse ??= cycle(s.responses.slice(0, 1000));
          schema ??= zodSchema();
          return schema.safeParse(nextResponse()).success;
        },
      },
    ],
    verify: () => {
      const s = prepareSmall();
      for (const r of s.responses.slice(0, 1000)) {
        if (!validateResponse(s.survey, r).ok || !zodSchema().safeParse(r).success) {
          throw new Error('validate: a sample response does not validate');
        }
      }
    },
  },
  {
    name: 'merge 126 ward aggregates (200 responses each, by channel) into a city',
    ours: {
      name: '@motcua/forms mergeAggregates (126 wards)',
      fn: () => {
        const s = prepareSmall();
        const [first, ...rest] = s.wards;
        return first === undefined ? 0 : mergeAggregates(first, ...rest).count;
      },
    },
    others: [],
    verify: () => {
      const s = prepareSmall();
      const [first, ...rest] = s.wards;
      const merged = first === undefined ? undefined : mergeAggregates(first, ...rest);
      const direct = aggregate(s.survey, s.responses, { by: ['channel'] });
      if (JSON.stringify(merged) !== JSON.stringify(direct))
        throw new Error('merge differs from aggregate');
    },
  },
];

export default cases;
