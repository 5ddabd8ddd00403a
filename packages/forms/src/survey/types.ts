import type { Locale, LocalizedText } from '../types';

/**
 * The kinds of survey question.
 *
 * - `'rating'`: a labelled scale of integers, 1–5 (Likert) unless a {@link RatingScale} is given;
 * - `'nps'`: Net Promoter Score, an integer 0–10;
 * - `'choice'`: one option among several;
 * - `'multiChoice'`: any number of options;
 * - `'yesNo'`: a boolean;
 * - `'count'`: a non-negative integer (how many times the citizen had to come back, how many
 *   agencies they had to contact…);
 * - `'text'`: free text (never aggregated; personal data can be redacted before storage).
 *
 * @example
 * ```ts
 * import type { QuestionType } from '@motcua/forms';
 * const type: QuestionType = 'rating';
 * ```
 * @category Surveys
 */
export type QuestionType = 'rating' | 'nps' | 'choice' | 'multiChoice' | 'yesNo' | 'count' | 'text';

/**
 * The scale of a `'rating'` question: integers from `min` to `max` inclusive, optionally with one
 * label per point (`labels[0]` labels `min`).
 *
 * @example
 * ```ts
 * import type { RatingScale } from '@motcua/forms';
 * const scale: RatingScale = {
 *   min: 1,
 *   max: 3,
 *   labels: [
 *     { vi: 'Không hài lòng', en: 'Dissatisfied' },
 *     { vi: 'Hài lòng', en: 'Satisfied' },
 *     { vi: 'Rất hài lòng', en: 'Very satisfied' },
 *   ],
 * };
 * ```
 * @category Surveys
 */
export interface RatingScale {
  /** The lowest point, an integer from -100 to 100. */
  readonly min: number;
  /** The highest point, an integer greater than `min`, at most `min + 100`. */
  readonly max: number;
  /** One label per point, from `min` to `max` (so `max - min + 1` labels). */
  readonly labels?: readonly LocalizedText[];
}

/**
 * One option of a `'choice'` or `'multiChoice'` question.
 *
 * @example
 * ```ts
 * import type { ChoiceOption } from '@motcua/forms';
 * const option: ChoiceOption = { value: 'early', label: { vi: 'Sớm hơn hẹn', en: 'Before the appointment' } };
 * ```
 * @category Surveys
 */
export interface ChoiceOption {
  /**
   * The stored value: letters, digits, `_`, `.` and `-`, starting with a letter or a digit
   * (it becomes a key of the aggregate's distribution).
   */
  readonly value: string;
  /** What the respondent reads. */
  readonly label: LocalizedText;
}

/**
 * A value a {@link VisibilityCondition} compares with: a number (rating, NPS, count), an option
 * value (choice, multiple choice), a boolean (yes/no) or a string (text).
 *
 * @example
 * ```ts
 * import type { ConditionValue } from '@motcua/forms';
 * const values: ConditionValue[] = [1, 'online', true];
 * ```
 * @category Surveys
 */
export type ConditionValue = string | number | boolean;

/**
 * A condition, as data, under which a question is shown: the question is visible when the
 * question `question` (declared earlier) is visible, answered, and its answer equals `equals` or
 * is one of `in`. For a multiple-choice question, "equals" means "includes" and "in" means
 * "includes one of". Exactly one of `equals` and `in` must be given.
 *
 * @typeParam K - The question keys of the survey.
 * @example
 * ```ts
 * import type { VisibilityCondition } from '@motcua/forms';
 * const onlyIfFeedback: VisibilityCondition = { question: 'gaveFeedback', equals: true };
 * const onlyIfUnhappy: VisibilityCondition = { question: 'overall', in: [1, 2] };
 * ```
 * @category Surveys
 */
export interface VisibilityCondition<K extends string = string> {
  /** The key of an earlier question. */
  readonly question: K;
  /** Shown when the answer equals this value. */
  readonly equals?: ConditionValue;
  /** Shown when the answer is one of these values. */
  readonly in?: readonly ConditionValue[];
}

/**
 * What every question has, whatever its type.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { QuestionBase } from '@motcua/forms';
 * const base: QuestionBase = { key: 'attitude', label: { vi: 'Thái độ của công chức', en: 'Attitude of the officer' } };
 * ```
 * @category Surveys
 */
