import { issuesError } from '../errors';
import type { JsonValue } from '../form/jsonSchema';
import type { Locale } from '../types';
import type {
  AggregateCell,
  AggregateSettings,
  GroupField,
  QuestionCell,
  SurveyAggregate,
  Weighting,
} from './aggregateTypes';
import { derive, type Layout, type QuestionLayout, sortedRecord } from './derive';
import { listValues, makeIssue, typeName } from './messages';
import { gridWeight, isScale, MAX_CELLS, MAX_STRATUM_WEIGHT } from './patterns';
import { QUESTION_TYPES } from './schema';
import type { QuestionType, SurveyIssue, SurveyResult } from './types';

type Path = (string | number)[];
type Rec = Readonly<Record<string, unknown>>;

const GROUP_FIELDS: readonly GroupField[] = ['unit', 'procedure', 'channel', 'period', 'stratum'];
const WEIGHTINGS: readonly Weighting[] = ['none', 'meta', 'strata'];

/**
 * Options of {@link parseSurveyAggregate}.
 *
 * @example
 * ```ts
 * import type { ParseSurveyAggregateOptions } from '@motcua/forms';
 * const options: ParseSurveyAggregateOptions = { locale: 'en' };
 * ```
 * @category Survey statistics
 */
export interface ParseSurveyAggregateOptions {
  /** The language of the issue messages (default `'vi'`). */
  readonly locale?: Locale | undefined;
}

class Reader {
  readonly issues: SurveyIssue[] = [];
  constructor(readonly locale: Locale) {}

  fail(path: Path, expected: string): undefined {
    this.issues.push(
      makeIssue(path, 'invalid_type', this.locale, { expected: typeName(expected, this.locale) }),
    );
    return undefined;
  }

  value(path: Path, allowed: readonly unknown[]): undefined {
    this.issues.push(
      makeIssue(path, 'invalid_value', this.locale, { allowed: listValues(allowed) }),
    );
    return undefined;
  }

  tooLarge(path: Path, limit: string): undefined {
    this.issues.push(makeIssue(path, 'too_large', this.locale, { limit }));
    return undefined;
  }

  record(v: unknown, path: Path): Rec | undefined {
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Rec)
      : this.fail(path, 'object');
  }

  count(v: unknown, path: Path): number | undefined {
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
      ? v
      : this.fail(path, 'integer');
  }
}

