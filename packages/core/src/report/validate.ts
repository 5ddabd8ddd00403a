/**
 * Checking a dossier aggregate received as data (another agency's, a stored one) before merging,
 * summarising or indexing it: the one shape check `mergeDossierAggregates`, `summarizeDossiers` and
 * `serviceIndex` run on their inputs, and `safeParseDossierAggregate` for callers.
 *
 * @module
 */
import { describeValue, type Issue, type Result } from '@motcua/errors';
import { copyJson } from '../_lib/json';
import { JSON_SCHEMA_DRAFT } from '../_lib/jsonSchema';
import { CoreError } from '../errors';
import { type DossierAggregate, emptyReportCounts } from './counts';

const DIMENSIONS: ReadonlySet<string> = new Set([
  'unit',
  'procedure',
  'field',
  'channel',
  'period',
]);
const GRANULARITIES: ReadonlySet<string> = new Set(['day', 'week', 'month', 'quarter', 'year']);
const COUNT_KEYS = Object.keys(emptyReportCounts()).filter(
  (k) => k !== 'receivedByChannel' && k !== 'processing',
);

/**
 * Counts added after aggregates were first stored: an aggregate without them is read as having 0
 * (it was made before they were counted), so stored aggregates still merge and summarise.
 */
const LATER_KEYS: ReadonlySet<string> = new Set([
  'receivedOnlineElectronicResult',
  'endedBySupplement',
  'notApplicable',
]);

