import type { QuestionType } from './types';

/**
 * A respondent metadata field an aggregate can be broken down by.
 *
 * @example
 * ```ts
 * import type { GroupField } from '@motcua/forms';
 * const by: GroupField[] = ['unit', 'channel'];
 * ```
 * @category Survey statistics
 */
export type GroupField = 'unit' | 'procedure' | 'channel' | 'period' | 'stratum';

/**
 * How responses are weighted: not at all (`'none'`, every response counts 1), by each response's
 * `meta.weight` (`'meta'`), or by a weight per `meta.stratum` (`'strata'`).
 *
 * @example
 * ```ts
 * import type { Weighting } from '@motcua/forms';
 * const weighting: Weighting = 'strata';
 * ```
 * @category Survey statistics
 */
export type Weighting = 'none' | 'meta' | 'strata';

/**
 * Options of {@link aggregate} and {@link aggregateAsync}.
 *
 * @example
 * ```ts
 * import type { AggregateOptions } from '@motcua/forms';
 * const options: AggregateOptions = {
 *   by: ['unit', 'channel'],
 *   weight: { strata: { urban: 1.8, rural: 0.6 } },
 *   satisfied: { topBoxes: 2 },
 * };
 * ```
 * @category Survey statistics
 */
export interface AggregateOptions {
  /**
   * Break the statistics down by these metadata fields, nested in this order:
   * `by: ['unit', 'channel']` gives `agg.groups[unit].groups[channel]`, each level a complete
   * aggregate (so every unit also has its subtotal over channels). Responses without the field go
   * to the group `'(none)'`.
   */
  readonly by?: readonly GroupField[] | undefined;
  /**
   * Weight the responses: `'meta'` uses each response's `meta.weight`, read to 3 significant digits
   * between 0.001 and 1000 (a response without such a weight is invalid), so that an aggregate holds
   * at most 5,401 cells per group and stays exact and mergeable whatever the weights; `{ strata: { urban: 1.8, … } }` gives every response the weight of its
   * `meta.stratum` (a response whose stratum is not in the table is invalid). Default: unweighted.
   */
  readonly weight?: 'meta' | { readonly strata: Readonly<Record<string, number>> } | undefined;
  /**
   * The top-box rule for rating and NPS questions that have no `satisfiedFrom`: the top
   * `topBoxes` points of the scale count as satisfied. Default `{ topBoxes: 2 }` (4–5 on a 1–5
   * scale, 9–10 on the NPS scale).
   */
  readonly satisfied?: { readonly topBoxes?: number | undefined } | undefined;
}

/**
 * The settings an aggregate was computed with. Only aggregates with equal settings merge.
 *
 * @example
 * ```ts
 * import type { AggregateSettings } from '@motcua/forms';
 * const settings: AggregateSettings = { by: ['unit'], weighting: 'none', topBoxes: 2 };
 * ```
 * @category Survey statistics
 */
export interface AggregateSettings {
  /** The remaining breakdown fields at this level (a group's `by` is its parent's without the first). */
  readonly by: readonly GroupField[];
  /** How responses were weighted. */
  readonly weighting: Weighting;
  /** The top-box rule. */
  readonly topBoxes: number;
}

/**
 * A 95 % confidence interval of a share, both ends in [0, 1].
 *
 * @example
 * ```ts
 * import type { ConfidenceInterval } from '@motcua/forms';
 * const ci: ConfidenceInterval = { lower: 0.3475, upper: 0.8588 };
 * ```
 * @category Survey statistics
 */
export interface ConfidenceInterval {
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
}

/**
 * The sufficient statistics of one question in one {@link AggregateCell}.
 *
 * @example
 * ```ts
 * import type { QuestionCell } from '@motcua/forms';
 * const cell: QuestionCell = { answered: 3, values: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 2 } };
 * ```
 * @category Survey statistics
 */
export interface QuestionCell {
  /** How many responses answered the question. */
  readonly answered: number;
  /**
   * How many answers took each value: every scale point / option (zeros included), or, for count
   * questions, only the values seen. Multiple-choice options count selections. Empty for text.
   */
  readonly values: Readonly<Record<string, number>>;
}

