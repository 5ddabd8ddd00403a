/**
 * The published JSON Schemas (issue #17): `schemas/*.schema.json` in the packages are exactly what
 * the functions give (`MOTCUA_UPDATE_SCHEMAS=1` rewrites them), and a standard validator (Ajv,
 * draft 2020-12) with them agrees with the TypeScript readers on 10,000 generated documents each,
 * except where the schema says it does not check: it never refuses what motcua accepts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  aggregate as aggregateSurvey,
  dossierEvaluation,
  safeParseSurveyAggregate,
  sampleResponses,
  sipasSurvey,
  surveyAggregateJsonSchema,
  surveyJsonSchema,
} from '@motcua/forms';
import { safeParseSchedule, scheduleJsonSchema } from '@motcua/sla/schedule';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema, safeParseCatalog } from './procedure/parse';
import { aggregateDossiers } from './report/aggregate';
import { dossierRecordJsonSchema, safeParseDossierRecord } from './report/schema';
import { dossierAggregateJsonSchema, safeParseDossierAggregate } from './report/validate';
import { sampleCatalog } from './samples/sampleCatalog';

const RUNS = Number(process.env['MOTCUA_SCHEMA_RUNS'] ?? 10_000);
const packages = join(__dirname, '..', '..');

const published: [string, () => unknown][] = [
  ['core/schemas/dossier-record.schema.json', dossierRecordJsonSchema],
  ['core/schemas/dossier-aggregate.schema.json', dossierAggregateJsonSchema],
  ['core/schemas/catalog.schema.json', catalogJsonSchema],
  ['sla/schemas/schedule.schema.json', scheduleJsonSchema],
  ['forms/schemas/sipas-response.schema.json', () => surveyJsonSchema(sipasSurvey())],
  ['forms/schemas/survey-aggregate.schema.json', surveyAggregateJsonSchema],
  [
    'forms/schemas/dossier-evaluation-response.schema.json',
    () => surveyJsonSchema(dossierEvaluation()),
  ],
];

type Path = readonly (string | number)[];

/** Every place in a JSON document (to depth 7), to damage it anywhere. */
function pathsOf(doc: unknown): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, at: Path) => {
    if (at.length < 7) out.push(at);
    if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...at, Array.isArray(v) ? Number(k) : k]);
  };
  walk(doc, []);
  return out;
}

/** The document with the value at `path` replaced, or (in an object) its key removed; a copy. */
function edit(v: unknown, path: Path, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  if (v === null || typeof v !== 'object') return v;
  const [k, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(v) ? [...v] : { ...v }) as Record<string | number, unknown>;
  if (rest.length === 0 && remove && !Array.isArray(v)) delete copy[k];
  else copy[k] = edit(copy[k], rest, value, remove);
  return copy;
}

/** A stored document with up to two places damaged: replaced by one of `values`, or removed. */
function damagedCopies(doc: unknown, values: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const paths = pathsOf(doc);
  return fc
    .array(fc.tuple(fc.constantFrom(...paths), values, fc.boolean()), { maxLength: 2 })
    .map((edits) => edits.reduce((d, [p, v, remove]) => edit(d, p, v, remove), doc));
}

describe('published .schema.json files', () => {
  it.each(published)('%s is what the function gives', (file, make) => {
    const text = `${JSON.stringify(make(), null, 2)}\n`;
    const path = join(packages, file);
    if (process.env['MOTCUA_UPDATE_SCHEMAS'] === '1') writeFileSync(path, text);
    // Compared as JSON: the files are laid out by the formatter (Biome), not by JSON.stringify.
    expect(
      JSON.parse(readFileSync(path, 'utf8')),
      `run with MOTCUA_UPDATE_SCHEMAS=1 to regenerate ${file}`,
    ).toEqual(JSON.parse(text));
  });
});

function ajv(schema: unknown) {
  const a = new Ajv2020({ allErrors: false });
  a.addKeyword('x-motcua');
  a.addKeyword('x-motcua-label');
  return a.compile(schema as object);
}

const junk = fc.oneof(
  fc.constantFrom<unknown>(null, '', ' ', 0, -1, 1.5, true, [], {}, 'x'),
  fc.jsonValue({ maxDepth: 1 }),
);
const instant = fc.oneof(
  fc.constantFrom(
    '2026-02-13T09:00:00+07:00',
    '2026-02-13T02:00:00.000Z',
    '2026-02-13T09:00:00',
    '2026-02-30T09:00:00+07:00',
    '13/02/2026',
    '',
  ),
  junk,
);