function get(rec: Rec, key: string): unknown {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

function readLayout(r: Reader, agg: Rec): Layout | undefined {
  const survey = r.record(get(agg, 'survey'), ['survey']);
  const questions = r.record(get(agg, 'questions'), ['questions']);
  const elements = r.record(get(agg, 'elements'), ['elements']);
  if (survey === undefined || questions === undefined || elements === undefined) return undefined;
  const id = get(survey, 'id');
  const version = get(survey, 'version');
  if (typeof id !== 'string') r.fail(['survey', 'id'], 'string');
  if (typeof version !== 'string' && typeof version !== 'number')
    r.fail(['survey', 'version'], 'string');
  const qs: QuestionLayout[] = [];
  for (const [key, raw] of Object.entries(questions)) {
    const at: Path = ['questions', key];
    const q = r.record(raw, at);
    if (q === undefined) continue;
    const type = get(q, 'type');
    if (!(QUESTION_TYPES as readonly unknown[]).includes(type)) {
      r.value([...at, 'type'], QUESTION_TYPES);
      continue;
    }
    const element = get(q, 'element');
    if (element !== null && typeof element !== 'string') r.fail([...at, 'element'], 'string');
    const inIndex = get(q, 'inIndex');
    if (typeof inIndex !== 'boolean') r.fail([...at, 'inIndex'], 'boolean');
    const scaleRaw = get(q, 'scale');
    let scale: { min: number; max: number } | null = null;
    if (scaleRaw !== null) {
      const s = r.record(scaleRaw, [...at, 'scale']);
      const min = s === undefined ? undefined : get(s, 'min');
      const max = s === undefined ? undefined : get(s, 'max');
      // The bounds a survey definition allows: a 1e9-value scale would be expanded value by value.
      if (isScale(min, max)) {
        scale = { min: min as number, max: max as number };
      } else {
        r.fail([...at, 'scale'], 'integer');
      }
    }
    const satRaw = get(q, 'satisfiedValues');
    let satisfiedValues: string[] | null = null;
    if (satRaw !== null) {
      if (Array.isArray(satRaw) && satRaw.every((s) => typeof s === 'string'))
        satisfiedValues = [...(satRaw as string[])];
      else r.fail([...at, 'satisfiedValues'], 'string[]');
    }
    const dist = r.record(get(q, 'distribution'), [...at, 'distribution']);
    let keys: string[] | null = null;
    if (type !== 'count') {
      if ((type === 'rating' || type === 'nps') && scale !== null) {
        keys = [];
        for (let v = scale.min; v <= scale.max; v++) keys.push(String(v));
      } else {
        keys = dist === undefined ? [] : Object.keys(dist);
      }
    }
    qs.push({
      key,
      type: type as QuestionType,
      element: typeof element === 'string' ? element : null,
      inIndex: inIndex === true,
      scale,
      satisfiedValues,
      keys,
    });
  }
  if (typeof id !== 'string' || (typeof version !== 'string' && typeof version !== 'number'))
    return undefined;
  return { id, version, questions: qs, elements: Object.keys(elements) };
}

function readSettings(r: Reader, agg: Rec, path: Path): AggregateSettings | undefined {
  const s = r.record(get(agg, 'settings'), [...path, 'settings']);
  if (s === undefined) return undefined;
  const by = get(s, 'by');
  const weighting = get(s, 'weighting');
  const topBoxes = get(s, 'topBoxes');
  let ok = true;
  if (!Array.isArray(by) || !by.every((f) => (GROUP_FIELDS as readonly unknown[]).includes(f))) {
    r.value([...path, 'settings', 'by'], GROUP_FIELDS);
    ok = false;
  }
  if (!(WEIGHTINGS as readonly unknown[]).includes(weighting)) {
    r.value([...path, 'settings', 'weighting'], WEIGHTINGS);
    ok = false;
  }
  if (!Number.isSafeInteger(topBoxes) || (topBoxes as number) < 1) {
    r.fail([...path, 'settings', 'topBoxes'], 'integer');
    ok = false;
  }
  return ok
    ? {
        by: [...(by as GroupField[])],
        weighting: weighting as Weighting,
        topBoxes: topBoxes as number,
      }
    : undefined;
}

function readCell(r: Reader, layout: Layout, raw: unknown, path: Path): AggregateCell | undefined {
  const c = r.record(raw, path);
  if (c === undefined) return undefined;
  const weight = get(c, 'weight');
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    r.fail([...path, 'weight'], 'number');
    return undefined;
  }
  const responses = r.count(get(c, 'responses'), [...path, 'responses']);
  const overall = r.count(get(c, 'overall'), [...path, 'overall']);
  const qsRaw = r.record(get(c, 'questions'), [...path, 'questions']);
  const elRaw = r.record(get(c, 'elements'), [...path, 'elements']);
  if (
    responses === undefined ||
    overall === undefined ||
    qsRaw === undefined ||
    elRaw === undefined
  )
    return undefined;
  const questions: [string, QuestionCell][] = [];
  for (const q of layout.questions) {
    const at: Path = [...path, 'questions', q.key];
    const qc = r.record(get(qsRaw, q.key), at);
    if (qc === undefined) return undefined;
    const answered = r.count(get(qc, 'answered'), [...at, 'answered']);
    const vals = r.record(get(qc, 'values'), [...at, 'values']);
    if (answered === undefined || vals === undefined) return undefined;
    const values: [string, number][] = [];
    const allowed = q.keys ?? (q.scale === null ? [] : null);
    for (const [k, n] of Object.entries(vals)) {
      const countOk = r.count(n, [...at, 'values', k]);
      if (countOk === undefined) return undefined;
      const known =
        allowed !== null
          ? allowed.includes(k)
          : /^\d+$/.test(k) &&
            q.scale !== null &&
            Number(k) >= q.scale.min &&
            Number(k) <= q.scale.max;
      if (!known) {
        r.value([...at, 'values', k], allowed ?? [`${q.scale?.min ?? 0}…${q.scale?.max ?? 0}`]);
        return undefined;
      }
      values.push([k, countOk]);
    }
    const canonical: [string, number][] =
      q.keys !== null
        ? q.keys.map((k) => [k, values.find(([v]) => v === k)?.[1] ?? 0])
        : values.filter(([, n]) => n !== 0).sort(([a], [b]) => Number(a) - Number(b));
    questions.push([q.key, { answered, values: Object.fromEntries(canonical) }]);
  }
  const elements: [string, number][] = [];
  for (const e of layout.elements) {
    const n = r.count(get(elRaw, e), [...path, 'elements', e]);
    if (n === undefined) return undefined;
    elements.push([e, n]);
  }
  return {
    weight,
    responses,
    questions: Object.fromEntries(questions),
    elements: Object.fromEntries(elements),
    overall,
  };
}