/**
 * The sufficient statistics of all responses that share one weight: integer counts only, so that
 * merging is exact. An unweighted aggregate has at most one cell, of weight 1.
 *
 * @typeParam K - The question keys.
 * @typeParam E - The element keys.
 * @example
 * ```ts
 * import type { AggregateCell } from '@motcua/forms';
 * const cell: AggregateCell<'q1', never> = {
 *   weight: 1,
 *   responses: 2,
 *   questions: { q1: { answered: 2, values: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 } } },
 *   elements: {},
 *   overall: 2,
 * };
 * ```
 * @category Survey statistics
 */
export interface AggregateCell<K extends string = string, E extends string = string> {
  /** The weight every response of this cell carries. */
  readonly weight: number;
  /** How many valid responses. */
  readonly responses: number;
  /** Per question: answers and their values. */
  readonly questions: { readonly [P in K]: QuestionCell };
  /** Per element: how many responses answered at least one of its index questions. */
  readonly elements: { readonly [P in E]: number };
  /** How many responses answered at least one index question. */
  readonly overall: number;
}

/**
 * The statistics of one question. The first five fields describe the question (copied from the
 * definition and settings, so merged aggregates can be re-derived without the survey); the others
 * are derived from the cells. Numbers that need answers are `null` when there are none (never
 * `NaN`).
 *
 * @typeParam E - The element keys.
 * @example
 * ```ts
 * import { aggregate, defineSurvey } from '@motcua/forms';
 * const survey = defineSurvey({
 *   id: 's', version: 1, title: { vi: 'K', en: 'S' },
 *   questions: [{ key: 'q1', type: 'rating', label: { vi: 'Câu 1', en: 'Q1' } }],
 * });
 * const q1 = aggregate(survey, [{ answers: { q1: 5 }, meta: {} }, { answers: { q1: 3 }, meta: {} }]).questions.q1;
 * q1.mean; //=> 4
 * q1.satisfiedShare; //=> 0.5
 * ```
 * @category Survey statistics
 */
export interface QuestionAggregate<E extends string = string> {
  /** The question type. */
  readonly type: QuestionType;
  /** The element the question reports under, or `null`. */
  readonly element: E | null;
  /** Whether it counts towards its element's and the overall index. */
  readonly inIndex: boolean;
  /** The numeric range: the rating scale, 0–10 for NPS, 0–`max` for counts; `null` otherwise. */
  readonly scale: { readonly min: number; readonly max: number } | null;
  /** The distribution keys that count as satisfied, or `null` when the question has no such rule. */
  readonly satisfiedValues: readonly string[] | null;
  /** How many responses answered (raw). */
  readonly count: number;
  /** The weighted number of answers (Σ weights); equals `count` when unweighted. */
  readonly weightedCount: number;
  /** Kish's effective sample size `(Σw)² / Σw²`; equals `count` when unweighted. */
  readonly effectiveCount: number;
  /** The (weighted) mean of a rating, NPS or count question; `null` otherwise or without answers. */
  readonly mean: number | null;
  /** The (weighted, reliability-corrected) sample standard deviation; `null` below 2 answers. */
  readonly stdDev: number | null;
  /** Raw answers per value or option (see {@link QuestionCell.values}). */
  readonly distribution: Readonly<Record<string, number>>;
  /** Weighted answers per value or option. */
  readonly weightedDistribution: Readonly<Record<string, number>>;
  /** Weighted share of respondents per value or option; `null` without answers. */
  readonly shares: Readonly<Record<string, number>> | null;
  /** Raw satisfied answers; `null` when the question has no satisfied rule. */
  readonly satisfiedCount: number | null;
  /** The (weighted) share of satisfied answers, 0–1. */
  readonly satisfiedShare: number | null;
  /** The 95 % Wilson score interval of `satisfiedShare`, with `n = effectiveCount`. */
  readonly satisfiedInterval: ConfidenceInterval | null;
  /** Net Promoter Score, −100 to 100 (NPS questions only): `100 × (promoters − detractors) / answers`, weighted. */
  readonly nps: number | null;
  /** Raw answers 9–10 (NPS questions only). */
  readonly promoters: number | null;
  /** Raw answers 7–8 (NPS questions only). */
  readonly passives: number | null;
  /** Raw answers 0–6 (NPS questions only). */
  readonly detractors: number | null;
}

