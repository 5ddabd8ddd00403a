/**
 * surveyJsonSchema against validateResponse (issue #17): a standard validator (Ajv, draft 2020-12)
 * with the schema never refuses a response motcua accepts, and where it accepts one motcua refuses,
 * every issue motcua reports is on a value the schema names as unchecked. 10,000 generated responses
 * per built-in survey (valid ones from sampleResponses, then damaged: junk, blanks, bounds, unknown
 * options, duplicates, bad metadata), `MOTCUA_SCHEMA_RUNS` to change.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierEvaluation } from './builtins/dossierEvaluation';
import { sipasSurvey } from './builtins/sipasSurvey';
import { surveyJsonSchema } from './jsonSchema';
import { sampleResponses } from './sampleResponses';
import type { SurveyDefinition } from './types';
import { validateResponse } from './validateResponse';

const env =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const RUNS = Number(env['MOTCUA_SCHEMA_RUNS'] ?? 10_000);

function compile(survey: SurveyDefinition) {
  const ajv = new Ajv2020({ allErrors: false });
  ajv.addKeyword('x-motcua');
  ajv.addKeyword('x-motcua-label');
  return ajv.compile(surveyJsonSchema(survey));
}

/** The paths the schema says it does not check: `answers.k` or `meta.f`. */
function uncheckedPaths(survey: SurveyDefinition): Set<string> {
  const out = new Set<string>();
  const schema = surveyJsonSchema(survey) as {
    properties: {
      answers: {
        properties: Record<string, { 'x-motcua'?: unknown; anyOf?: { 'x-motcua'?: unknown }[] }>;
      };
      meta: {
        properties: Record<string, { 'x-motcua'?: unknown; anyOf?: { 'x-motcua'?: unknown }[] }>;
      };
    };
  };
  for (const part of ['answers', 'meta'] as const)
    for (const [k, s] of Object.entries(schema.properties[part].properties))
      if (s['x-motcua'] !== undefined || s.anyOf?.some((a) => a['x-motcua'] !== undefined))
        out.add(`${part}.${k}`);
  return out;
}

const junk = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    '   ',
    [],
    {},
    0,
    -1,
    1.5,
    3,
    5,
    6,
    10,
    11,
    true,
    false,
    'x',
    ' 00235 ',
  ),
  fc.jsonValue({ maxDepth: 1 }),
);

function responses(survey: SurveyDefinition): fc.Arbitrary<unknown> {
  const keys = survey.questions.map((q) => q.key);
  const options = survey.questions.flatMap((q) =>
    q.type === 'choice' || q.type === 'multiChoice' ? q.options.map((o) => o.value) : [],
  );
  const valid = sampleResponses(survey, 500, 9);
  const value = fc.oneof(
    junk,
    fc.constantFrom(...(options.length > 0 ? options : ['x'])),
    fc.array(fc.constantFrom(...(options.length > 0 ? options : ['x'])), { maxLength: 4 }),
    fc.string({ maxLength: 6 }),
    fc.constantFrom('x'.repeat(2001), `  ${'y'.repeat(999)}  `),
  );
  const meta = fc.record(
    {
      channel: fc.oneof(fc.constantFrom('direct', 'online', 'postal', 'other', 'fax', ''), junk),
      unit: fc.oneof(fc.constantFrom('00235', ' 00235', '0023/5', ''), junk),
      period: fc.oneof(fc.constantFrom('2026-02', '2026-Q1', '2026-13', ''), junk),
      dossierCode: fc.oneof(fc.constantFrom('000.00.01.H26-260213-0042', 'H26-261313-1', ''), junk),
      weight: fc.oneof(fc.constantFrom(1, 0.5, 0, -1, 2000), junk),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    fc.constantFrom(...valid),
    fc
      .tuple(
        fc.constantFrom(...valid),
        fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 3 }),
        fc.option(meta, { nil: undefined }),
        fc.boolean(),
      )
      .map(([base, damage, m, dropAnswers]) => {
        const b = base as { answers: Record<string, unknown>; meta: Record<string, unknown> };
        return {
          answers: dropAnswers ? undefined : { ...b.answers, ...damage },
          meta: m === undefined ? b.meta : { ...b.meta, ...m },
        };
      }),
    junk,
  );
}

describe.each([
  ['SIPAS', sipasSurvey()],
  ['per-dossier evaluation', dossierEvaluation()],
])('surveyJsonSchema(%s) with Ajv', (_, survey) => {
  const validate = compile(survey);
  const unchecked = uncheckedPaths(survey);

  it(`agrees with validateResponse on ${RUNS} generated responses, except where it says it does not check`, () => {
    let accepted = 0;
    let refusedBoth = 0;
    fc.assert(
      fc.property(responses(survey), (response) => {
        const motcua = validateResponse(survey, response);
        const schema = validate(response) === true;
        if (motcua.ok) {
          accepted++;
          expect(schema, JSON.stringify(validate.errors)).toBe(true);
        } else if (schema) {
          for (const issue of motcua.issues)
            expect(unchecked, `${issue.path.join('.')}: ${issue.message}`).toContain(
              issue.path.slice(0, 2).join('.'),
            );
        } else refusedBoth++;
      }),
      { numRuns: RUNS, seed: 17 },
    );
    // The sample covers both sides.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(refusedBoth).toBeGreaterThan(RUNS / 20);
  });
});