describe('the dossier-record schema with Ajv', () => {
  const validate = ajv(dossierRecordJsonSchema());
  const record = fc.record(
    {
      code: fc.oneof(fc.constantFrom('H26-260213-0001', ''), junk),
      procedure: fc.oneof(fc.constantFrom('2.000908'), junk),
      field: fc.oneof(fc.constantFrom('ho-tich', ''), junk),
      unit: fc.oneof(fc.constantFrom('00235', ''), junk),
      channel: fc.oneof(fc.constantFrom('direct', 'online', 'postal', 'fax'), junk),
      receivedAt: instant,
      dueAt: instant,
      finishedAt: instant,
      outcome: fc.oneof(fc.constantFrom('returned', 'in-progress', 'done', 'lost'), junk),
      supplementRequests: fc.oneof(fc.constantFrom(0, 1, 2, -1, 1.5), junk),
      openSupplementAt: instant,
      timelinessApplies: fc.oneof(fc.boolean(), junk),
      pausedMinutes: fc.oneof(fc.constantFrom(0, 120, -5), junk),
      electronicResult: fc.oneof(fc.boolean(), junk),
      complaint: fc.oneof(fc.boolean(), junk),
    },
    { requiredKeys: ['code', 'procedure', 'unit', 'channel', 'receivedAt'] },
  );

  // A valid record with one or two fields replaced by anything the generator above may write.
  const base = {
    code: 'H26-260213-0001',
    procedure: '2.000908',
    unit: '00235',
    channel: 'online',
    receivedAt: '2026-02-13T09:00:00+07:00',
    dueAt: '2026-02-27T10:00:00+07:00',
    finishedAt: null,
    outcome: 'in-progress',
  };
  const damaged = fc
    .tuple(record, fc.subarray(Object.keys(base), { maxLength: 2 }))
    .map(([r, keep]) => ({
      ...base,
      ...Object.fromEntries(keep.map((k) => [k, r[k as keyof typeof r]])),
    }));

  it(`never refuses a record safeParseDossierRecord accepts (${RUNS} generated)`, () => {
    const instants = new Set(['receivedAt', 'dueAt', 'finishedAt', 'openSupplementAt']);
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(record, damaged, junk), (r) => {
        const motcua = safeParseDossierRecord(r);
        const schema = validate(r) === true;
        if (motcua.ok) {
          accepted++;
          expect(schema, JSON.stringify(validate.errors)).toBe(true);
        } else if (schema)
          for (const issue of motcua.issues) expect(instants).toContain(String(issue.path[0]));
      }),
      { numRuns: RUNS, seed: 5 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 100);
  });
});

