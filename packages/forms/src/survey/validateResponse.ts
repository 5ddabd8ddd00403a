import type { Locale } from '../types';
import type { CompiledQuestion, CompiledSurvey } from './compile';
import { compileSurvey } from './compile';
import { conditionHolds } from './condition';
import { formatName, listValues, makeIssue, typeName } from './messages';
import { CODE_PATTERN, DOSSIER_CODE_PATTERN, META_CHANNELS, PERIOD_PATTERN } from './patterns';
import { redactPersonalData } from './redactPersonalData';
import type {
  AnswerValue,
  ResponseMeta,
  SurveyDefinition,
  SurveyIssue,
  SurveyResponse,
  SurveyResult,
} from './types';

/**
 * Options of {@link validateResponse}.
 *
 * @example
 * ```ts
 * import type { ValidateResponseOptions } from '@motcua/forms';
 * const options: ValidateResponseOptions = { locale: 'en', redactPersonalData: false };
 * ```
 * @category Surveys
 */
export interface ValidateResponseOptions {
  /** The language of the issue messages (default `'vi'`). */
  readonly locale?: Locale | undefined;
  /**
   * Replace personal data in text answers with placeholders (see {@link redactPersonalData}).
   * Default `true`: free text is stored without phone numbers, identification numbers and
   * e-mail addresses unless you opt out.
   */
  readonly redactPersonalData?: boolean | undefined;
}

type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function checkInteger(
  value: unknown,
  lo: number,
  hi: number,
  path: Path,
  locale: Locale,
  issues: SurveyIssue[],
): number | undefined {
  if (typeof value !== 'number') {
    issues.push(makeIssue(path, 'invalid_type', locale, { expected: typeName('number', locale) }));
    return undefined;
  }
  if (!Number.isInteger(value)) {
    issues.push(makeIssue(path, 'not_integer', locale));
    return undefined;
  }
  if (value < lo || value > hi) {
    issues.push(makeIssue(path, 'out_of_range', locale, { min: lo, max: hi }));
    return undefined;
  }
  return value;
}

function checkAnswer(
  q: CompiledQuestion,
  value: unknown,
  locale: Locale,
  redact: boolean,
  issues: SurveyIssue[],
): AnswerValue | undefined {
  const path: Path = ['answers', q.key];
  switch (q.type) {
    case 'rating':
    case 'nps':
    case 'count':
      return checkInteger(value, q.min, q.max, path, locale, issues);
    case 'yesNo':
      if (typeof value !== 'boolean') {
        issues.push(
          makeIssue(path, 'invalid_type', locale, { expected: typeName('boolean', locale) }),
        );
        return undefined;
      }
      return value;
    case 'choice': {
      if (typeof value !== 'string') {
        issues.push(
          makeIssue(path, 'invalid_type', locale, { expected: typeName('string', locale) }),
        );
        return undefined;
      }
      if (q.options?.has(value) !== true) {
        issues.push(
          makeIssue(path, 'unknown_option', locale, { value, allowed: listValues(q.slotKeys) }),
        );
        return undefined;
      }
      return value;
    }
    case 'multiChoice': {
      if (!Array.isArray(value)) {
        issues.push(
          makeIssue(path, 'invalid_type', locale, { expected: typeName('string[]', locale) }),
        );
        return undefined;
      }
      const selected = new Set<number>();
      const before = issues.length;
      value.forEach((v: unknown, i) => {
        if (typeof v !== 'string') {
          issues.push(
            makeIssue([...path, i], 'invalid_type', locale, {
              expected: typeName('string', locale),
            }),
          );
          return;
        }
        const slot = q.options?.get(v);
        if (slot === undefined) {
          issues.push(
            makeIssue([...path, i], 'unknown_option', locale, {
              value: v,
              allowed: listValues(q.slotKeys),
            }),
          );
        } else if (selected.has(slot)) {
          issues.push(makeIssue([...path, i], 'duplicate_option', locale, { value: v }));
        } else {
          selected.add(slot);
        }
      });
      if (issues.length > before) return undefined;
      if (selected.size < q.minSelected) {
        issues.push(makeIssue(path, 'too_few_selected', locale, { min: q.minSelected }));
        return undefined;
      }
      if (selected.size > q.maxSelected) {
        issues.push(makeIssue(path, 'too_many_selected', locale, { max: q.maxSelected }));
        return undefined;
      }
      // Canonical order: the options' order.
      return [...selected].sort((a, b) => a - b).map((slot) => q.slotKeys[slot] ?? '');
    }
    case 'text': {
      if (typeof value !== 'string') {
        issues.push(
          makeIssue(path, 'invalid_type', locale, { expected: typeName('string', locale) }),
        );
        return undefined;
      }
      const text = value.trim().normalize('NFC');
      if (text.length > q.maxLength) {
        issues.push(makeIssue(path, 'too_long', locale, { max: q.maxLength }));
        return undefined;
      }
      return redact ? redactPersonalData(text, { locale }) : text;
    }
  }
}

