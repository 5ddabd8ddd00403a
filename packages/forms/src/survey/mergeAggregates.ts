import { FormsError, isFormsError } from '../errors';
import type {
  AggregateCell,
  AggregateSettings,
  QuestionCell,
  SurveyAggregate,
} from './aggregateTypes';
import { derive, type Layout, layoutOf, sortedRecord } from './derive';
import { isMadeAggregate } from './freeze';
import { safeParseSurveyAggregate } from './parseSurveyAggregate';
import { isScale } from './patterns';

function sameLayout(a: Layout, b: Layout): string | null {
  if (a.questions.length !== b.questions.length) return 'questions';
  for (let i = 0; i < a.questions.length; i++) {
    const x = a.questions[i];
    const y = b.questions[i];
    if (x === undefined || y === undefined) return 'questions';
    if (
      x.key !== y.key ||
      x.type !== y.type ||
      x.element !== y.element ||
      x.inIndex !== y.inIndex ||
      JSON.stringify(x.scale) !== JSON.stringify(y.scale) ||
      JSON.stringify(x.satisfiedValues) !== JSON.stringify(y.satisfiedValues) ||
      JSON.stringify(x.keys) !== JSON.stringify(y.keys)
    ) {
      return `questions.${x.key}`;
    }
  }
  if (JSON.stringify(a.elements) !== JSON.stringify(b.elements)) return 'elements';
  return null;
}

function sameSettings(a: AggregateSettings, b: AggregateSettings): boolean {
  return (
    a.weighting === b.weighting &&
    a.topBoxes === b.topBoxes &&
    a.by.length === b.by.length &&
    a.by.every((f, i) => b.by[i] === f)
  );
}

function mismatch(what: string, details: Record<string, unknown>): never {
  throw new FormsError(
    'AGGREGATE_MISMATCH',
    {
      vi: `mergeAggregates: không gộp được các tổng hợp khác nhau về ${what}`,
      en: `mergeAggregates: cannot merge aggregates that differ in ${what}`,
    },
    details,
  );
}

function isAggregate(value: unknown): value is SurveyAggregate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SurveyAggregate>;
  return (
    v.kind === 'motcua.surveyAggregate' &&
    v.format === 1 &&
    typeof v.survey === 'object' &&
    typeof v.settings === 'object' &&
    typeof v.questions === 'object' &&
    typeof v.elements === 'object' &&
    typeof v.groups === 'object' &&
    Array.isArray(v.cells) &&
    boundedScales(v.questions)
  );
}

/** Every rating scale within a survey definition's bounds (a 1e9-value scale is junk, not data). */
function boundedScales(questions: unknown): boolean {
  if (typeof questions !== 'object' || questions === null) return false;
  for (const q of Object.values(questions)) {
    const scale = (q as { scale?: unknown } | null)?.scale;
    if (scale === null || scale === undefined) continue;
    const { min, max } = scale as { min?: unknown; max?: unknown };
    if (!isScale(min, max)) return false;
  }
  return true;
}

