import { FormsError } from '../errors';
import { Accumulator } from './accumulate';
import type { AggregateOptions, SurveyAggregate } from './aggregateTypes';
import { compileSurvey } from './compile';
import type { SurveyDefinition } from './types';

/**
 * Like {@link aggregate}, for responses that arrive asynchronously: a database cursor, a stream
 * of lines, an async generator. Memory does not grow with the number of responses.
 *
 * @typeParam K - The survey's question keys.
 * @typeParam E - The survey's element keys.
 * @param survey - The survey.
 * @param responses - An async iterable (or a plain iterable) of responses.
 * @param options - As for {@link aggregate}.
 * @returns A promise of the same aggregate {@link aggregate} gives for the same responses.
 * @throws {SurveyError} `INVALID_SURVEY` if `survey` does not validate; `INVALID_ARGUMENT` for
 * bad options or if `responses` is not iterable (thrown synchronously).
 *
 * @example
 * ```ts
 * import { aggregateAsync, sampleResponses, sipasSurvey } from '@motcua/forms';
 *
 * const survey = sipasSurvey();
 * async function* rows() {
 *   yield* sampleResponses(survey, 50, 3);
 * }
 * const agg = await aggregateAsync(survey, rows(), { by: ['channel'] });
 * agg.count; //=> 50
 * ```
 * @category Survey statistics
 */
export function aggregateAsync<K extends string, E extends string>(
  survey: SurveyDefinition<K, E>,
  responses: AsyncIterable<unknown> | Iterable<unknown>,
  options?: AggregateOptions,
): Promise<SurveyAggregate<K, E>> {
  const acc = new Accumulator(compileSurvey(survey), options);
  const iterable = responses as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (
    iterable === null ||
    typeof iterable !== 'object' ||
    (typeof iterable[Symbol.asyncIterator] !== 'function' &&
      typeof iterable[Symbol.iterator] !== 'function')
  ) {
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: 'aggregateAsync: responses phải là một tập lặp được (async hoặc đồng bộ)',
        en: 'aggregateAsync: responses must be an async or sync iterable',
      },
      {},
    );
  }
  return (async () => {
    for await (const response of responses) acc.add(response);
    return acc.finish() as SurveyAggregate<K, E>;
  })();
}
