/**
 * Derives every statistic of an aggregate from its cells (internal). The same code runs after
 * `aggregate` and after `mergeAggregates`, and sums over cells in ascending weight order, so equal
 * cells always give bit-identical statistics.
 *
 * @internal
 * @module
 */

import type {
  AggregateCell,
  AggregateSettings,
  IndexAggregate,
  QuestionAggregate,
  QuestionCell,
  SurveyAggregate,
} from './aggregateTypes';
import { sealAggregate } from './freeze';
import type { QuestionType } from './types';
import { wilson } from './wilson';

/** What derivation needs to know about a question. */
export interface QuestionLayout {
  readonly key: string;
  readonly type: QuestionType;
  readonly element: string | null;
  readonly inIndex: boolean;
  readonly scale: { readonly min: number; readonly max: number } | null;
  readonly satisfiedValues: readonly string[] | null;
  /** The distribution keys, in order; `null` for count questions (only values seen are kept). */
  readonly keys: readonly string[] | null;
}

/** What derivation needs to know about a survey. */
export interface Layout {
  readonly id: string;
  readonly version: number | string;
  readonly questions: readonly QuestionLayout[];
  readonly elements: readonly string[];
}

type Cell = AggregateCell;

const EMPTY_CELL: QuestionCell = { answered: 0, values: {} };

function qcell(c: Cell, key: string): QuestionCell {
  const questions = c.questions as Readonly<Record<string, QuestionCell>>;
  return Object.hasOwn(questions, key) ? (questions[key] ?? EMPTY_CELL) : EMPTY_CELL;
}

function val(cell: QuestionCell, key: string): number {
  return Object.hasOwn(cell.values, key) ? (cell.values[key] ?? 0) : 0;
}

function elementRespondents(c: Cell, key: string): number {
  const elements = c.elements as Readonly<Record<string, number>>;
  return Object.hasOwn(elements, key) ? (elements[key] ?? 0) : 0;
}

/** Σ f(c) over cells (integers: exact). */
function raw(cells: readonly Cell[], f: (c: Cell) => number): number {
  let s = 0;
  for (const c of cells) s += f(c);
  return s;
}

/** Σ w·f(c) over cells, in cell order. */
function weighted(cells: readonly Cell[], f: (c: Cell) => number): number {
  let s = 0;
  for (const c of cells) s += c.weight * f(c);
  return s;
}

/** Kish's effective sample size (Σ w·n)² / Σ w²·n; exactly Σ n when one weight is involved. */
function kish(cells: readonly Cell[], f: (c: Cell) => number): number {
  let used = 0;
  let n = 0;
  let a = 0;
  let b = 0;
  for (const c of cells) {
    const k = f(c);
    if (k === 0) continue;
    used++;
    n += k;
    a += c.weight * k;
    b += c.weight * c.weight * k;
  }
  if (used <= 1) return n;
  return b > 0 ? (a * a) / b : 0;
}

function numericKey(a: string, b: string): number {
  return Number(a) - Number(b);
}

function keysOf(q: QuestionLayout, cells: readonly Cell[]): readonly string[] {
  if (q.keys !== null) return q.keys;
  const seen = new Set<string>();
  for (const c of cells) {
    const cell = qcell(c, q.key);
    for (const k of Object.keys(cell.values)) if (val(cell, k) !== 0) seen.add(k);
  }
  return [...seen].sort(numericKey);
}

