import { FormsError } from '../errors';
import { Accumulator } from './accumulate';
import type { AggregateOptions, SurveyAggregate } from './aggregateTypes';
import { compileSurvey } from './compile';
import type { SurveyDefinition } from './types';

/**
 * Computes the statistics of a survey's responses: per question, per element and overall, and
 * broken down by unit, procedure, channel, period or stratum.
 *
 * For each question: raw and weighted counts, mean and standard deviation (rating, NPS, count),
 * the distribution per value or option, the share of satisfied answers (top 2 boxes by default)
 * with its 95 % Wilson interval, and the Net Promoter Score of NPS questions. For each element
 * and overall: the pooled satisfaction index (see {@link IndexAggregate}).
 *
 * The responses are streamed: memory grows with the number of groups and distinct weights, not
 * with the number of responses. They should be validated ones ({@link validateResponse}'s
 * `value`). A response that is not one (not an object, an answer of the wrong type or outside its
 * scale or options, an unreadable breakdown field, a missing or non-positive weight when
 * weighting, a stratum missing from the weight table) is skipped and counted in `invalid`, at the
 * top level and in every group whose key could still be read. Visibility conditions, required
 * answers and metadata formats are not checked again here.
 *
 * Weighted samples: each response carries a weight (`meta.weight`, or the weight of its
 * `meta.stratum`); means, shares, distributions and the NPS are weighted; `count` stays the raw
 * number and `weightedCount` is Σ weights; the Wilson interval uses Kish's effective sample size
 * `(Σw)² / Σw²`. Responses are kept in one cell per distinct weight, so merging stays exact;
 * per-respondent weights that are all different make one cell each (round them if that is a
 * concern).
 *
 * No answers means `null` (never `NaN`) for every derived number.
 *
 * @typeParam K - The survey's question keys.
 * @typeParam E - The survey's element keys.
 * @param survey - The survey (from {@link defineSurvey} or a built-in).
 * @param responses - Any iterable of responses (an array, a generator…).
 * @param options - Breakdowns (`by`), weighting (`weight`) and the top-box rule (`satisfied`);
 * see {@link AggregateOptions}.
 * @returns A plain, JSON-serialisable {@link SurveyAggregate}, frozen all through (a value: to change
 * one, build another; merging it needs no second check).
 * @throws {SurveyError} `INVALID_SURVEY` if `survey` does not validate; `INVALID_ARGUMENT` for
 * bad options or if `responses` is not iterable.
 *
 * @example
 * ```ts
 * import { aggregate, defineSurvey } from '@motcua/forms';
 *
 * const survey = defineSurvey({
 *   id: 'ward-csat',
 *   version: 1,
 *   title: { vi: 'Khảo sát', en: 'Survey' },
 *   questions: [
 *     { key: 'q1', type: 'rating', element: 'staff', label: { vi: 'Thái độ', en: 'Attitude' } },
 *     { key: 'q2', type: 'nps', label: { vi: 'Giới thiệu?', en: 'Recommend?' } },
 *   ],
 * });
 * const responses = [5, 4, 4, 3, 5, 2, 4, 5, 1, 4].map((q1, i) => ({
 *   answers: { q1, q2: [10, 9, 8, 6, 10, 3, 7, 9, 0, 9][i] ?? 0 },
 *   meta: { unit: i < 6 ? '00235' : '00238' },
 * }));
 * const agg = aggregate(survey, responses, { by: ['unit'] });
 * agg.count; //=> 10
 * agg.questions.q1.mean; //=> 3.7
 * agg.questions.q1.satisfiedShare; //=> 0.7
 * agg.questions.q1.satisfiedInterval; //=> { lower: 0.39677…, upper: 0.89220… }
 * agg.questions.q2.nps; //=> 20
 * agg.groups['00235']?.count; //=> 6
 * ```
 * @category Survey statistics
 */
export function aggregate<K extends string, E extends string>(
  survey: SurveyDefinition<K, E>,
  responses: Iterable<unknown>,
  options?: AggregateOptions,
): SurveyAggregate<K, E> {
  const acc = new Accumulator(compileSurvey(survey), options);
  if (
    responses === null ||
    typeof responses !== 'object' ||
    typeof (responses as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
  ) {
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: 'aggregate: responses phải là một tập lặp được (mảng, generator…)',
        en: 'aggregate: responses must be iterable (an array, a generator…)',
      },
      {},
    );
  }
  for (const response of responses) acc.add(response);
  return acc.finish() as SurveyAggregate<K, E>;
}