export interface QuestionBase<K extends string = string, E extends string = string> {
  /**
   * The unique key of the question: a letter, then letters, digits or `_` (at most 64), and not
   * a name `Object.prototype` already has (`constructor`, `toString`…).
   */
  readonly key: K;
  /** The question as the respondent reads it. */
  readonly label: LocalizedText;
  /** An optional explanation shown under the question. */
  readonly help?: LocalizedText;
  /** The element (criterion group, e.g. a SIPAS element) the question reports under. */
  readonly element?: E;
  /** Whether a visible question must be answered (default `false`). */
  readonly required?: boolean;
  /** Show the question only when this condition holds (see {@link VisibilityCondition}). */
  readonly visibleIf?: VisibilityCondition<NoInfer<K>>;
  /**
   * Whether the question counts towards its element's and the overall satisfaction index. It can
   * only count when it has a "satisfied" rule: rating and NPS questions always have one; yes/no,
   * choice and count questions have one when `satisfiedAnswer`, `satisfiedOptions` or
   * `satisfiedAtMost` is set. Default: `true` when it has such a rule.
   */
  readonly inIndex?: boolean;
}

/**
 * A question on a labelled scale (1–5 by default).
 *
 * The answer counts as "satisfied" from `satisfiedFrom` up; without it, the aggregate's top-box
 * rule applies (top 2 boxes by default: 4 and 5 on a 1–5 scale).
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { RatingQuestion } from '@motcua/forms';
 * const q: RatingQuestion = { key: 'overall', type: 'rating', label: { vi: 'Hài lòng chung', en: 'Overall satisfaction' } };
 * ```
 * @category Surveys
 */
export interface RatingQuestion<K extends string = string, E extends string = string>
  extends QuestionBase<K, E> {
  /** The type tag. */
  readonly type: 'rating';
  /** The scale; default `{ min: 1, max: 5 }`. */
  readonly scale?: RatingScale;
  /** The lowest point that counts as satisfied (overrides the aggregate's top-box rule). */
  readonly satisfiedFrom?: number;
}

/**
 * A Net Promoter Score question, 0–10. Promoters answer 9–10, passives 7–8, detractors 0–6.
 * "Satisfied" means promoter unless `satisfiedFrom` says otherwise.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { NpsQuestion } from '@motcua/forms';
 * const q: NpsQuestion = { key: 'recommend', type: 'nps', label: { vi: 'Bạn có giới thiệu dịch vụ cho người khác?', en: 'Would you recommend the service?' } };
 * ```
 * @category Surveys
 */
export interface NpsQuestion<K extends string = string, E extends string = string>
  extends QuestionBase<K, E> {
  /** The type tag. */
  readonly type: 'nps';
  /** The lowest score that counts as satisfied (default: the top-box rule, 9 with top-2). */
  readonly satisfiedFrom?: number;
}

/**
 * A single-choice question.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { ChoiceQuestion } from '@motcua/forms';
 * const q: ChoiceQuestion = {
 *   key: 'onTime',
 *   type: 'choice',
 *   label: { vi: 'Kết quả được trả', en: 'The result was returned' },
 *   options: [
 *     { value: 'early', label: { vi: 'Sớm hơn hẹn', en: 'Early' } },
 *     { value: 'onTime', label: { vi: 'Đúng hẹn', en: 'On time' } },
 *     { value: 'late', label: { vi: 'Trễ hẹn', en: 'Late' } },
 *   ],
 *   satisfiedOptions: ['early', 'onTime'],
 * };
 * ```
 * @category Surveys
 */
export interface ChoiceQuestion<K extends string = string, E extends string = string>
  extends QuestionBase<K, E> {
  /** The type tag. */
  readonly type: 'choice';
  /** At least two options with distinct values. */
  readonly options: readonly ChoiceOption[];
  /** The option values that count as satisfied (no satisfied rule without it). */
  readonly satisfiedOptions?: readonly string[];
}

/**
 * A multiple-choice question: the answer is a list of distinct option values.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { MultiChoiceQuestion } from '@motcua/forms';
 * const q: MultiChoiceQuestion = {
 *   key: 'infoSources',
 *   type: 'multiChoice',
 *   label: { vi: 'Bạn tìm hiểu thủ tục qua đâu?', en: 'Where did you learn about the procedure?' },
 *   options: [
 *     { value: 'portal', label: { vi: 'Cổng dịch vụ công', en: 'Public service portal' } },
 *     { value: 'counter', label: { vi: 'Bộ phận một cửa', en: 'One-stop desk' } },
 *   ],
 * };
 * ```
 * @category Surveys
 */
