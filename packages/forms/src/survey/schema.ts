/**
 * The zod schema of a survey definition's structure (internal). Cross-field rules (duplicate keys,
 * conditions, elements, scales) are checked afterwards by `checkSurvey`.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  ID_PATTERN,
  KEY_PATTERN,
  OPTION_PATTERN,
  SCALE_HIGHEST,
  SCALE_LOWEST,
  SCALE_START_HIGHEST,
} from './patterns';

/** The question types, in documentation order. */
export const QUESTION_TYPES = [
  'rating',
  'nps',
  'choice',
  'multiChoice',
  'yesNo',
  'count',
  'text',
] as const;

/** The metadata fields a survey can require. */
export const META_FIELDS = [
  'channel',
  'unit',
  'procedure',
  'period',
  'dossierCode',
  'stratum',
  'weight',
] as const;

function buildSchema() {
  const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
  const key = z.string().regex(KEY_PATTERN);
  const int = z.number().int();
  const conditionValue = z.union([z.string(), z.number(), z.boolean()]);
  const condition = z.strictObject({
    question: z.string(),
    equals: conditionValue.optional(),
    in: z.array(conditionValue).min(1).optional(),
  });
  const base = {
    key,
    label: text,
    help: text.optional(),
    element: key.optional(),
    required: z.boolean().optional(),
    visibleIf: condition.optional(),
    inIndex: z.boolean().optional(),
  };
  const option = z.strictObject({ value: z.string().regex(OPTION_PATTERN), label: text });
  const question = z.discriminatedUnion('type', [
    z.strictObject({
      ...base,
      type: z.literal('rating'),
      scale: z
        .strictObject({
          min: int.min(SCALE_LOWEST).max(SCALE_START_HIGHEST),
          max: int.min(SCALE_LOWEST).max(SCALE_HIGHEST),
          labels: z.array(text).optional(),
        })
        .optional(),
      satisfiedFrom: int.optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('nps'),
      satisfiedFrom: int.min(0).max(10).optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('choice'),
      options: z.array(option).min(2).max(64),
      satisfiedOptions: z.array(z.string()).min(1).optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('multiChoice'),
      options: z.array(option).min(1).max(64),
      minSelected: int.min(1).optional(),
      maxSelected: int.min(1).optional(),
    }),
    z.strictObject({ ...base, type: z.literal('yesNo'), satisfiedAnswer: z.boolean().optional() }),
    z.strictObject({
      ...base,
      type: z.literal('count'),
      max: int.min(1).max(10_000).optional(),
      satisfiedAtMost: int.min(0).optional(),
    }),
    z.strictObject({
      ...base,
      type: z.literal('text'),
      maxLength: int.min(1).max(100_000).optional(),
    }),
  ]);
  return z.strictObject({
    id: z.string().regex(ID_PATTERN),
    version: z.union([int.min(0), z.string().min(1).max(64)]),
    title: text,
    description: text.optional(),
    elements: z
      .array(z.strictObject({ key, label: text, description: text.optional() }))
      .optional(),
    questions: z.array(question).min(1).max(500),
    requiredMeta: z.array(z.enum(META_FIELDS)).optional(),
  });
}

let cached: ReturnType<typeof buildSchema> | undefined;

/** The (lazily built) zod schema of a survey definition's structure. */
export function surveyDefinitionSchema(): ReturnType<typeof buildSchema> {
  cached ??= buildSchema();
  return cached;
}