function deriveQuestion(q: QuestionLayout, cells: readonly Cell[]): QuestionAggregate {
  const answered = (c: Cell) => qcell(c, q.key).answered;
  const count = raw(cells, answered);
  const weightedCount = weighted(cells, answered);
  const effectiveCount = kish(cells, answered);
  const keys = keysOf(q, cells);
  // The counts as a cells × keys matrix, read once: a weighted aggregate may have thousands of
  // cells. Sums keep the cell order (and, within a cell, the key order), so results are unchanged.
  const nk = keys.length;
  const nc = cells.length;
  const counts = new Float64Array(nc * nk);
  for (let i = 0; i < nc; i++) {
    const cell = qcell(cells[i] as Cell, q.key);
    for (let j = 0; j < nk; j++) counts[i * nk + j] = val(cell, keys[j] as string);
  }
  const numeric = keys.map(Number);
  const weights = cells.map((c) => c.weight);
  /** Σ f(i) over cells (raw) or Σ w·f(i) (weighted), in cell order. */
  const sumRows = (f: (i: number) => number, weightedSum: boolean) => {
    let t = 0;
    for (let i = 0; i < nc; i++) t += weightedSum ? (weights[i] as number) * f(i) : f(i);
    return t;
  };
  const distribution: [string, number][] = [];
  const weightedDistribution: [string, number][] = [];
  for (let j = 0; j < nk; j++) {
    const k = keys[j] as string;
    distribution.push([k, sumRows((i) => counts[i * nk + j] as number, false)]);
    weightedDistribution.push([k, sumRows((i) => counts[i * nk + j] as number, true)]);
  }
  const has = weightedCount > 0;
  const shares = has
    ? weightedDistribution.map(([k, w]): [string, number] => [k, w / weightedCount])
    : null;

  let mean: number | null = null;
  let stdDev: number | null = null;
  if (has && (q.type === 'rating' || q.type === 'nps' || q.type === 'count')) {
    const m =
      sumRows((i) => {
        let s = 0;
        for (let j = 0; j < nk; j++) s += (numeric[j] as number) * (counts[i * nk + j] as number);
        return s;
      }, true) / weightedCount;
    mean = m;
    if (count >= 2) {
      const s2 = sumRows((i) => {
        let s = 0;
        for (let j = 0; j < nk; j++) {
          const d = (numeric[j] as number) - m;
          s += (counts[i * nk + j] as number) * d * d;
        }
        return s;
      }, true);
      const v2 = weighted(cells, (c) => c.weight * answered(c));
      const denom = weightedCount - v2 / weightedCount;
      stdDev = denom > 0 ? Math.sqrt(s2 / denom) : null;
    }
  }

  let satisfiedCount: number | null = null;
  let satisfiedShare: number | null = null;
  if (q.satisfiedValues !== null) {
    const sat = q.satisfiedValues;
    const f = (c: Cell) => {
      const cell = qcell(c, q.key);
      let s = 0;
      for (const k of sat) s += val(cell, k);
      return s;
    };
    satisfiedCount = raw(cells, f);
    satisfiedShare = has ? weighted(cells, f) / weightedCount : null;
  }

  let nps: number | null = null;
  let promoters: number | null = null;
  let passives: number | null = null;
  let detractors: number | null = null;
  if (q.type === 'nps') {
    const band = (lo: number, hi: number) => (c: Cell) => {
      const cell = qcell(c, q.key);
      let s = 0;
      for (let v = lo; v <= hi; v++) s += val(cell, String(v));
      return s;
    };
    promoters = raw(cells, band(9, 10));
    passives = raw(cells, band(7, 8));
    detractors = raw(cells, band(0, 6));
    nps = has
      ? (100 * (weighted(cells, band(9, 10)) - weighted(cells, band(0, 6)))) / weightedCount
      : null;
  }

  return {
    type: q.type,
    element: q.element,
    inIndex: q.inIndex,
    scale: q.scale,
    satisfiedValues: q.satisfiedValues,
    count,
    weightedCount,
    effectiveCount,
    mean,
    stdDev,
    distribution: Object.fromEntries(distribution),
    weightedDistribution: Object.fromEntries(weightedDistribution),
    shares: shares === null ? null : Object.fromEntries(shares),
    satisfiedCount,
    satisfiedShare,
    satisfiedInterval: satisfiedShare === null ? null : wilson(satisfiedShare, effectiveCount),
    nps,
    promoters,
    passives,
    detractors,
  };
}