export interface MultiChoiceQuestion<K extends string = string, E extends string = string>
  extends QuestionBase<K, E> {
  /** The type tag. */
  readonly type: 'multiChoice';
  /** At least one option, at most 64, with distinct values. */
  readonly options: readonly ChoiceOption[];
  /** The fewest options an answer may select (default 1). */
  readonly minSelected?: number;
  /** The most options an answer may select (default: all). */
  readonly maxSelected?: number;
}

/**
 * A yes/no question; the answer is a boolean.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { YesNoQuestion } from '@motcua/forms';
 * const q: YesNoQuestion = {
 *   key: 'oneStop',
 *   type: 'yesNo',
 *   label: { vi: 'Hồ sơ được tiếp nhận và trả tại bộ phận một cửa?', en: 'Received and returned at the one-stop section?' },
 *   satisfiedAnswer: true,
 * };
 * ```
 * @category Surveys
 */
export interface YesNoQuestion<K extends string = string, E extends string = string>
  extends QuestionBase<K, E> {
  /** The type tag. */
  readonly type: 'yesNo';
  /** The answer that counts as satisfied (no satisfied rule without it). */
  readonly satisfiedAnswer?: boolean;
}

/**
 * A count question; the answer is an integer from 0 to `max`.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { CountQuestion } from '@motcua/forms';
 * const q: CountQuestion = {
 *   key: 'contacts',
 *   type: 'count',
 *   label: { vi: 'Số lần phải liên hệ', en: 'Number of contacts' },
 *   max: 20,
 *   satisfiedAtMost: 1,
 * };
 * ```
 * @category Surveys
 */
export interface CountQuestion<K extends string = string, E extends string = string>
  extends QuestionBase<K, E> {
  /** The type tag. */
  readonly type: 'count';
  /** The largest accepted answer (default 100, at most 10,000). */
  readonly max?: number;
  /** Answers up to this value count as satisfied (no satisfied rule without it). */
  readonly satisfiedAtMost?: number;
}

/**
 * A free-text question. Text answers are trimmed, NFC-normalised and, by default, stripped of
 * personal data; they are never aggregated.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { TextQuestion } from '@motcua/forms';
 * const q: TextQuestion = { key: 'comment', type: 'text', label: { vi: 'Góp ý khác', en: 'Other comments' }, maxLength: 1000 };
 * ```
 * @category Surveys
 */
export interface TextQuestion<K extends string = string, E extends string = string>
  extends QuestionBase<K, E> {
  /** The type tag. */
  readonly type: 'text';
  /** The longest accepted answer in characters, after trimming (default 2,000). */
  readonly maxLength?: number;
}

/**
 * Any survey question, discriminated by `type`.
 *
 * @typeParam K - The question keys of the survey.
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { SurveyQuestion } from '@motcua/forms';
 * const q: SurveyQuestion = { key: 'q1', type: 'nps', label: { vi: 'Giới thiệu?', en: 'Recommend?' } };
 * ```
 * @category Surveys
 */
export type SurveyQuestion<K extends string = string, E extends string = string> =
  | RatingQuestion<K, E>
  | NpsQuestion<K, E>
  | ChoiceQuestion<K, E>
  | MultiChoiceQuestion<K, E>
  | YesNoQuestion<K, E>
  | CountQuestion<K, E>
  | TextQuestion<K, E>;

/**
 * An element (criterion group) questions report under, such as one of the five SIPAS elements.
 *
 * @typeParam E - The element keys of the survey.
 * @example
 * ```ts
 * import type { SurveyElement } from '@motcua/forms';
 * const element: SurveyElement = { key: 'access', label: { vi: 'Tiếp cận dịch vụ', en: 'Access to services' } };
 * ```
 * @category Surveys
 */
export interface SurveyElement<E extends string = string> {
  /** The unique key (same rules as a question key). */
  readonly key: E;
  /** The element's name. */
  readonly label: LocalizedText;
  /** An optional description. */
  readonly description?: LocalizedText;
}

/**
 * The respondent metadata fields a survey can require (see {@link ResponseMeta}).
 *
 * @example
 * ```ts
 * import type { ResponseMetaField } from '@motcua/forms';
 * const required: ResponseMetaField[] = ['dossierCode'];
 * ```
 * @category Surveys
 */
export type ResponseMetaField =
  | 'channel'
  | 'unit'
  | 'procedure'
  | 'period'
  | 'dossierCode'
  | 'stratum'
  | 'weight';

