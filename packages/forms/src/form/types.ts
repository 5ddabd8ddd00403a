/**
 * The types of form definitions and their data, by concept: `fields`, `rules`, `definition`, `data`.
 *
 * @module
 */

export type {
  AddressValue,
  FieldEntry,
  FieldsData,
  FieldValue,
  FormData,
  FormIssue,
  NestedData,
  ValidateFormResult,
} from './data';
export type { FormDefinition, FormDocument, FormFee } from './definition';
export type {
  AddressField,
  BooleanField,
  ChoiceField,
  DateField,
  FieldBase,
  FieldOption,
  FormCondition,
  FormField,
  FormFieldType,
  FormScalar,
  IdentifierField,
  MoneyField,
  MultiChoiceField,
  NumberField,
  RepeatingGroupField,
  TextField,
} from './fields';
export type { CitizenIdRule, ComparisonRule, FormRule } from './rules';
