/**
 * The streaming accumulator behind `aggregate` and `aggregateAsync` (internal): integer counts in
 * typed arrays, one cell per distinct weight, one level per breakdown group. Memory depends on the
 * number of groups and distinct weights, never on the number of responses.
 *
 * @internal
 * @module
 */

import { describeValue } from '@motcua/errors';
import { FormsError } from '../errors';
import type {
  AggregateCell,
  AggregateOptions,
  AggregateSettings,
  GroupField,
  QuestionCell,
  SurveyAggregate,
  Weighting,
} from './aggregateTypes';
import type { CompiledSurvey } from './compile';
import { derive, type Layout, type QuestionLayout, sortedRecord } from './derive';
import { gridWeight, MAX_CELLS, MAX_STRATUM_WEIGHT, NONE_GROUP } from './patterns';

const GROUP_FIELDS: readonly GroupField[] = ['unit', 'procedure', 'channel', 'period', 'stratum'];

// Question kinds in the hot loop.
const NUMERIC = 0;
const YES_NO = 1;
const CHOICE = 2;
const MULTI = 3;
const TEXT = 4;

interface CellAcc {
  readonly weight: number;
  responses: number;
  readonly answered: Float64Array;
  readonly counts: Float64Array;
  readonly elements: Float64Array;
  overall: number;
}

interface LevelAcc {
  readonly cells: Map<number, CellAcc>;
  /** The cell used last (most samples have one weight, or few). */
  last: CellAcc | null;
  invalid: number;
  readonly groups: Map<string, LevelAcc> | null;
}

function badOption(en: string, vi: string, details: Record<string, unknown>): never {
  throw new FormsError(
    'INVALID_ARGUMENT',
    { vi: `aggregate: ${vi}`, en: `aggregate: ${en}` },
    details,
  );
}

/** Checks the options and returns the settings plus the strata table. */
export function resolveOptions(options: AggregateOptions | undefined): {
  settings: AggregateSettings;
  strata: Readonly<Record<string, number>> | null;
} {
  const by = options?.by ?? [];
  if (!Array.isArray(by)) badOption('by must be an array', 'by phải là một mảng', { by });
  const seen = new Set<string>();
  for (const field of by) {
    if (!GROUP_FIELDS.includes(field)) {
      badOption(
        `unknown by field ${describeValue(field)} (allowed: ${GROUP_FIELDS.join(', ')})`,
        `trường nhóm ${describeValue(field)} không hợp lệ (cho phép: ${GROUP_FIELDS.join(', ')})`,
        { by },
      );
    }
    if (seen.has(field)) {
      badOption(`duplicate by field "${field}"`, `trường nhóm "${field}" bị trùng`, { by });
    }
    seen.add(field);
  }
  const topBoxes = options?.satisfied?.topBoxes ?? 2;
  if (!Number.isInteger(topBoxes) || topBoxes < 1) {
    badOption(
      `satisfied.topBoxes must be a positive integer, got ${topBoxes}`,
      `satisfied.topBoxes phải là số nguyên dương, nhận được ${topBoxes}`,
      { topBoxes },
    );
  }
  const weight = options?.weight;
  let weighting: Weighting = 'none';
  let strata: Record<string, number> | null = null;
  if (weight === 'meta') {
    weighting = 'meta';
  } else if (typeof weight === 'object' && weight !== null) {
    const table: unknown = weight.strata;
    if (typeof table !== 'object' || table === null || Array.isArray(table)) {
      badOption('weight.strata must be an object', 'weight.strata phải là một đối tượng', {
        weight,
      });
    }
    // One cell per distinct weight: more strata than an aggregate may hold cells would make an
    // aggregate that no reader (or merge) accepts.
    const entries = Object.entries(table);
    if (entries.length > MAX_CELLS)
      badOption(
        `at most ${MAX_CELLS} strata, got ${entries.length}`,
        `tối đa ${MAX_CELLS} tầng, nhận được ${entries.length}`,
        { strata: entries.length },
      );
    strata = {};
    for (const [k, v] of entries) {
      if (typeof v !== 'number' || !(v > 0 && v <= MAX_STRATUM_WEIGHT)) {
        badOption(
          `the weight of stratum "${k}" must be a number in (0, ${MAX_STRATUM_WEIGHT}], got ${describeValue(v)}`,
          `trọng số của tầng "${k}" phải là số trong (0, ${MAX_STRATUM_WEIGHT}], nhận được ${describeValue(v)}`,
          { stratum: k, weight: v },
        );
      }
      Object.defineProperty(strata, k, { value: v, enumerable: true });
    }
    weighting = 'strata';
  } else if (weight !== undefined) {
    badOption(
      "weight must be 'meta' or { strata: { … } }",
      "weight phải là 'meta' hoặc { strata: { … } }",
      { weight },
    );
  }
  return { settings: { by: [...by], weighting, topBoxes }, strata };
}

