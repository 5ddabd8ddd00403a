/**
 * Satisfaction surveys: definitions, built-in surveys (SIPAS, per-dossier evaluation), response
 * validation, personal-data redaction, and mergeable statistics.
 *
 * @module
 */
export { aggregate } from './aggregate';
export { aggregateAsync } from './aggregateAsync';
export type {
  AggregateCell,
  AggregateOptions,
  AggregateSettings,
  ConfidenceInterval,
  GroupField,
  IndexAggregate,
  QuestionAggregate,
  QuestionCell,
  SurveyAggregate,
  Weighting,
} from './aggregateTypes';
export type {
  DossierEvaluationElementKey,
  DossierEvaluationQuestionKey,
} from './builtins/dossierEvaluation';
export { dossierEvaluation } from './builtins/dossierEvaluation';
export type { SipasElementKey, SipasQuestionKey } from './builtins/sipasSurvey';
export { sipasSurvey } from './builtins/sipasSurvey';
export { defineSurvey } from './defineSurvey';
export type { SurveyErrorCode } from './errors';
export { isSurveyError, SurveyError } from './errors';
export { surveyJsonSchema } from './jsonSchema';
export { mergeAggregates } from './mergeAggregates';
export type { ParseSurveyAggregateOptions } from './parseSurveyAggregate';
export {
  parseSurveyAggregate,
  safeParseSurveyAggregate,
  surveyAggregateJsonSchema,
} from './parseSurveyAggregate';
export { parseSurveyDefinition, safeParseSurveyDefinition } from './parseSurveyDefinition';
export type { RedactPersonalDataOptions } from './redactPersonalData';
export { redactPersonalData } from './redactPersonalData';
export { sampleResponses } from './sampleResponses';
export type {
  AnswerValue,
  ChoiceOption,
  ChoiceQuestion,
  ConditionValue,
  CountQuestion,
  MultiChoiceQuestion,
  NpsQuestion,
  ParseSurveyDefinitionOptions,
  QuestionBase,
  QuestionType,
  RatingQuestion,
  RatingScale,
  ResponseChannel,
  ResponseMeta,
  ResponseMetaField,
  SurveyDefinition,
  SurveyElement,
  SurveyIssue,
  SurveyIssueCode,
  SurveyQuestion,
  SurveyResponse,
  SurveyResult,
  TextQuestion,
  VisibilityCondition,
  YesNoQuestion,
} from './types';
export type { ValidateResponseOptions } from './validateResponse';
export { validateResponse } from './validateResponse';
export { wilsonInterval } from './wilsonInterval';