function deriveIndex(
  questions: readonly QuestionLayout[],
  respondentsOf: (c: Cell) => number,
  cells: readonly Cell[],
): IndexAggregate {
  const answeredAll = (c: Cell) => {
    let s = 0;
    for (const q of questions) s += qcell(c, q.key).answered;
    return s;
  };
  const satisfiedAll = (c: Cell) => {
    let s = 0;
    for (const q of questions) {
      const cell = qcell(c, q.key);
      for (const k of q.satisfiedValues ?? []) s += val(cell, k);
    }
    return s;
  };
  const answers = raw(cells, answeredAll);
  const weightedAnswers = weighted(cells, answeredAll);
  const respondents = raw(cells, respondentsOf);
  const effectiveRespondents = kish(cells, respondentsOf);
  const satisfiedShare =
    weightedAnswers > 0 ? weighted(cells, satisfiedAll) / weightedAnswers : null;

  const first = questions[0];
  const scale =
    first !== undefined &&
    first.scale !== null &&
    questions.every(
      (q) =>
        q.type === 'rating' &&
        q.scale !== null &&
        q.scale.min === first.scale?.min &&
        q.scale.max === first.scale.max,
    )
      ? first.scale
      : null;
  let mean: number | null = null;
  let distribution: Record<string, number> | null = null;
  if (scale !== null && first !== undefined) {
    const keys = first.keys ?? [];
    distribution = Object.fromEntries(
      keys.map((k) => [
        k,
        raw(cells, (c) => questions.reduce((s, q) => s + val(qcell(c, q.key), k), 0)),
      ]),
    );
    if (weightedAnswers > 0) {
      mean =
        weighted(cells, (c) => {
          let s = 0;
          for (const q of questions) {
            const cell = qcell(c, q.key);
            for (const k of keys) s += Number(k) * val(cell, k);
          }
          return s;
        }) / weightedAnswers;
    }
  }
  return {
    questions: questions.map((q) => q.key),
    answers,
    weightedAnswers,
    respondents,
    weightedRespondents: weighted(cells, respondentsOf),
    effectiveRespondents,
    scale,
    mean,
    distribution,
    satisfiedCount: raw(cells, satisfiedAll),
    satisfiedShare,
    satisfiedInterval:
      satisfiedShare === null ? null : wilson(satisfiedShare, effectiveRespondents),
  };
}

/**
 * Derives a complete aggregate from its sufficient statistics. `cells` must be sorted by weight
 * and `groups` already derived.
 *
 * @internal
 */
export function derive(
  layout: Layout,
  settings: AggregateSettings,
  cells: readonly Cell[],
  invalid: number,
  groups: Readonly<Record<string, SurveyAggregate>>,
): SurveyAggregate {
  const responses = (c: Cell) => c.responses;
  const questions = Object.fromEntries(
    layout.questions.map((q) => [q.key, deriveQuestion(q, cells)]),
  );
  const indexQuestions = layout.questions.filter((q) => q.inIndex && q.satisfiedValues !== null);
  const elements = Object.fromEntries(
    layout.elements.map((e) => [
      e,
      deriveIndex(
        indexQuestions.filter((q) => q.element === e),
        (c) => elementRespondents(c, e),
        cells,
      ),
    ]),
  );
  // Frozen, and remembered as made here: merging it again needs no second check.
  return sealAggregate({
    kind: 'motcua.surveyAggregate',
    format: 1,
    survey: { id: layout.id, version: layout.version },
    // A copy: the aggregate never aliases the settings of its inputs (a merge's first operand).
    settings: { by: [...settings.by], weighting: settings.weighting, topBoxes: settings.topBoxes },
    count: raw(cells, responses),
    invalid,
    weightedCount: weighted(cells, responses),
    effectiveCount: kish(cells, responses),
    questions,
    elements,
    overall: deriveIndex(indexQuestions, (c) => c.overall, cells),
    groups,
    cells,
  });
}

function keysFor(q: QuestionAggregate): readonly string[] | null {
  if (q.type === 'count') return null;
  if ((q.type === 'rating' || q.type === 'nps') && q.scale !== null) {
    const keys: string[] = [];
    for (let v = q.scale.min; v <= q.scale.max; v++) keys.push(String(v));
    return keys;
  }
  return Object.keys(q.distribution);
}

/**
 * Rebuilds the layout of an existing aggregate (to re-derive it after a merge or a parse).
 *
 * @internal
 */
export function layoutOf(agg: SurveyAggregate): Layout {
  const questions = agg.questions as Readonly<Record<string, QuestionAggregate>>;
  return {
    id: agg.survey.id,
    version: agg.survey.version,
    questions: Object.entries(questions).map(([key, q]) => ({
      key,
      type: q.type,
      element: q.element,
      inIndex: q.inIndex,
      scale: q.scale,
      satisfiedValues: q.satisfiedValues,
      keys: keysFor(q),
    })),
    elements: Object.keys(agg.elements),
  };
}

/**
 * Sorts group entries by key (code-unit order) into a record, so equal groups always serialise
 * the same way.
 *
 * @internal
 */
export function sortedRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