/** The layout of a compiled survey under a top-box setting. */
export function layoutFromPlan(plan: CompiledSurvey, topBoxes: number): Layout {
  const questions: QuestionLayout[] = plan.questions.map((q) => {
    let satisfiedValues: string[] | null = null;
    const rule = q.satisfied;
    if (rule !== null && rule.kind === 'from') {
      const from = rule.from ?? q.max - topBoxes + 1;
      satisfiedValues = q.slotKeys.filter((_, i) => q.min + i >= from);
    } else if (rule !== null) {
      satisfiedValues = rule.slots.map((i) => q.slotKeys[i] ?? '');
    }
    const numeric = q.type === 'rating' || q.type === 'nps' || q.type === 'count';
    return {
      key: q.key,
      type: q.type,
      element: q.element < 0 ? null : (plan.elements[q.element]?.key ?? null),
      inIndex: q.inIndex,
      scale: numeric ? { min: q.min, max: q.max } : null,
      satisfiedValues,
      keys: q.type === 'count' ? null : q.slotKeys,
    };
  });
  return {
    id: plan.id,
    version: plan.version,
    questions,
    elements: plan.elements.map((e) => e.key),
  };
}

function own(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Streams responses into integer counts; `finish()` derives the aggregate. */
export class Accumulator {
  private readonly plan: CompiledSurvey;
  private readonly settings: AggregateSettings;
  private readonly strata: Readonly<Record<string, number>> | null;
  private readonly layout: Layout;
  private readonly root: LevelAcc;
  private readonly nq: number;
  private readonly ne: number;
  /** Question key → question index. */
  private readonly index: Map<string, number>;
  private readonly kind: Int8Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly offset: Int32Array;
  private readonly width: Int32Array;
  private readonly element: Int32Array;
  private readonly inIndex: Uint8Array;
  private readonly minSelected: Int32Array;
  private readonly maxSelected: Int32Array;
  private readonly options: (ReadonlyMap<string, number> | null)[];
  private readonly totalSlots: number;
  // Per-response scratch: answered question indexes, count slots to increment, elements touched.
  private readonly answered: Int32Array;
  private readonly hits: Int32Array;
  private readonly touched: Int32Array;
  private readonly flags: Uint8Array;
  private nAnswered = 0;
  private nHits = 0;
  private nTouched = 0;
  private any = false;
  /** Whether Object.prototype has enumerable properties (then for…in is not safe). */
  private readonly polluted: boolean;
  private readonly groupKeys: string[];

  constructor(plan: CompiledSurvey, options: AggregateOptions | undefined) {
    const { settings, strata } = resolveOptions(options);
    this.plan = plan;
    this.settings = settings;
    this.strata = strata;
    this.layout = layoutFromPlan(plan, settings.topBoxes);
    const nq = plan.questions.length;
    this.nq = nq;
    this.ne = plan.elements.length;
    this.index = new Map(plan.questions.map((q) => [q.key, q.index]));
    this.kind = new Int8Array(nq);
    this.min = new Float64Array(nq);
    this.max = new Float64Array(nq);
    this.offset = new Int32Array(nq);
    this.width = new Int32Array(nq);
    this.element = new Int32Array(nq);
    this.inIndex = new Uint8Array(nq);
    this.minSelected = new Int32Array(nq);
    this.maxSelected = new Int32Array(nq);
    this.options = plan.questions.map((q) => q.options);
    let total = 0;
    let maxHits = 0;
    for (const q of plan.questions) {
      const i = q.index;
      this.kind[i] =
        q.type === 'yesNo'
          ? YES_NO
          : q.type === 'choice'
            ? CHOICE
            : q.type === 'multiChoice'
              ? MULTI
              : q.type === 'text'
                ? TEXT
                : NUMERIC;
      this.min[i] = q.min;
      this.max[i] = q.max;
      this.offset[i] = total;
      this.width[i] = q.slotKeys.length;
      total += q.slotKeys.length;
      maxHits += q.type === 'multiChoice' ? q.slotKeys.length : 1;
      this.element[i] = q.element;
      this.inIndex[i] = q.inIndex ? 1 : 0;
      this.minSelected[i] = q.minSelected;
      this.maxSelected[i] = q.maxSelected;
    }
    this.totalSlots = total;
    this.answered = new Int32Array(nq);
    this.hits = new Int32Array(maxHits);
    this.touched = new Int32Array(this.ne);
    this.flags = new Uint8Array(this.ne);
    this.groupKeys = [];
    this.root = this.newLevel(0);
    this.polluted = Object.keys(Object.prototype).length > 0;
  }

  private newLevel(depth: number): LevelAcc {
    return {
      cells: new Map(),
      last: null,
      invalid: 0,
      groups: depth < this.settings.by.length ? new Map() : null,
    };
  }

  private child(level: LevelAcc, key: string, depth: number): LevelAcc {
    const groups = level.groups as Map<string, LevelAcc>;
    let g = groups.get(key);
    if (g === undefined) {
      g = this.newLevel(depth + 1);
      groups.set(key, g);
    }
    return g;
  }

  /**
   * Reads the answers into the scratch arrays. Only own enumerable keys are read (inherited or
   * polluted prototype properties are ignored). Returns `false` if an answer is invalid.
   */
  private read(answers: object): boolean {
    this.nAnswered = 0;
    this.nHits = 0;
    this.nTouched = 0;
    this.any = false;
    const index = this.index;
    const values = answers as Record<string, unknown>;
    // for…in is the fastest way through objects of many shapes (V8's enum cache), but it also
    // yields inherited enumerable keys: use it only when there can be none (a plain object whose
    // prototype is an unpolluted Object.prototype, or a null-prototype object).
    const proto: unknown = Object.getPrototypeOf(answers);
    if (proto === null || (proto === Object.prototype && !this.polluted)) {
      for (const key in values) {
        const i = index.get(key);
        if (i !== undefined && !this.take(i, values[key])) return false;
      }
    } else {
      const keys = Object.keys(values);
      for (let j = 0; j < keys.length; j++) {
        const key = keys[j] as string;
        const i = index.get(key);
        if (i !== undefined && !this.take(i, values[key])) return false;
      }
    }
    return true;
  }

  /** Records the answer `v` to question `i` in the scratch arrays; `false` if it is invalid. */
  private take(i: number, v: unknown): boolean {
    if (v === undefined || v === null) return true;
    const hits = this.hits;
    const k = this.kind[i];
    const off = this.offset[i] as number;
    if (k === NUMERIC) {
      if (typeof v !== 'number') return false;
      const lo = this.min[i] as number;
      if (!(v >= lo && v <= (this.max[i] as number)) || Math.floor(v) !== v) return false;
      hits[this.nHits++] = off + v - lo;
    } else if (k === YES_NO) {
      if (v === true) hits[this.nHits++] = off;
      else if (v === false) hits[this.nHits++] = off + 1;
      else return false;
    } else if (k === CHOICE) {
      if (typeof v !== 'string') return false;
      if (v === '') return true;
      const s = this.options[i]?.get(v);
      if (s === undefined) return false;
      hits[this.nHits++] = off + s;
    } else if (k === MULTI) {
      if (!Array.isArray(v)) return false;
      if (v.length === 0) return true;
      if (
        v.length < (this.minSelected[i] as number) ||
        v.length > (this.maxSelected[i] as number)
      ) {
        return false;
      }
      const opts = this.options[i];
      const first = this.nHits;
      for (const o of v as unknown[]) {
        const s = typeof o === 'string' ? opts?.get(o) : undefined;
        if (s === undefined) return false;
        for (let h = first; h < this.nHits; h++) if (hits[h] === off + s) return false;
        hits[this.nHits++] = off + s;
      }
    } else {
      if (typeof v !== 'string') return false;
      if (v.trim() === '') return true;
    }
    this.answered[this.nAnswered++] = i;
    if (this.inIndex[i] === 1) {
      this.any = true;
      const e = this.element[i] as number;
      if (e >= 0 && this.flags[e] === 0) {
        this.flags[e] = 1;
        this.touched[this.nTouched++] = e;
      }
    }
    return true;
  }

  private clearFlags(): void {
    for (let t = 0; t < this.nTouched; t++) this.flags[this.touched[t] as number] = 0;
  }

  /** Adds one response (a validated {@link SurveyResponse}); invalid ones are counted, not thrown. */
  add(response: unknown): void {
    const root = this.root;
    if (typeof response !== 'object' || response === null) {
      root.invalid++;
      return;
    }
    const metaRaw = own(response, 'meta');
    const meta = metaRaw === undefined || metaRaw === null ? {} : metaRaw;
    if (typeof meta !== 'object' || Array.isArray(meta)) {
      root.invalid++;
      return;
    }
    const by = this.settings.by;
    const groupKeys = this.groupKeys;
    let readable = 0;
    for (const field of by) {
      const v = own(meta, field);
      let key: string;
      if (v === undefined || v === null) key = NONE_GROUP;
      else if (typeof v === 'string' && v !== '' && v !== '__proto__') key = v;
      else break;
      groupKeys[readable++] = key;
    }
    let ok = readable === by.length;
    let weight = 1;
    if (ok && this.settings.weighting === 'meta') {
      // Read to 3 significant digits: the cells stay few (at most MAX_CELLS) whatever the weights.
      const w = gridWeight(own(meta, 'weight'));
      if (w !== null) weight = w;
      else ok = false;
    } else if (ok && this.strata !== null) {
      const s = own(meta, 'stratum');
      const w = typeof s === 'string' ? own(this.strata, s) : undefined;
      if (typeof w === 'number') weight = w;
      else ok = false;
    }
    if (ok) {
      const answersRaw = own(response, 'answers');
      const answers = answersRaw === undefined || answersRaw === null ? {} : answersRaw;
      ok = typeof answers === 'object' && !Array.isArray(answers) && this.read(answers);
      // `read` may stop half-way after flagging elements: reset them all.
      if (!ok) this.flags.fill(0);
    }
    if (!ok) {
      root.invalid++;
      let level = root;
      for (let d = 0; d < readable; d++) {
        level = this.child(level, groupKeys[d] as string, d);
        level.invalid++;
      }
      return;
    }
    // Only the deepest group is counted here; its ancestors are summed from it in `finish`.
    let level = root;
    for (let d = 0; d < by.length; d++) level = this.child(level, groupKeys[d] as string, d);
    this.commit(level, weight);
    this.clearFlags();
  }

  private commit(level: LevelAcc, weight: number): void {
    let cell =
      level.last !== null && level.last.weight === weight ? level.last : level.cells.get(weight);
    if (cell === undefined) {
      cell = {
        weight,
        responses: 0,
        answered: new Float64Array(this.nq),
        counts: new Float64Array(this.totalSlots),
        elements: new Float64Array(this.ne),
        overall: 0,
      };
      level.cells.set(weight, cell);
    }
    level.last = cell;
    cell.responses++;
    const answered = cell.answered;
    const counts = cell.counts;
    const elements = cell.elements;
    for (let j = 0; j < this.nAnswered; j++) {
      const i = this.answered[j] as number;
      answered[i] = (answered[i] as number) + 1;
    }
    for (let j = 0; j < this.nHits; j++) {
      const h = this.hits[j] as number;
      counts[h] = (counts[h] as number) + 1;
    }
    for (let t = 0; t < this.nTouched; t++) {
      const e = this.touched[t] as number;
      elements[e] = (elements[e] as number) + 1;
    }
    if (this.any) cell.overall++;
  }

  private toCell(acc: CellAcc): AggregateCell {
    const questions: [string, QuestionCell][] = [];
    for (const q of this.layout.questions) {
      const i = questions.length;
      const off = this.offset[i] as number;
      const width = this.width[i] as number;
      const kind = this.kind[i];
      const values: [string, number][] = [];
      if (kind !== TEXT) {
        const slotKeys = this.plan.questions[i]?.slotKeys ?? [];
        for (let s = 0; s < width; s++) {
          const n = acc.counts[off + s] as number;
          // Count questions keep only the values seen.
          if (q.keys === null && n === 0) continue;
          values.push([slotKeys[s] ?? String(s), n]);
        }
      }
      questions.push([
        q.key,
        { answered: acc.answered[i] as number, values: Object.fromEntries(values) },
      ]);
    }
    return {
      weight: acc.weight,
      responses: acc.responses,
      questions: Object.fromEntries(questions),
      elements: Object.fromEntries(
        this.layout.elements.map((e, j) => [e, acc.elements[j] as number]),
      ),
      overall: acc.overall,
    };
  }

  /** Adds every group's cells into its parent's, bottom-up (integer sums: exact). */
  private rollUp(level: LevelAcc): void {
    if (level.groups === null) return;
    for (const child of level.groups.values()) {
      this.rollUp(child);
      for (const c of child.cells.values()) {
        let cell = level.cells.get(c.weight);
        if (cell === undefined) {
          cell = {
            weight: c.weight,
            responses: 0,
            answered: new Float64Array(this.nq),
            counts: new Float64Array(this.totalSlots),
            elements: new Float64Array(this.ne),
            overall: 0,
          };
          level.cells.set(c.weight, cell);
        }
        cell.responses += c.responses;
        cell.overall += c.overall;
        for (let i = 0; i < c.answered.length; i++)
          cell.answered[i] = (cell.answered[i] as number) + (c.answered[i] as number);
        for (let i = 0; i < c.counts.length; i++)
          cell.counts[i] = (cell.counts[i] as number) + (c.counts[i] as number);
        for (let i = 0; i < c.elements.length; i++)
          cell.elements[i] = (cell.elements[i] as number) + (c.elements[i] as number);
      }
    }
  }

  private finishLevel(level: LevelAcc, depth: number): SurveyAggregate {
    const settings: AggregateSettings = {
      by: this.settings.by.slice(depth),
      weighting: this.settings.weighting,
      topBoxes: this.settings.topBoxes,
    };
    const cells = [...level.cells.values()]
      .sort((a, b) => a.weight - b.weight)
      .map((c) => this.toCell(c));
    const groups =
      level.groups === null
        ? {}
        : sortedRecord(
            [...level.groups].map(([k, g]) => [k, this.finishLevel(g, depth + 1)] as const),
          );
    return derive(this.layout, settings, cells, level.invalid, groups);
  }

  /** Derives the aggregate of everything added so far (call once). */
  finish(): SurveyAggregate {
    this.rollUp(this.root);
    return this.finishLevel(this.root, 0);
  }
}