describe('the schedule schema with Ajv', () => {
  const validate = ajv(scheduleJsonSchema());
  const day = fc.record(
    {
      date: fc.oneof(fc.constantFrom('2026-02-16', '2026-02-30', '2027-01-01', '16/02/2026'), junk),
      kind: fc.oneof(fc.constantFrom('tet', 'holiday', 'make-up', 'weekend'), junk),
      name: fc.oneof(fc.constant({ vi: 'Tết', en: 'Tết' }), fc.constant({ vi: '' }), junk),
      onRestDay: fc.oneof(fc.boolean(), junk),
    },
    { requiredKeys: ['date', 'kind', 'name'] },
  );
  const doc = fc.record(
    {
      years: fc.oneof(fc.constant([2026]), fc.constant([1900]), junk),
      source: fc.oneof(
        fc.constant({ document: 'Thông báo 6150/TB-LĐTBXH', confidence: 'high' }),
        junk,
      ),
      days: fc.oneof(fc.array(day, { maxLength: 3 }), junk),
    },
    { requiredKeys: ['source', 'days'] },
  );

  it(`never refuses a schedule safeParseSchedule accepts (${RUNS} generated)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(doc, junk), (d) => {
        const motcua = safeParseSchedule(d);
        const schema = validate(d) === true;
        if (motcua.ok) {
          accepted++;
          expect(schema, JSON.stringify(validate.errors)).toBe(true);
        } else if (schema)
          // Left to motcua: a date that exists, no date twice, dates within the years.
          for (const issue of motcua.issues) expect(issue.path.at(-1)).toBe('date');
      }),
      { numRuns: RUNS, seed: 6 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 100);
  });
});

describe('the dossier-aggregate schema with Ajv', () => {
  const validate = ajv(dossierAggregateJsonSchema());
  const real = aggregateDossiers(
    [
      {
        code: 'A-1',
        procedure: '2.000908',
        unit: '00235',
        channel: 'online',
        receivedAt: '2026-02-13T10:00:00+07:00',
        dueAt: '2026-02-27T10:00:00+07:00',
        finishedAt: '2026-02-26T09:00:00+07:00',
        outcome: 'returned',
      },
    ],
    { from: '2026-02-01T00:00:00+07:00', to: '2026-03-01T00:00:00+07:00', by: ['unit', 'period'] },
  );
  const stored = JSON.parse(JSON.stringify(real)) as Record<string, unknown>;
  const value = fc.oneof(
    junk,
    fc.constantFrom<unknown>(
      -1,
      2.5,
      'month',
      'unit',
      ['unit'],
      ['fax'],
      { '12': 1 },
      { x: 1 },
      '2026-13-01',
    ),
  );

  it(`never refuses an aggregate safeParseDossierAggregate accepts (${RUNS} generated)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(damagedCopies(stored, value), (doc) => {
        const motcua = safeParseDossierAggregate(doc);
        const schema = validate(doc) === true;
        if (motcua.ok) {
          accepted++;
          expect(schema, JSON.stringify(validate.errors)).toBe(true);
        } else if (schema)
          // Left to motcua: from and to as instants.
          for (const issue of motcua.issues) expect(['from', 'to']).toContain(issue.path[0]);
      }),
      { numRuns: RUNS, seed: 7 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });
});

describe('the catalogue schema with Ajv', () => {
  const validate = ajv(catalogJsonSchema());
  const procedures = sampleCatalog()
    .list()
    .map((p) => JSON.parse(JSON.stringify(p)) as Record<string, unknown>);
  const keys = [...new Set(procedures.flatMap((p) => Object.keys(p)))];
  const value = fc.oneof(
    junk,
    fc.constantFrom<unknown>(
      '2.000908',
      '2.00090',
      'commune',
      'ward',
      { vi: 'a', en: 'b' },
      { vi: '' },
      ['x'],
      [],
      { direct: {} },
    ),
  );

  it(`never refuses a catalogue safeParseCatalog accepts (${Math.min(RUNS, 2000)} generated)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.subarray(procedures, { minLength: 0, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...keys), value, fc.boolean()), {
          maxLength: 2,
        }),
        (list, edits) => {
          const doc = list.map((p) => ({ ...p }));
          for (const [i, k, v, remove] of edits) {
            const p = doc[i % Math.max(1, doc.length)];
            if (p === undefined) continue;
            if (remove) delete p[k];
            else p[k] = v;
          }
          const motcua = safeParseCatalog(doc);
          const schema = validate(doc) === true;
          if (motcua.ok) {
            accepted++;
            expect(schema, JSON.stringify(validate.errors)).toBe(true);
          }
        },
      ),
      { numRuns: Math.min(RUNS, 2000), seed: 8 },
    );
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('the survey-aggregate schema with Ajv', () => {
  const validate = ajv(surveyAggregateJsonSchema());
  const survey = sipasSurvey();
  const responses = sampleResponses(survey, 60, 2).map((r, i) => ({
    ...r,
    meta: { ...r.meta, weight: [0.5, 1, 2][i % 3] },
  }));
  const stored = JSON.parse(
    JSON.stringify(aggregateSurvey(survey, responses, { by: ['unit'], weight: 'meta' })),
  ) as unknown;
  const value = fc.oneof(
    junk,
    fc.constantFrom<unknown>(-1, 0.5, 2.5, 1e30, 'none', 'meta', ['unit'], ['x'], {
      min: 1,
      max: 5,
    }),
  );

  it(`never refuses an aggregate safeParseSurveyAggregate accepts (${Math.min(RUNS, 1000)} generated)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(damagedCopies(stored, value), (doc) => {
        const motcua = safeParseSurveyAggregate(doc);
        if (motcua.ok) {
          accepted++;
          expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        }
      }),
      { numRuns: Math.min(RUNS, 1000), seed: 9 },
    );
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);
});