/**
 * A survey definition: plain, JSON-serialisable data. Build one with {@link defineSurvey} (or load
 * one from JSON with {@link safeParseSurveyDefinition}).
 *
 * When `elements` is omitted, the elements are implied by the questions' `element` fields (their
 * labels are then the keys). When it is given, every question's `element` must be declared in it.
 *
 * @typeParam K - The question keys.
 * @typeParam E - The element keys.
 * @example
 * ```ts
 * import type { SurveyDefinition } from '@motcua/forms';
 * const def: SurveyDefinition = {
 *   id: 'ward-csat',
 *   version: 1,
 *   title: { vi: 'Khảo sát hài lòng', en: 'Satisfaction survey' },
 *   questions: [{ key: 'overall', type: 'rating', label: { vi: 'Hài lòng chung', en: 'Overall' } }],
 * };
 * ```
 * @category Surveys
 */
export interface SurveyDefinition<K extends string = string, E extends string = string> {
  /** A stable identifier: letters, digits, `.`, `_`, `-` (at most 128). */
  readonly id: string;
  /**
   * The version; aggregates of different versions never merge. A non-negative integer or a
   * non-empty string of at most 64 characters.
   */
  readonly version: number | string;
  /** The survey's title. */
  readonly title: LocalizedText;
  /** An optional introduction. */
  readonly description?: LocalizedText;
  /** The elements (criterion groups), in reporting order. */
  readonly elements?: readonly SurveyElement<E>[];
  /** The questions, in the order they are asked (a condition may only refer to an earlier one). */
  readonly questions: readonly SurveyQuestion<K, E>[];
  /** Metadata every response must carry (e.g. `['dossierCode']` for a per-dossier evaluation). */
  readonly requiredMeta?: readonly ResponseMetaField[];
}

/**
 * How the citizen used the service: in person at the one-stop section (`'direct'`), through the
 * public postal service (`'postal'`), online (`'online'`) or another way (`'other'`). These are
 * the three channels of Vietnamese administrative procedures, plus an escape hatch.
 *
 * @example
 * ```ts
 * import type { ResponseChannel } from '@motcua/forms';
 * const channel: ResponseChannel = 'online';
 * ```
 * @category Surveys
 */
export type ResponseChannel = 'direct' | 'online' | 'postal' | 'other';

/**
 * Respondent metadata, kept apart from the answers. Every field is optional unless the survey's
 * `requiredMeta` lists it.
 *
 * @example
 * ```ts
 * import type { ResponseMeta } from '@motcua/forms';
 * const meta: ResponseMeta = { unit: '00235', channel: 'online', period: '2026-03', procedure: '2.000908' };
 * ```
 * @category Surveys
 */
export interface ResponseMeta {
  /** The channel the service was used through. */
  readonly channel?: ResponseChannel;
  /**
   * The administrative unit or agency code (e.g. commune code `'00235'`, agency code
   * `'000.00.01.H26'`): letters, digits, `.`, `_`, `-`, spaces, starting with a letter or digit.
   */
  readonly unit?: string;
  /** The procedure code (e.g. `'2.000908'`); same characters as `unit`. */
  readonly procedure?: string;
  /**
   * The reporting period: `'2026'`, `'2026-03'`, `'2026-Q1'`, `'2026-H1'`, `'2026-W09'` or a
   * civil date `'2026-03-15'`.
   */
  readonly period?: string;
  /** The dossier code, `{agency}-{yymmdd}-{sequence}` (e.g. `'000.00.01.H26-260213-0042'`). */
  readonly dossierCode?: string;
  /** The sampling stratum (for weighted samples); same characters as `unit`. */
  readonly stratum?: string;
  /** The respondent's sampling weight: a finite number greater than 0. */
  readonly weight?: number;
}

/**
 * A validated answer: an integer (rating, NPS, count), a boolean (yes/no), an option value or a
 * text (choice, text), or a list of option values (multiple choice).
 *
 * @example
 * ```ts
 * import type { AnswerValue } from '@motcua/forms';
 * const answers: AnswerValue[] = [5, true, 'online', ['portal', 'counter'], 'Cảm ơn'];
 * ```
 * @category Surveys
 */
export type AnswerValue = number | boolean | string | readonly string[];

/**
 * A validated response: answers to visible questions only, keyed by question key, and the
 * respondent metadata.
 *
 * @typeParam K - The question keys of the survey.
 * @example
 * ```ts
 * import type { SurveyResponse } from '@motcua/forms';
 * const response: SurveyResponse = { answers: { q1: 5, q2: 9 }, meta: { unit: '00235', channel: 'online' } };
 * ```
 * @category Surveys
 */