function checkCode(
  raw: unknown,
  field: 'unit' | 'procedure' | 'stratum' | 'period' | 'dossierCode',
  locale: Locale,
  issues: SurveyIssue[],
): string | undefined {
  const path: Path = ['meta', field];
  if (typeof raw !== 'string') {
    issues.push(makeIssue(path, 'invalid_type', locale, { expected: typeName('string', locale) }));
    return undefined;
  }
  const value = raw.trim().normalize('NFC');
  const [pattern, format] =
    field === 'period'
      ? [PERIOD_PATTERN, 'period']
      : field === 'dossierCode'
        ? [DOSSIER_CODE_PATTERN, 'dossierCode']
        : [CODE_PATTERN, 'code'];
  if (!pattern.test(value)) {
    issues.push(makeIssue(path, 'invalid_format', locale, { format: formatName(format, locale) }));
    return undefined;
  }
  return value;
}

function checkMeta(
  plan: CompiledSurvey,
  raw: Readonly<Record<string, unknown>>,
  locale: Locale,
  issues: SurveyIssue[],
): ResponseMeta {
  const meta: {
    -readonly [P in keyof ResponseMeta]: ResponseMeta[P];
  } = {};
  const channel = own(raw, 'channel');
  if (!isEmpty(channel)) {
    if (typeof channel === 'string' && (META_CHANNELS as readonly string[]).includes(channel)) {
      meta.channel = channel as ResponseMeta['channel'] & string;
    } else {
      issues.push(
        makeIssue(['meta', 'channel'], 'invalid_value', locale, {
          allowed: listValues(META_CHANNELS),
        }),
      );
    }
  }
  for (const field of ['unit', 'procedure', 'period', 'dossierCode', 'stratum'] as const) {
    const value = own(raw, field);
    if (isEmpty(value)) continue;
    const checked = checkCode(value, field, locale, issues);
    if (checked !== undefined) meta[field] = checked;
  }
  const weight = own(raw, 'weight');
  if (weight !== undefined && weight !== null) {
    if (typeof weight !== 'number') {
      issues.push(
        makeIssue(['meta', 'weight'], 'invalid_type', locale, {
          expected: typeName('number', locale),
        }),
      );
    } else if (!Number.isFinite(weight) || weight <= 0) {
      issues.push(
        makeIssue(['meta', 'weight'], 'out_of_range', locale, {
          min: locale === 'vi' ? 'lớn hơn 0' : 'greater than 0',
          max: locale === 'vi' ? 'hữu hạn' : 'finite',
        }),
      );
    } else {
      meta.weight = weight;
    }
  }
  for (const field of plan.requiredMeta) {
    if (
      meta[field] === undefined &&
      !issues.some((i) => i.path[0] === 'meta' && i.path[1] === field)
    ) {
      issues.push(makeIssue(['meta', field], 'required', locale));
    }
  }
  return meta;
}

function validate(
  plan: CompiledSurvey,
  input: unknown,
  locale: Locale,
  redact: boolean,
): SurveyResult<SurveyResponse> {
  const issues: SurveyIssue[] = [];
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [
        makeIssue([], 'invalid_type', locale, {
          expected: `${typeName('object', locale)} { answers, meta }`,
          received: kindOf(input),
        }),
      ],
    };
  }
  let answersRaw = own(input, 'answers');
  // A response without answers is an empty one; `answers: null` is junk, not an empty response.
  if (answersRaw === undefined) answersRaw = {};
  if (!isRecord(answersRaw)) {
    issues.push(
      makeIssue(['answers'], 'invalid_type', locale, { expected: typeName('object', locale) }),
    );
    answersRaw = {};
  }
  let metaRaw = own(input, 'meta');
  if (metaRaw === undefined || metaRaw === null) metaRaw = {};
  if (!isRecord(metaRaw)) {
    issues.push(
      makeIssue(['meta'], 'invalid_type', locale, { expected: typeName('object', locale) }),
    );
    metaRaw = {};
  }
  const answersIn = answersRaw as Readonly<Record<string, unknown>>;
  const answers: Record<string, AnswerValue> = {};
  // The validated answer of each visible question, by index (undefined: hidden, unanswered or invalid).
  const accepted: (AnswerValue | undefined)[] = [];
  for (const q of plan.questions) {
    accepted.push(undefined);
    if (q.condition !== null) {
      const ref = accepted[q.condition.ref];
      if (ref === undefined || !conditionHolds(ref, q.condition.values)) continue;
    }
    const raw = own(answersIn, q.key);
    if (isEmpty(raw)) {
      if (q.required) issues.push(makeIssue(['answers', q.key], 'required', locale));
      continue;
    }
    const value = checkAnswer(q, raw, locale, redact, issues);
    if (value !== undefined) {
      accepted[q.index] = value;
      // Question keys are validated identifiers and never names Object.prototype has.
      answers[q.key] = value;
    }
  }
  const meta = checkMeta(plan, metaRaw as Readonly<Record<string, unknown>>, locale, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { answers, meta } };
}