/**
 * The satisfaction index of an element (or of the whole survey): all answers to its index
 * questions pooled together.
 *
 * - `satisfiedShare` = weighted satisfied answers ÷ weighted answers. When every respondent
 *   answers every question, this is the plain mean of the questions' shares.
 * - The Wilson interval uses the (effective) number of *respondents*, not of answers: answers by
 *   the same person are correlated, so counting answers would overstate the precision.
 * - `mean` and `distribution` pool the rating answers when all index questions of the element are
 *   ratings on the same scale (`scale`); otherwise they are `null`.
 *
 * @typeParam K - The question keys.
 * @example
 * ```ts
 * import { aggregate, sampleResponses, sipasSurvey } from '@motcua/forms';
 * const survey = sipasSurvey();
 * const agg = aggregate(survey, sampleResponses(survey, 100, 1));
 * agg.elements.staff.questions.length; //=> 6
 * agg.overall.respondents; //=> 100
 * ```
 * @category Survey statistics
 */
export interface IndexAggregate<K extends string = string> {
  /** The index questions pooled. */
  readonly questions: readonly K[];
  /** How many answers were pooled (raw). */
  readonly answers: number;
  /** The weighted number of answers. */
  readonly weightedAnswers: number;
  /** How many responses answered at least one of the questions (raw). */
  readonly respondents: number;
  /** The weighted number of respondents. */
  readonly weightedRespondents: number;
  /** Kish's effective number of respondents; equals `respondents` when unweighted. */
  readonly effectiveRespondents: number;
  /** The common rating scale of the questions, or `null` when they differ. */
  readonly scale: { readonly min: number; readonly max: number } | null;
  /** The pooled (weighted) mean of the ratings, or `null`. */
  readonly mean: number | null;
  /** The pooled raw rating distribution, or `null`. */
  readonly distribution: Readonly<Record<string, number>> | null;
  /** Raw satisfied answers. */
  readonly satisfiedCount: number;
  /** The (weighted) share of satisfied answers, or `null` without answers. */
  readonly satisfiedShare: number | null;
  /** The 95 % Wilson score interval of `satisfiedShare`, with `n = effectiveRespondents`. */
  readonly satisfiedInterval: ConfidenceInterval | null;
}

/**
 * Survey statistics: a plain, JSON-serialisable object. The `cells` hold the sufficient statistics
 * (integer counts per weight); every other number is derived from them deterministically, so
 * `mergeAggregates(aggregate(s, a), aggregate(s, b))` deep-equals `aggregate(s, [...a, ...b])`,
 * and `JSON.parse(JSON.stringify(agg))` deep-equals `agg`.
 *
 * @typeParam K - The question keys.
 * @typeParam E - The element keys.
 * @example
 * ```ts
 * import { aggregate, sampleResponses, sipasSurvey } from '@motcua/forms';
 * const survey = sipasSurvey();
 * const agg = aggregate(survey, sampleResponses(survey, 200, 7), { by: ['unit'] });
 * agg.count; //=> 200
 * Object.keys(agg.groups).length > 0; //=> true
 * ```
 * @category Survey statistics
 */
export interface SurveyAggregate<K extends string = string, E extends string = string> {
  /** A tag identifying the format. */
  readonly kind: 'motcua.surveyAggregate';
  /** The format version. */
  readonly format: 1;
  /** The survey the statistics are about. */
  readonly survey: { readonly id: string; readonly version: number | string };
  /** The settings the statistics were computed with. */
  readonly settings: AggregateSettings;
  /** How many valid responses (raw). */
  readonly count: number;
  /** How many responses were skipped as invalid (see {@link aggregate}). */
  readonly invalid: number;
  /** The weighted number of responses (Σ weights). */
  readonly weightedCount: number;
  /** Kish's effective sample size over all responses; equals `count` when unweighted. */
  readonly effectiveCount: number;
  /** Statistics per question. */
  readonly questions: { readonly [P in K]: QuestionAggregate<E> };
  /** The satisfaction index per element. */
  readonly elements: { readonly [P in E]: IndexAggregate<K> };
  /** The satisfaction index over all index questions. */
  readonly overall: IndexAggregate<K>;
  /** Breakdowns by the first `settings.by` field, each an aggregate of the same shape. */
  readonly groups: Readonly<Record<string, SurveyAggregate<K, E>>>;
  /** The sufficient statistics, one cell per distinct weight, by ascending weight. */
  readonly cells: readonly AggregateCell<K, E>[];
}
