/**
 * No JSON entry point of motcua writes into Object.prototype: every one is fed `__proto__`,
 * `constructor.prototype` and `prototype` payloads, alone and inside valid documents, and the
 * prototype is checked afterwards. A new entry point belongs in ENTRY_POINTS.
 */
import {
  aggregate,
  birthRegistrationForm,
  birthRegistrationSample,
  formSchema,
  mergeAggregates,
  safeParseFormDefinition,
  safeParseSurveyAggregate,
  safeParseSurveyDefinition,
  sampleResponses,
  sipasSurvey,
  validateForm,
  validateResponse,
} from '@motcua/forms';
import { vietnamCalendar } from '@motcua/sla';
import { safeParseSchedule } from '@motcua/sla/schedule';
import { describe, expect, it } from 'vitest';
import { receive } from './dossier/__fixtures__/lives';
import { dossierFromJSON, replayDossier } from './dossier/replay';
import { safeParseCatalog, safeParseProcedure } from './procedure/parse';
import { aggregateDossiers } from './report/aggregate';
import { mergeDossierAggregates } from './report/merge';
import { dossierRecord } from './report/record';
import { safeParseDossierRecord } from './report/schema';
import { serviceIndex } from './report/serviceIndex/serviceIndex';
import { summarizeDossiers } from './report/summary';
import { sampleCatalog } from './samples/sampleCatalog';

const HOSTILE = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"toString":"x","valueOf":1}}',
];
const hostile = () => HOSTILE.map((s) => JSON.parse(s) as Record<string, unknown>);

/** A valid document with each hostile payload added at the top level and under each key. */
function variants(valid: unknown): unknown[] {
  const out: unknown[] = [...hostile()];
  if (typeof valid !== 'object' || valid === null || Array.isArray(valid)) return out;
  const base = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
  for (const h of hostile()) {
    out.push({ ...base, ...h });
    for (const key of Object.keys(base)) out.push({ ...base, [key]: h });
  }
  return out;
}

const survey = sipasSurvey();
const surveyAgg = JSON.parse(JSON.stringify(aggregate(survey, sampleResponses(survey, 10, 5))));
const dossier = receive('1.000894', '2026-02-12T10:00:00');
const record = JSON.parse(JSON.stringify(dossierRecord(dossier)));
const period = { from: '2026-02', to: '2026-03', by: ['unit', 'procedure', 'field'] } as const;
const dossierAgg = JSON.parse(JSON.stringify(aggregateDossiers([record], period)));
const procedure = JSON.parse(JSON.stringify(sampleCatalog().get('2.000908')));

const ENTRY_POINTS: readonly (readonly [string, unknown, (x: unknown) => unknown])[] = [
  [
    'safeParseSchedule',
    { source: { document: 'x', confidence: 'high' }, days: [] },
    (x) => safeParseSchedule(x),
  ],
  [
    'vietnamCalendar({ schedules })',
    { source: { document: 'x', confidence: 'high' }, days: [] },
    (x) => vietnamCalendar({ schedules: [x as never] }),
  ],
  [
    'safeParseFormDefinition',
    JSON.parse(JSON.stringify(birthRegistrationForm)),
    (x) => safeParseFormDefinition(x),
  ],
  ['validateForm (data)', birthRegistrationSample, (x) => validateForm(birthRegistrationForm, x)],
  [
    'formSchema (data)',
    birthRegistrationSample,
    (x) => formSchema(birthRegistrationForm).safeParse(x),
  ],
  [
    'safeParseSurveyDefinition',
    JSON.parse(JSON.stringify(survey)),
    (x) => safeParseSurveyDefinition(x),
  ],
  ['validateResponse', { answers: {}, meta: {} }, (x) => validateResponse(survey, x)],
  ['safeParseSurveyAggregate', surveyAgg, (x) => safeParseSurveyAggregate(x)],
  ['mergeAggregates', surveyAgg, (x) => mergeAggregates(surveyAgg, x as never)],
  ['safeParseProcedure', procedure, (x) => safeParseProcedure(x)],
  ['safeParseCatalog', [procedure], (x) => safeParseCatalog([x])],
  ['safeParseDossierRecord', record, (x) => safeParseDossierRecord(x)],
  ['aggregateDossiers', record, (x) => aggregateDossiers([x as never], period)],
  ['mergeDossierAggregates', dossierAgg, (x) => mergeDossierAggregates(dossierAgg, x as never)],
  ['summarizeDossiers', dossierAgg, (x) => summarizeDossiers(x as never)],
  ['serviceIndex', dossierAgg, (x) => serviceIndex({ dossiers: x as never })],
  ['dossierFromJSON', JSON.parse(JSON.stringify(dossier)), (x) => dossierFromJSON(x)],
  [
    'replayDossier',
    JSON.parse(JSON.stringify(dossier.history))[0],
    (x) => replayDossier([x as never]),
  ],
];

describe('no JSON entry point pollutes Object.prototype', () => {
  it.each(ENTRY_POINTS)('%s', (_name, valid, call) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const input of variants(valid)) {
      try {
        call(input);
      } catch (e) {
        // A typed error is a fine answer; a TypeError from a payload is not.
        expect((e as { code?: unknown }).code, String((e as Error).message)).toBeTypeOf('string');
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
  });
});