export interface SurveyResponse<K extends string = string> {
  /** The answers; unanswered and hidden questions are absent. */
  readonly answers: { readonly [P in K]?: AnswerValue };
  /** The respondent metadata. */
  readonly meta: ResponseMeta;
}

/**
 * The stable codes of {@link SurveyIssue}s (snake_case, like zod's).
 *
 * @example
 * ```ts
 * import type { SurveyIssueCode } from '@motcua/forms';
 * const code: SurveyIssueCode = 'out_of_range';
 * ```
 * @category Surveys
 */
export type SurveyIssueCode =
  /** A value of the wrong JavaScript type. */
  | 'invalid_type'
  /** A required answer or metadata field is missing. */
  | 'required'
  /** A number that must be an integer is not. */
  | 'not_integer'
  /** A number outside its allowed range. */
  | 'out_of_range'
  /** A value that is not one of the question's options. */
  | 'unknown_option'
  /** The same option selected twice. */
  | 'duplicate_option'
  /** Fewer options selected than allowed. */
  | 'too_few_selected'
  /** More options selected than allowed. */
  | 'too_many_selected'
  /** A text longer than allowed. */
  | 'too_long'
  /** A document beyond a size limit (nesting deeper than 64 levels, more than 5,401 cells). */
  | 'too_large'
  /** A string that does not have the expected format (code, period, dossier code, key…). */
  | 'invalid_format'
  /** A value that is not among the allowed ones (channel, enumeration…). */
  | 'invalid_value'
  /** A property the definition format does not know (often a typo). */
  | 'unknown_property'
  /** A question type that does not exist. */
  | 'unknown_question_type'
  /** Two questions, elements or options with the same key. */
  | 'duplicate_key'
  /** A key that is reserved (`constructor`, `toString`…). */
  | 'reserved_key'
  /** A question refers to an element that is not declared. */
  | 'undeclared_element'
  /** A condition refers to a question that does not exist. */
  | 'unknown_condition_question'
  /** A condition refers to the question itself or to a later question. */
  | 'condition_forward_reference'
  /** A condition that gives both or neither of `equals` and `in`. */
  | 'invalid_condition'
  /** A condition value that the referenced question can never take. */
  | 'invalid_condition_value'
  /** An inconsistent scale or bound (`min` ≥ `max`, wrong number of labels…). */
  | 'invalid_scale'
  /** A list or text that is too short or empty. */
  | 'too_small'
  /** The input could not be read at all. */
  | 'invalid_input';

/**
 * A problem found in untrusted input (a response or a definition loaded from JSON): where it is,
 * a stable code, a message in the requested language, and the values the message mentions.
 *
 * @example
 * ```ts
 * import type { SurveyIssue } from '@motcua/forms';
 * const issue: SurveyIssue = {
 *   path: ['answers', 'q1'],
 *   code: 'out_of_range',
 *   message: 'Giá trị phải từ 1 đến 5',
 *   params: { min: 1, max: 5 },
 * };
 * ```
 * @category Surveys
 */
export interface SurveyIssue {
  /** Where the problem is, as property names and array indexes. */
  readonly path: readonly (string | number)[];
  /** The stable code. */
  readonly code: SurveyIssueCode;
  /** The message in the requested {@link Locale} (Vietnamese by default). */
  readonly message: string;
  /** The values the message mentions (bounds, allowed values…). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The result of validating untrusted input: the clean value, or the issues found.
 *
 * @typeParam T - The type of the clean value.
 * @example
 * ```ts
 * import { safeParseSurveyDefinition, type SurveyDefinition, type SurveyResult } from '@motcua/forms';
 * const r: SurveyResult<SurveyDefinition> = safeParseSurveyDefinition({ id: 's' });
 * r.ok; //=> false
 * !r.ok && r.issues.map((i) => i.path[0]); //=> ['version', 'title', 'questions']
 * ```
 * @category Surveys
 */
export type SurveyResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly SurveyIssue[] };

/**
 * Options of {@link safeParseSurveyDefinition}.
 *
 * @example
 * ```ts
 * import type { ParseSurveyDefinitionOptions } from '@motcua/forms';
 * const options: ParseSurveyDefinitionOptions = { locale: 'en' };
 * ```
 * @category Surveys
 */
export interface ParseSurveyDefinitionOptions {
  /** The language of the issue messages (default `'vi'`). */
  readonly locale?: Locale | undefined;
}