function readLevel(
  r: Reader,
  layout: Layout,
  raw: unknown,
  path: Path,
  expectedBy: readonly GroupField[] | null,
): SurveyAggregate | undefined {
  const agg = r.record(raw, path);
  if (agg === undefined) return undefined;
  if (get(agg, 'kind') !== 'motcua.surveyAggregate')
    return r.value([...path, 'kind'], ['motcua.surveyAggregate']);
  if (get(agg, 'format') !== 1) return r.value([...path, 'format'], [1]);
  const settings = readSettings(r, agg, path);
  if (settings === undefined) return undefined;
  if (expectedBy !== null && settings.by.join() !== expectedBy.join()) {
    return r.value([...path, 'settings', 'by'], [expectedBy]);
  }
  const invalid = r.count(get(agg, 'invalid'), [...path, 'invalid']);
  const cellsRaw = get(agg, 'cells');
  if (!Array.isArray(cellsRaw)) return r.fail([...path, 'cells'], 'array');
  // Bounded: one cell per weight of the grid at most (a weighted aggregate cannot grow per response).
  if (cellsRaw.length > MAX_CELLS) return r.tooLarge([...path, 'cells'], `≤ ${MAX_CELLS} cells`);
  const cells: AggregateCell[] = [];
  for (let i = 0; i < cellsRaw.length; i++) {
    const cell = readCell(r, layout, cellsRaw[i], [...path, 'cells', i]);
    if (cell === undefined) return undefined;
    if (settings.weighting === 'meta' && gridWeight(cell.weight) !== cell.weight)
      return r.value(
        [...path, 'cells', i, 'weight'],
        ['a weight of 3 significant digits, 0.001–1000'],
      );
    // Unweighted cells weigh 1; stratum weights are bounded, so weighted sums stay finite.
    if (settings.weighting === 'none' && cell.weight !== 1)
      return r.value([...path, 'cells', i, 'weight'], ['1 (an unweighted aggregate)']);
    if (settings.weighting === 'strata' && cell.weight > MAX_STRATUM_WEIGHT)
      return r.value([...path, 'cells', i, 'weight'], [`≤ ${MAX_STRATUM_WEIGHT}`]);
    const prev = cells.at(-1);
    if (prev !== undefined && prev.weight >= cell.weight) {
      return r.value([...path, 'cells', i, 'weight'], [`> ${prev.weight}`]);
    }
    cells.push(cell);
  }
  const groupsRaw = r.record(get(agg, 'groups'), [...path, 'groups']);
  if (groupsRaw === undefined || invalid === undefined) return undefined;
  const groups: [string, SurveyAggregate][] = [];
  const tail = settings.by.slice(1);
  for (const [k, g] of Object.entries(groupsRaw)) {
    if (settings.by.length === 0) return r.value([...path, 'groups', k], []);
    const level = readLevel(r, layout, g, [...path, 'groups', k], tail);
    if (level === undefined) return undefined;
    groups.push([k, level]);
  }
  return derive(layout, settings, cells, invalid, sortedRecord(groups));
}

