/**
 * `@motcua/forms`: declarative dossier forms compiled to zod, Vietnamese identifiers and
 * administrative units, bilingual errors, satisfaction surveys and their statistics.
 *
 * @packageDocumentation
 */

export type { Issue, IssuePath, Result } from '@motcua/errors';
export { isMotcuaError, MotcuaError } from '@motcua/errors';
export type { FormsErrorCode } from './errors';
export { FormsError, isFormsError } from './errors';
// --- identifiers, administrative units and forms (issue 5) ---
export type { DefinitionIssue, DefinitionIssueCode } from './form/checkDefinition';
export { defineForm } from './form/defineForm';
export type { DocumentChecklistItem } from './form/documentChecklist';
export { documentChecklist } from './form/documentChecklist';
export { formSchema } from './form/formSchema';
export type { JsonSchema, JsonValue } from './form/jsonSchema';
export { formJsonSchema } from './form/jsonSchema';
export type {
  ParseFormDefinitionOptions,
  ParseFormDefinitionResult,
} from './form/parseFormDefinition';
export { parseFormDefinition, safeParseFormDefinition } from './form/parseFormDefinition';
export type {
  AddressField,
  AddressValue,
  BooleanField,
  ChoiceField,
  CitizenIdRule,
  ComparisonRule,
  DateField,
  FieldBase,
  FieldEntry,
  FieldOption,
  FieldsData,
  FieldValue,
  FormCondition,
  FormData,
  FormDefinition,
  FormDocument,
  FormFee,
  FormField,
  FormFieldType,
  FormIssue,
  FormRule,
  FormScalar,
  IdentifierField,
  MoneyField,
  MultiChoiceField,
  NestedData,
  NumberField,
  RepeatingGroupField,
  TextField,
  ValidateFormResult,
} from './form/types';
export type { ValidateFormOptions } from './form/validateForm';
export { validateForm } from './form/validateForm';
export type { FormatIssueMessageOptions, FormIssueCode, IssueParams } from './messages/messages';
export { formatIssueMessage } from './messages/messages';
export { birthRegistrationForm, birthRegistrationSample } from './samples/birthRegistration';
export { certifiedCopyForm } from './samples/certifiedCopy';
export type { Locale, LocalizedText } from './types';
export type { CommuneSuccessor, FormerCommune } from './units/history';
export {
  communeSuccessors,
  formerCommune,
  formerCommuneCodes,
  lookupCommuneAt,
  narrowSuccessors,
} from './units/history';
export type { Commune, CommuneKind, Province, SearchUnitsOptions, UnitMatch } from './units/types';
export {
  communesOf,
  isCommuneInProvince,
  lookupCommune,
  lookupProvince,
  provinces,
  searchUnits,
} from './units/units';
export type { CitizenIdIssueCode, CitizenIdParts, ParseCitizenIdOptions } from './vn/citizenId';
export { isCitizenId, parseCitizenId, safeParseCitizenId } from './vn/citizenId';
export type { CitizenIdProvince } from './vn/citizenIdProvinces';
export { citizenIdProvinceName, citizenIdProvinces } from './vn/citizenIdProvinces';
export { parseVnDate, safeParseVnDate } from './vn/date';
export { formatVnd, parseVnd, safeParseVnd } from './vn/money';
export type { ParsePersonNameOptions } from './vn/personName';
export { parsePersonName, safeParsePersonName } from './vn/personName';
export type { PhoneIssueCode } from './vn/phone';
export { formatPhone, parsePhone, safeParsePhone } from './vn/phone';
export type { VnSchemaOptions } from './vn/schemas';
export * as vn from './vn/schemas';
export type { TaxCodeIssueCode, TaxCodeParts } from './vn/taxCode';
export { isTaxCode, parseTaxCode, safeParseTaxCode } from './vn/taxCode';
export type { VnResult } from './vn/types';
// --- end identifiers, administrative units and forms ---

// --- surveys (issue 6) ---
export type {
  AggregateCell,
  AggregateOptions,
  AggregateSettings,
  AnswerValue,
  ChoiceOption,
  ChoiceQuestion,
  ConditionValue,
  ConfidenceInterval,
  CountQuestion,
  DossierEvaluationElementKey,
  DossierEvaluationQuestionKey,
  GroupField,
  IndexAggregate,
  MultiChoiceQuestion,
  NpsQuestion,
  ParseSurveyAggregateOptions,
  ParseSurveyDefinitionOptions,
  QuestionAggregate,
  QuestionBase,
  QuestionCell,
  QuestionType,
  RatingQuestion,
  RatingScale,
  RedactPersonalDataOptions,
  ResponseChannel,
  ResponseMeta,
  ResponseMetaField,
  SipasElementKey,
  SipasQuestionKey,
  SurveyAggregate,
  SurveyDefinition,
  SurveyElement,
  SurveyErrorCode,
  SurveyIssue,
  SurveyIssueCode,
  SurveyQuestion,
  SurveyResponse,
  SurveyResult,
  TextQuestion,
  ValidateResponseOptions,
  VisibilityCondition,
  Weighting,
  YesNoQuestion,
} from './survey';
export {
  aggregate,
  aggregateAsync,
  defineSurvey,
  dossierEvaluation,
  isSurveyError,
  mergeAggregates,
  parseSurveyAggregate,
  parseSurveyDefinition,
  redactPersonalData,
  SurveyError,
  safeParseSurveyAggregate,
  safeParseSurveyDefinition,
  sampleResponses,
  sipasSurvey,
  surveyAggregateJsonSchema,
  surveyJsonSchema,
  validateResponse,
  wilsonInterval,
} from './survey';

// --- end surveys ---