/**
 * Validates one untrusted survey response, without throwing.
 *
 * - Answers are checked against their question: integers within the scale (rating 1–5 by
 *   default, NPS 0–10, counts 0–`max`), booleans for yes/no, known options for choices (a
 *   multiple-choice answer is returned in the options' order), texts trimmed, NFC-normalised, at
 *   most `maxLength` characters and, unless `redactPersonalData: false`, stripped of personal data.
 * - `null`, `undefined`, `''` and `[]` mean "not answered"; a visible `required` question must be
 *   answered.
 * - Answers to questions hidden by their `visibleIf` condition, and unknown keys, are dropped.
 *   Only own properties are read, so `__proto__` keys and inherited properties are harmless.
 * - Metadata (`channel`, `unit`, `procedure`, `period`, `dossierCode`, `stratum`, `weight`) is
 *   checked and kept apart from the answers; unknown metadata is dropped; fields listed in the
 *   survey's `requiredMeta` must be present.
 * - The input is never modified; the result is a new object.
 *
 * @typeParam K - The survey's question keys.
 * @param survey - The survey (from {@link defineSurvey}, or a definition that validates).
 * @param input - Anything, e.g. a parsed request body: `{ answers: {…}, meta: {…} }`.
 * @param options - `locale` of the messages (`'vi'` by default, or `'en'`) and
 * `redactPersonalData` (default `true`).
 * @returns `{ ok: true, value }` with the clean {@link SurveyResponse}, or `{ ok: false, issues }`.
 * @throws {SurveyError} `INVALID_SURVEY` only if `survey` itself is not a valid definition (a
 * programmer error); never because of `input`.
 *
 * @example
 * ```ts
 * import { defineSurvey, validateResponse } from '@motcua/forms';
 *
 * const survey = defineSurvey({
 *   id: 'ward-csat',
 *   version: 1,
 *   title: { vi: 'Khảo sát', en: 'Survey' },
 *   questions: [
 *     { key: 'q1', type: 'rating', label: { vi: 'Hài lòng chung', en: 'Overall' }, required: true },
 *     { key: 'q2', type: 'nps', label: { vi: 'Giới thiệu?', en: 'Recommend?' } },
 *   ],
 * });
 *
 * validateResponse(survey, { answers: { q1: 5, q2: 9, extra: 1 }, meta: { unit: '00235', channel: 'online' } });
 * //=> { ok: true, value: { answers: { q1: 5, q2: 9 }, meta: { channel: 'online', unit: '00235' } } }
 *
 * validateResponse(survey, { answers: { q1: 7 } }, { locale: 'en' });
 * //=> { ok: false, issues: [{ path: ['answers', 'q1'], code: 'out_of_range', message: 'Must be between 1 and 5', params: { min: 1, max: 5 } }] }
 * ```
 * @category Surveys
 */
export function validateResponse<K extends string>(
  survey: SurveyDefinition<K, string>,
  input: unknown,
  options?: ValidateResponseOptions,
): SurveyResult<SurveyResponse<K>> {
  const plan = compileSurvey(survey);
  const locale: Locale = options?.locale === 'en' ? 'en' : 'vi';
  const redact = options?.redactPersonalData !== false;
  try {
    return validate(plan, input, locale, redact) as SurveyResult<SurveyResponse<K>>;
  } catch {
    // Exotic inputs (throwing getters, revoked proxies…) end here rather than escaping.
    return { ok: false, issues: [makeIssue([], 'invalid_input', locale)] };
  }
}