/**
 * Reads an aggregate back from untrusted data, typically the JSON stored per ward, without
 * throwing. The sufficient statistics (`cells`, `invalid`, `groups`) and the question metadata are
 * checked; every derived number is then recomputed from them, so a stored aggregate whose derived
 * numbers were edited or rounded comes back consistent. For a well-formed aggregate,
 * `safeParseSurveyAggregate(JSON.parse(JSON.stringify(agg))).value` deep-equals `agg`.
 *
 * @param input - Anything, e.g. `JSON.parse(text)`.
 * @param options - `locale` of the messages (`'vi'` by default, or `'en'`).
 * @returns `{ ok: true, value }` with the aggregate, or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { aggregate, mergeAggregates, safeParseSurveyAggregate, sampleResponses, sipasSurvey } from '@motcua/forms';
 *
 * const survey = sipasSurvey();
 * const stored = JSON.stringify(aggregate(survey, sampleResponses(survey, 40, 9)));
 * const parsed = safeParseSurveyAggregate(JSON.parse(stored));
 * parsed.ok && mergeAggregates(parsed.value, aggregate(survey, sampleResponses(survey, 10, 8))).count;
 * //=> 50
 * safeParseSurveyAggregate({ kind: 'other' }, { locale: 'en' });
 * //=> { ok: false, issues: [{ path: ['kind'], code: 'invalid_value', message: 'Invalid value (allowed: "motcua.surveyAggregate")', … }] }
 * ```
 * @category Survey statistics
 */
export function safeParseSurveyAggregate(
  input: unknown,
  options?: ParseSurveyAggregateOptions,
): SurveyResult<SurveyAggregate> {
  const r = new Reader(options?.locale === 'en' ? 'en' : 'vi');
  try {
    const root = r.record(input, []);
    if (root === undefined) return { ok: false, issues: r.issues };
    if (get(root, 'kind') !== 'motcua.surveyAggregate') {
      r.value(['kind'], ['motcua.surveyAggregate']);
      return { ok: false, issues: r.issues };
    }
    const layout = readLayout(r, root);
    if (layout === undefined || r.issues.length > 0) return { ok: false, issues: r.issues };
    const agg = readLevel(r, layout, root, [], null);
    if (agg === undefined || r.issues.length > 0) return { ok: false, issues: r.issues };
    return { ok: true, value: agg };
  } catch {
    return { ok: false, issues: [makeIssue([], 'invalid_input', r.locale)] };
  }
}

/**
 * Checks a survey aggregate received as data and returns it, or throws; {@link safeParseSurveyAggregate} returns the
 * issues instead.
 *
 * @param input - The parsed JSON.
 * @param options - The language of the issues in the error's details (default `'vi'`).
 * @returns The checked value.
 * @throws {FormsError} `INVALID_AGGREGATE`, the issues in `details.issues`.
 * @example
 * ```ts
 * import { aggregate, parseSurveyAggregate, sampleResponses, sipasSurvey } from '@motcua/forms';
 * const survey = sipasSurvey();
 * const stored = JSON.stringify(aggregate(survey, sampleResponses(survey, 30, 4)));
 * parseSurveyAggregate(JSON.parse(stored)).count; //=> 30
 * parseSurveyAggregate({}); //=> throws FormsError INVALID_AGGREGATE
 * ```
 * @category Surveys
 */
export function parseSurveyAggregate(
  input: unknown,
  options?: ParseSurveyAggregateOptions,
): SurveyAggregate {
  const r = safeParseSurveyAggregate(input, options);
  if (r.ok) return r.value;
  // Each language's message lists the issues in that language; the details, in the one asked for.
  const en = options?.locale === 'en';
  const other = safeParseSurveyAggregate(input, { ...options, locale: en ? 'vi' : 'en' });
  const otherIssues = other.ok ? [] : other.issues;
  throw issuesError(
    'INVALID_AGGREGATE',
    { vi: 'Tổng hợp khảo sát', en: 'survey aggregate' },
    { vi: en ? otherIssues : r.issues, en: en ? r.issues : otherIssues },
    r.issues,
  );
}

