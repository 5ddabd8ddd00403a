/**
 * A survey's responses as JSON Schema (draft 2020-12), for portals and gateways that collect
 * satisfaction responses outside TypeScript.
 *
 * @module
 */
import type { JsonSchema, JsonValue } from '../form/jsonSchema';
import { type CompiledQuestion, compileSurvey } from './compile';
import { META_CHANNELS } from './patterns';
import type { SurveyDefinition } from './types';

type Mutable = { [key: string]: JsonValue };

/** What `validateResponse` reads as "not answered": absent, null, a blank text or an empty list. */
const EMPTY: Mutable = {
  anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\s*$' }, { type: 'array', maxItems: 0 }],
};

function answerSchema(q: CompiledQuestion): Mutable {
  const label = {
    title: q.def.label.vi,
    'x-motcua-label': { vi: q.def.label.vi, en: q.def.label.en },
  };
  switch (q.type) {
    case 'rating':
    case 'nps':
    case 'count':
      return { ...label, type: 'integer', minimum: q.min, maximum: q.max };
    case 'yesNo':
      return { ...label, type: 'boolean' };
    case 'choice':
      return { ...label, type: 'string', enum: [...(q.options?.keys() ?? [])] };
    case 'multiChoice':
      return {
        ...label,
        type: 'array',
        items: { type: 'string', enum: [...(q.options?.keys() ?? [])] },
        uniqueItems: true,
        minItems: Math.max(1, q.minSelected),
        maxItems: q.maxSelected,
      };
    case 'text':
      return {
        ...label,
        type: 'string',
        'x-motcua': { unchecked: [`at most ${q.maxLength} characters once trimmed`] },
      };
  }
}

/**
 * Turns a survey definition into a JSON Schema (draft 2020-12) for its responses
 * (`{ answers, meta }`), so that any standard validator checks them as {@link validateResponse}
 * does. The schema is never stricter than `validateResponse`: what it cannot express is named in
 * the `x-motcua` keyword (`{ unchecked: [...] }`): the length of a text once trimmed, the format of
 * the codes in `meta` (read after trimming), and every question shown only under a condition
 * (`visibleIf`), whose answer the schema does not check. "Not answered" is what `validateResponse`
 * reads as such: absent, `null`, a blank text or an empty list. With Ajv, register the keywords
 * (`ajv.addKeyword('x-motcua')`, `ajv.addKeyword('x-motcua-label')`).
 *
 * @param survey - The survey.
 * @returns The JSON Schema.
 * @throws {SurveyError} `INVALID_SURVEY` for a definition that does not validate.
 * @example
 * ```ts
 * import { dossierEvaluation, surveyJsonSchema } from '@motcua/forms';
 * const schema = surveyJsonSchema(dossierEvaluation());
 * schema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * (schema.properties as { meta: { required: string[] } }).meta.required; //=> ['dossierCode']
 * ```
 * @category Surveys
 */
export function surveyJsonSchema(survey: SurveyDefinition): JsonSchema {
  const plan = compileSurvey(survey);
  const properties: Mutable = {};
  const required: string[] = [];
  const conditional: string[] = [];
  for (const q of plan.questions) {
    if (q.condition !== null) {
      // Shown only when an earlier answer matches: the answer is checked by motcua alone.
      properties[q.key] = {
        title: q.def.label.vi,
        'x-motcua-label': { vi: q.def.label.vi, en: q.def.label.en },
        'x-motcua': { unchecked: ['shown only under a condition (visibleIf): not checked'] },
      };
      conditional.push(q.key);
      continue;
    }
    const typed = answerSchema(q);
    if (q.required) {
      required.push(q.key);
      // A blank text is "not answered".
      properties[q.key] = q.type === 'text' ? { ...typed, pattern: '\\S' } : typed;
    } else properties[q.key] = { anyOf: [EMPTY, typed] };
  }
  const code = (what: string): Mutable => ({
    anyOf: [
      EMPTY,
      {
        type: 'string',
        'x-motcua': { unchecked: [`${what} (read after trimming spaces)`] },
      },
    ],
  });
  const meta: Mutable = {
    channel: { anyOf: [EMPTY, { type: 'string', enum: [...META_CHANNELS] }] },
    unit: code('a unit code'),
    procedure: code('a procedure code'),
    period: code('a period: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or YYYY-Wnn'),
    dossierCode: code('a dossier code: agency-YYMMDD-number'),
    stratum: code('a stratum code'),
    weight: { anyOf: [{ type: 'null' }, { type: 'number', exclusiveMinimum: 0 }] },
  };
  const requiredMeta = [...plan.requiredMeta];
  for (const field of requiredMeta) {
    // Required: present and not blank.
    meta[field] =
      field === 'channel'
        ? { type: 'string', enum: [...META_CHANNELS] }
        : {
            type: 'string',
            pattern: '\\S',
            'x-motcua': { unchecked: [`the format of ${field} (read after trimming spaces)`] },
          };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:motcua:survey:${plan.id}:${plan.version}`,
    title: plan.def.title.vi,
    'x-motcua-label': { vi: plan.def.title.vi, en: plan.def.title.en },
    type: 'object',
    properties: {
      answers: {
        type: 'object',
        properties,
        ...(required.length > 0 ? { required } : {}),
        ...(conditional.length > 0
          ? {
              'x-motcua': {
                unchecked: conditional.map((k) => `answers.${k}: shown under a condition`),
              },
            }
          : {}),
      },
      meta: {
        // `null` reads as no metadata: allowed unless some metadata is required.
        type: requiredMeta.length > 0 ? 'object' : ['object', 'null'],
        properties: meta,
        ...(requiredMeta.length > 0 ? { required: requiredMeta } : {}),
      },
    },
    // Absent answers or metadata read as empty ones: present when something in them is required.
    ...(required.length > 0 || requiredMeta.length > 0
      ? {
          required: [
            ...(required.length > 0 ? ['answers'] : []),
            ...(requiredMeta.length > 0 ? ['meta'] : []),
          ],
        }
      : {}),
  };
}