type Path = (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The first problem of a counts object, or `null`. @internal */
export function countsProblem(c: unknown, at: Path): Issue | null {
  if (!isObject(c)) return issue(at, 'a counts object');
  for (const k of COUNT_KEYS)
    if (!isCount(c[k]) && !(LATER_KEYS.has(k) && c[k] === undefined))
      return issue([...at, k], 'a count ≥ 0');
  const ch = c['receivedByChannel'];
  if (!isObject(ch) || !['direct', 'online', 'postal'].every((k) => isCount(ch[k])))
    return issue([...at, 'receivedByChannel'], '{ direct, online, postal } counts');
  const p = c['processing'];
  if (!isObject(p) || !isCount(p['count']) || !isCount(p['minutes']) || !isObject(p['hours']))
    return issue([...at, 'processing'], '{ count, minutes, hours }');
  for (const [h, n] of Object.entries(p['hours']))
    if (!/^\d{1,7}$/.test(h) || !isCount(n))
      return issue([...at, 'processing', 'hours', h], 'a count per whole hour');
  return null;
}

function issue(path: Path, expected: string): Issue {
  return { path, code: 'invalid_aggregate', message: `expected ${expected}` };
}

/** The first problem of a value as a dossier aggregate, or `null`. @internal */
export function aggregateProblem(v: unknown): Issue | null {
  if (!isObject(v) || v['kind'] !== 'motcua.dossier-aggregate/1')
    return issue([], "an aggregate of kind 'motcua.dossier-aggregate/1'");
  for (const k of ['from', 'to'])
    if (typeof v[k] !== 'string' || Number.isNaN(Date.parse(v[k] as string)))
      return issue([k], 'an ISO instant');
  if (typeof v['granularity'] !== 'string' || !GRANULARITIES.has(v['granularity']))
    return issue(['granularity'], [...GRANULARITIES].join(' | '));
  if (v['earlyGranularity'] !== 'day' && v['earlyGranularity'] !== 'instant')
    return issue(['earlyGranularity'], "'day' | 'instant'");
  const by = v['by'];
  if (!Array.isArray(by) || !by.every((d) => typeof d === 'string' && DIMENSIONS.has(d)))
    return issue(['by'], 'a list of dimensions');
  const total = countsProblem(v['total'], ['total']);
  if (total) return total;
  const groups = v['groups'];
  if (!isObject(groups)) return issue(['groups'], 'an object of group tables');
  for (const d of by as string[]) {
    const table = groups[d];
    if (!isObject(table)) return issue(['groups', d], 'a table of counts by key');
    for (const key of Object.keys(table)) {
      const p = countsProblem(table[key], ['groups', d, key]);
      if (p) return p;
    }
  }
  return null;
}

/**
 * Checks a dossier aggregate received as data (from another agency, a file, a database) without
 * throwing: the value as given (its group tables' keys are ordinary data), or the first problem.
 *
 * @param json - The parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues: [{ path, code, message }] }`.
 * @example
 * ```ts
 * import { aggregateDossiers, safeParseDossierAggregate } from '@motcua/core';
 * const agg = aggregateDossiers([], { from: '2026-02', to: '2026-03' });
 * safeParseDossierAggregate(JSON.parse(JSON.stringify(agg))).ok; //=> true
 * safeParseDossierAggregate({ kind: 'motcua.dossier-aggregate/1' }).ok; //=> false
 * ```
 * @category Reports
 */
export function safeParseDossierAggregate(json: unknown): Result<DossierAggregate> {
  const p = aggregateProblem(json);
  // A copy: what the caller does with its JSON afterwards changes nothing here.
  return p === null
    ? { ok: true, value: copyJson(json as DossierAggregate, 'safeParseDossierAggregate') }
    : { ok: false, issues: [p] };
}

/**
 * The check of {@link safeParseDossierAggregate}, throwing: what `mergeDossierAggregates`,
 * `summarizeDossiers` and `serviceIndex` run on their inputs.
 *
 * @param json - The parsed JSON.
 * @returns The aggregate.
 * @throws {CoreError} `INVALID_AGGREGATE`, naming where.
 * @example
 * ```ts
 * import { aggregateDossiers, parseDossierAggregate } from '@motcua/core';
 * parseDossierAggregate(aggregateDossiers([], { from: '2026-02', to: '2026-03' })).total.received; //=> 0
 * ```
 * @category Reports
 */
export function parseDossierAggregate(json: unknown): DossierAggregate {
  const p = aggregateProblem(json);
  if (p === null) return copyJson(json as DossierAggregate, 'parseDossierAggregate');
  const where = p.path.join('.') || '(aggregate)';
  throw new CoreError(
    'INVALID_AGGREGATE',
    {
      en: `not a dossier aggregate at ${where}: ${p.message}`,
      vi: `không phải tổng hợp hồ sơ tại ${where}: cần ${p.message.replace(/^expected /, '')}`,
    },
    { path: p.path, value: describeValue(json) },
  );
}

/**
 * The JSON Schema (draft 2020-12) of a stored {@link DossierAggregate} (what
 * {@link parseDossierAggregate} reads back), also published as
 * `@motcua/core/schemas/dossier-aggregate.schema.json`, for dashboards and pipelines that keep
 * aggregates per ward outside TypeScript. Never stricter than {@link safeParseDossierAggregate};
 * what it cannot express (`from` and `to` as instants) is named in the `x-motcua` keyword.
 *
 * @returns The JSON Schema.
 * @example
 * ```ts
 * import { dossierAggregateJsonSchema } from '@motcua/core';
 * dossierAggregateJsonSchema().$id; //=> 'urn:motcua:dossier-aggregate:1'
 * ```
 * @category Reports
 */
export function dossierAggregateJsonSchema(): { readonly [key: string]: unknown } {
  const count = { type: 'number', minimum: 0 };
  const counts = {
    type: 'object',
    properties: {
      ...Object.fromEntries(COUNT_KEYS.map((k) => [k, count])),
      receivedByChannel: {
        type: 'object',
        properties: { direct: count, online: count, postal: count },
        required: ['direct', 'online', 'postal'],
      },
      processing: {
        type: 'object',
        properties: {
          count,
          minutes: count,
          hours: {
            type: 'object',
            propertyNames: { pattern: '^\\d{1,7}$' },
            additionalProperties: count,
          },
        },
        required: ['count', 'minutes', 'hours'],
      },
    },
    required: [...COUNT_KEYS.filter((k) => !LATER_KEYS.has(k)), 'receivedByChannel', 'processing'],
  };
  const instant = {
    type: 'string',
    'x-motcua': { unchecked: ['an ISO 8601 instant (Date.parse)'] },
  };
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: 'urn:motcua:dossier-aggregate:1',
    title: 'motcua dossier aggregate (số liệu tổng hợp hồ sơ)',
    type: 'object',
    $defs: { counts },
    properties: {
      kind: { const: 'motcua.dossier-aggregate/1' },
      from: instant,
      to: instant,
      granularity: { enum: [...GRANULARITIES] },
      earlyGranularity: { enum: ['day', 'instant'] },
      by: { type: 'array', items: { enum: [...DIMENSIONS] } },
      total: { $ref: '#/$defs/counts' },
      groups: { type: 'object' },
    },
    required: ['kind', 'from', 'to', 'granularity', 'earlyGranularity', 'by', 'total', 'groups'],
    // Each breakdown named in `by` has its table of counts by key; other tables are not read.
    allOf: [...DIMENSIONS].map((d) => ({
      if: { properties: { by: { type: 'array', contains: { const: d } } }, required: ['by'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword
      then: {
        properties: {
          groups: {
            type: 'object',
            properties: {
              [d]: { type: 'object', additionalProperties: { $ref: '#/$defs/counts' } },
            },
            required: [d],
          },
        },
      },
    })),
  };
}