/**
 * The JSON Schema (draft 2020-12) of a stored {@link SurveyAggregate} (what
 * {@link parseSurveyAggregate} reads back), also published as
 * `@motcua/forms/schemas/survey-aggregate.schema.json`. Never stricter than
 * {@link safeParseSurveyAggregate}; it checks the structure (the survey, its questions, the
 * settings, the cells and the groups at every level) and names in `x-motcua` what motcua checks
 * beyond it: each cell's answer values against its question, the cells' weights in increasing order
 * (on the 3-digit grid when weighted by metadata), the breakdown fields of each level, and that the
 * derived statistics are recomputed from the cells (stored ones are not trusted).
 *
 * @returns The JSON Schema.
 * @example
 * ```ts
 * import { surveyAggregateJsonSchema } from '@motcua/forms';
 * surveyAggregateJsonSchema().$id; //=> 'urn:motcua:survey-aggregate:1'
 * ```
 * @category Survey statistics
 */
export function surveyAggregateJsonSchema(): { readonly [key: string]: JsonValue } {
  const count = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
  const level = {
    type: 'object',
    properties: {
      kind: { const: 'motcua.surveyAggregate' },
      format: { const: 1 },
      settings: {
        type: 'object',
        properties: {
          by: { type: 'array', items: { enum: [...GROUP_FIELDS] } },
          weighting: { enum: [...WEIGHTINGS] },
          topBoxes: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        },
        required: ['by', 'weighting', 'topBoxes'],
      },
      invalid: count,
      cells: {
        type: 'array',
        maxItems: MAX_CELLS,
        items: {
          type: 'object',
          properties: {
            weight: { type: 'number', exclusiveMinimum: 0 },
            responses: count,
            overall: count,
            // Read for the survey's own questions and elements (unchecked here); other keys are ignored.
            questions: { type: 'object' },
            elements: { type: 'object' },
          },
          required: ['weight', 'responses', 'overall', 'questions', 'elements'],
        },
      },
      groups: { type: 'object', additionalProperties: { $ref: '#/$defs/level' } },
    },
    required: ['kind', 'format', 'settings', 'invalid', 'cells', 'groups'],
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:motcua:survey-aggregate:1',
    title: 'motcua survey aggregate (số liệu tổng hợp khảo sát)',
    $defs: { level },
    allOf: [
      { $ref: '#/$defs/level' },
      {
        type: 'object',
        properties: {
          survey: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              version: { anyOf: [{ type: 'string' }, { type: 'number' }] },
            },
            required: ['id', 'version'],
          },
          questions: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: {
                type: { enum: [...QUESTION_TYPES] },
                element: { anyOf: [{ type: 'string' }, { type: 'null' }] },
                inIndex: { type: 'boolean' },
                scale: {
                  anyOf: [
                    { type: 'null' },
                    {
                      type: 'object',
                      properties: { min: { type: 'integer' }, max: { type: 'integer' } },
                      required: ['min', 'max'],
                    },
                  ],
                },
                satisfiedValues: {
                  anyOf: [{ type: 'null' }, { type: 'array', items: { type: 'string' } }],
                },
                distribution: { type: 'object' },
              },
              required: ['type', 'element', 'inIndex', 'scale', 'satisfiedValues', 'distribution'],
            },
          },
          elements: { type: 'object' },
        },
        required: ['survey', 'questions', 'elements'],
      },
    ],
    'x-motcua': {
      unchecked: [
        "each cell's entry for every question (answered, values against its options or scale) and count for every element",
        'cell weights in increasing order (and on the 3-digit grid when weighted by metadata)',
        "each group level's breakdown fields (the parent's, less the first)",
        'scale bounds within what a survey definition allows',
        'the derived statistics (recomputed from the cells)',
      ],
    },
  };
}