interface CellSum {
  weight: number;
  responses: number;
  answered: Map<string, number>;
  values: Map<string, Map<string, number>>;
  elements: Map<string, number>;
  overall: number;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function mergeCells(layout: Layout, lists: readonly (readonly AggregateCell[])[]): AggregateCell[] {
  const sums = new Map<number, CellSum>();
  for (const cells of lists) {
    for (const c of cells) {
      let s = sums.get(c.weight);
      if (s === undefined) {
        s = {
          weight: c.weight,
          responses: 0,
          answered: new Map(),
          values: new Map(),
          elements: new Map(),
          overall: 0,
        };
        sums.set(c.weight, s);
      }
      s.responses += c.responses;
      s.overall += c.overall;
      const questions = c.questions as Readonly<Record<string, QuestionCell>>;
      for (const q of layout.questions) {
        const qc = own(questions, q.key);
        if (qc === undefined) continue;
        s.answered.set(q.key, (s.answered.get(q.key) ?? 0) + qc.answered);
        let vals = s.values.get(q.key);
        if (vals === undefined) {
          vals = new Map();
          s.values.set(q.key, vals);
        }
        for (const [k, n] of Object.entries(qc.values)) vals.set(k, (vals.get(k) ?? 0) + n);
      }
      const elements = c.elements as Readonly<Record<string, number>>;
      for (const e of layout.elements) {
        s.elements.set(e, (s.elements.get(e) ?? 0) + (own(elements, e) ?? 0));
      }
    }
  }
  return [...sums.values()]
    .sort((a, b) => a.weight - b.weight)
    .map((s) => ({
      weight: s.weight,
      responses: s.responses,
      questions: Object.fromEntries(
        layout.questions.map((q) => {
          const vals = s.values.get(q.key) ?? new Map<string, number>();
          const values: [string, number][] =
            q.keys !== null
              ? q.keys.map((k) => [k, vals.get(k) ?? 0])
              : [...vals].filter(([, n]) => n !== 0).sort(([a], [b]) => Number(a) - Number(b));
          return [
            q.key,
            { answered: s.answered.get(q.key) ?? 0, values: Object.fromEntries(values) },
          ];
        }),
      ),
      elements: Object.fromEntries(layout.elements.map((e) => [e, s.elements.get(e) ?? 0])),
      overall: s.overall,
    }));
}

function mergeLevel(layout: Layout, aggs: readonly SurveyAggregate[]): SurveyAggregate {
  const first = aggs[0] as SurveyAggregate;
  const keys = new Set<string>();
  for (const a of aggs) for (const k of Object.keys(a.groups)) keys.add(k);
  const groups = sortedRecord(
    [...keys].map((k) => {
      const members = aggs.flatMap((a) => {
        const g = own(a.groups, k);
        return g === undefined ? [] : [g];
      });
      return [k, mergeLevel(layout, members)] as const;
    }),
  );
  const invalid = aggs.reduce((s, a) => s + a.invalid, 0);
  return derive(
    layout,
    first.settings,
    mergeCells(
      layout,
      aggs.map((a) => a.cells),
    ),
    invalid,
    groups,
  );
}

/**
 * Merges aggregates of the same survey, e.g. the aggregates of each ward into the city's. The
 * result deep-equals the aggregate of all the responses together:
 * `mergeAggregates(aggregate(s, a), aggregate(s, b))` equals `aggregate(s, [...a, ...b])`, groups
 * included. Merging is associative and commutative, and an aggregate of no responses is its
 * identity.
 *
 * This is exact, also for weighted samples, because aggregates keep integer counts per distinct
 * weight (their `cells`) and derive every mean, share, interval and NPS from them in a fixed order.
 * Aggregates loaded from JSON merge too (check untrusted ones with {@link safeParseSurveyAggregate}).
 *
 * @typeParam K - The survey's question keys.
 * @typeParam E - The survey's element keys.
 * @param first - An aggregate.
 * @param rest - More aggregates of the same survey, version and settings.
 * @returns The merged aggregate, frozen (the inputs are not modified). An aggregate made by this
 * package is trusted as it is; any other (e.g. parsed JSON) gets the whole check of
 * `safeParseSurveyAggregate`.
 * @throws {SurveyError} `AGGREGATE_MISMATCH` if the aggregates are of different surveys or
 * versions, or were computed with different settings (`by`, weighting, top-box rule);
 * `INVALID_AGGREGATE` if an argument is not an aggregate.
 *
 * @example
 * ```ts
 * import { aggregate, mergeAggregates, sampleResponses, sipasSurvey } from '@motcua/forms';
 *
 * const survey = sipasSurvey();
 * const ward1 = sampleResponses(survey, 120, 1);
 * const ward2 = sampleResponses(survey, 80, 2);
 * const city = mergeAggregates(aggregate(survey, ward1), aggregate(survey, ward2));
 * city.count; //=> 200
 * JSON.stringify(city) === JSON.stringify(aggregate(survey, [...ward1, ...ward2])); //=> true
 * ```
 * @category Survey statistics
 */
export function mergeAggregates<K extends string, E extends string>(
  first: SurveyAggregate<K, E>,
  ...rest: readonly SurveyAggregate<K, E>[]
): SurveyAggregate<K, E> {
  // Each argument gets the whole check of `safeParseSurveyAggregate` (one reader of aggregates):
  // a cell with `responses: null` was merged as if it had none.
  const aggs = ([first, ...rest] as readonly unknown[]).map((a, i) => {
    if (!isAggregate(a)) notAnAggregate(i, null);
    if (isMadeAggregate(a)) return a as SurveyAggregate; // made here, frozen: already checked
    const r = safeParseSurveyAggregate(a);
    if (!r.ok) {
      const en = safeParseSurveyAggregate(a, { locale: 'en' });
      notAnAggregate(i, {
        vi: r.issues[0]?.message ?? '',
        en: en.ok ? '' : (en.issues[0]?.message ?? ''),
      });
    }
    return r.value as SurveyAggregate;
  });
  try {
    const head = aggs[0] as SurveyAggregate;
    const layout = layoutOf(head);
    for (const a of aggs) {
      if (a.survey.id !== head.survey.id || a.survey.version !== head.survey.version) {
        mismatch('survey id or version', { expected: head.survey, got: a.survey });
      }
      if (!sameSettings(a.settings, head.settings)) {
        mismatch('settings', { expected: head.settings, got: a.settings });
      }
      const diff = sameLayout(layout, layoutOf(a));
      if (diff !== null) mismatch(diff, { survey: head.survey });
    }
    return mergeLevel(layout, aggs) as SurveyAggregate<K, E>;
  } catch (e) {
    // The inputs passed the shape check above but not deeper: an aggregate edited or forged in
    // transit. Its error is INVALID_AGGREGATE (check stored aggregates with safeParseSurveyAggregate).
    if (isFormsError(e)) throw e;
    throw new FormsError(
      'INVALID_AGGREGATE',
      {
        vi: 'mergeAggregates: một bản tổng hợp không đúng cấu trúc (hãy kiểm tra bằng safeParseSurveyAggregate)',
        en: 'mergeAggregates: an aggregate is malformed (check it with safeParseSurveyAggregate)',
      },
      {},
      { cause: e },
    );
  }
}

function notAnAggregate(index: number, why: { vi: string; en: string } | null): never {
  throw new FormsError(
    'INVALID_AGGREGATE',
    {
      vi: `mergeAggregates: đối số thứ ${index + 1} không phải là một bản tổng hợp khảo sát hợp lệ${why === null ? '' : ` (${why.vi})`}`,
      en: `mergeAggregates: argument ${index + 1} is not a valid survey aggregate${why === null ? '' : ` (${why.en})`}`,
    },
    { index },
  );
}
