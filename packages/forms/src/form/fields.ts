/**
 * The fields of a form definition: each field type with its options, and the conditions that show or require a field.
 *
 * @module
 */
import type { LocalizedText } from '../types';
import type { AddressValue } from './data';
import type { FormRule } from './rules';

/**
 * A value a condition compares with.
 *
 * @example
 * ```ts
 * import type { FormScalar } from '@motcua/forms';
 * const v: FormScalar = 'male';
 * ```
 * @category Forms
 */
export type FormScalar = string | number | boolean;

/**
 * A condition on the values of other fields, as data (no code, so definitions stay JSON). It is
 * evaluated on the **validated** values: a field that is hidden, missing or invalid counts as
 * empty. Inside a group, `field` names a sibling sub-field first, else a top-level field.
 *
 * - `{ field, equals }`: the value is `equals` (for a multi-choice: the selection contains it);
 * - `{ field, notEquals }`: the opposite of `equals` (so also true when the field is empty);
 * - `{ field, in: [...] }`: the value is one of the list (multi-choice: any selected is);
 * - `{ field, filled: true | false }`: the field has a value, or has none;
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: c }`: combinations.
 *
 * @example
 * ```ts
 * import type { FormCondition } from '@motcua/forms';
 * const fatherKnown: FormCondition = {
 *   all: [{ field: 'fatherKnown', equals: true }, { field: 'father.nationality', in: ['vn'] }],
 * };
 * ```
 * @category Forms
 */
export type FormCondition =
  | {
      /** The key of the field tested. */
      readonly field: string;
      /** The value it must have. */
      readonly equals: FormScalar;
    }
  | {
      /** The key of the field tested. */
      readonly field: string;
      /** The value it must not have. */
      readonly notEquals: FormScalar;
    }
  | {
      /** The key of the field tested. */
      readonly field: string;
      /** The values it may have. */
      readonly in: readonly FormScalar[];
    }
  | {
      /** The key of the field tested. */
      readonly field: string;
      /** `true`: the field has a value; `false`: it has none. */
      readonly filled: boolean;
    }
  | {
      /** Every condition holds. */
      readonly all: readonly FormCondition[];
    }
  | {
      /** At least one condition holds. */
      readonly any: readonly FormCondition[];
    }
  | {
      /** The condition does not hold. */
      readonly not: FormCondition;
    };

/**
 * One option of a choice or multi-choice field.
 *
 * @example
 * ```ts
 * import type { FieldOption } from '@motcua/forms';
 * const male: FieldOption = { value: 'male', label: { vi: 'Nam', en: 'Male' } };
 * ```
 * @category Forms
 */
export interface FieldOption {
  /** The stored value. */
  readonly value: string;
  /** What the citizen reads. */
  readonly label: LocalizedText;
}

/**
 * What every field has.
 *
 * @example
 * ```ts
 * import type { FieldBase } from '@motcua/forms';
 * const base: FieldBase = { key: 'mother.fullName', label: { vi: 'Họ và tên mẹ', en: "Mother's full name" }, required: true };
 * ```
 * @category Forms
 */
export interface FieldBase {
  /**
   * Where the value lives: a key, or a dotted path for nested data (`'father.fullName'` gives
   * `{ father: { fullName } }`). Each segment is a letter or `_` followed by letters, digits or
   * `_`; `__proto__`, `constructor` and `prototype` are refused.
   */
  readonly key: string;
  /** The label, used in the messages ("Họ và tên là bắt buộc"). */
  readonly label: LocalizedText;
  /** Help shown under the field. */
  readonly hint?: LocalizedText | undefined;
  /** The field must have a value (when visible). */
  readonly required?: boolean | undefined;
  /** The field must have a value when this condition holds (and it is visible). */
  readonly requiredIf?: FormCondition | undefined;
  /** The field exists only when this condition holds: otherwise it is never required and its value is dropped. */
  readonly visibleIf?: FormCondition | undefined;
}

/**
 * A one-line (`'text'`) or multi-line (`'longText'`) text. Values are trimmed; without
 * `maxLength` a text is limited to 1,000 characters and a long text to 10,000.
 *
 * @example
 * ```ts
 * import type { TextField } from '@motcua/forms';
 * const passport: TextField = {
 *   key: 'passport', type: 'text', label: { vi: 'Số hộ chiếu', en: 'Passport number' },
 *   pattern: '[A-Z][0-9]{7}',
 * };
 * ```
 * @category Forms
 */
export interface TextField extends FieldBase {
  /** One line or several. */
  readonly type: 'text' | 'longText';
  /** The fewest characters. */
  readonly minLength?: number | undefined;
  /** The most characters. */
  readonly maxLength?: number | undefined;
  /** A regular expression (a string, Unicode mode) the **whole** trimmed value must match. */
  readonly pattern?: string | undefined;
}

/**
 * A number. Accepts a JSON number or a decimal string (`'12'`, `'-3.5'`).
 *
 * @example
 * ```ts
 * import type { NumberField } from '@motcua/forms';
 * const pages: NumberField = { key: 'pages', type: 'number', label: { vi: 'Số trang', en: 'Pages' }, integer: true, min: 1 };
 * ```
 * @category Forms
 */
export interface NumberField extends FieldBase {
  /** Discriminant. */
  readonly type: 'number';
  /** The smallest value. */
  readonly min?: number | undefined;
  /** The largest value. */
  readonly max?: number | undefined;
  /** Whole numbers only. */
  readonly integer?: boolean | undefined;
}

/**
 * An amount of đồng (see {@link parseVnd} for what is accepted); the value is a non-negative integer.
 *
 * @example
 * ```ts
 * import type { MoneyField } from '@motcua/forms';
 * const fee: MoneyField = { key: 'fee', type: 'money', label: { vi: 'Lệ phí', en: 'Fee' }, max: 200000 };
 * ```
 * @category Forms
 */
export interface MoneyField extends FieldBase {
  /** Discriminant. */
  readonly type: 'money';
  /** The smallest amount. */
  readonly min?: number | undefined;
  /** The largest amount. */
  readonly max?: number | undefined;
}

/**
 * A date typed `dd/mm/yyyy` or `yyyy-mm-dd` (see {@link parseVnDate}); the value is `'YYYY-MM-DD'`.
 *
 * @example
 * ```ts
 * import type { DateField } from '@motcua/forms';
 * const birth: DateField = { key: 'birthDate', type: 'date', label: { vi: 'Ngày sinh', en: 'Date of birth' }, min: '1900-01-01' };
 * ```
 * @category Forms
 */
export interface DateField extends FieldBase {
  /** Discriminant. */
  readonly type: 'date';
  /** The earliest date, `'YYYY-MM-DD'`. */
  readonly min?: string | undefined;
  /** The latest date, `'YYYY-MM-DD'`. */
  readonly max?: string | undefined;
}

/**
 * A yes/no answer (JSON `true` or `false`).
 *
 * @example
 * ```ts
 * import type { BooleanField } from '@motcua/forms';
 * const pledge: BooleanField = {
 *   key: 'pledge', type: 'boolean', required: true, mustBeTrue: true,
 *   label: { vi: 'Lời cam đoan', en: 'Declaration' },
 * };
 * ```
 * @category Forms
 */
export interface BooleanField extends FieldBase {
  /** Discriminant. */
  readonly type: 'boolean';
  /** Only `true` is accepted (a declaration the citizen must tick). */
  readonly mustBeTrue?: boolean | undefined;
}

/**
 * One value among options.
 *
 * @example
 * ```ts
 * import type { ChoiceField } from '@motcua/forms';
 * const sex: ChoiceField = {
 *   key: 'sex', type: 'choice', label: { vi: 'Giới tính', en: 'Sex' },
 *   options: [{ value: 'male', label: { vi: 'Nam', en: 'Male' } }, { value: 'female', label: { vi: 'Nữ', en: 'Female' } }],
 * };
 * ```
 * @category Forms
 */
export interface ChoiceField extends FieldBase {
  /** Discriminant. */
  readonly type: 'choice';
  /** The options (at least one, distinct values). */
  readonly options: readonly FieldOption[];
}

/**
 * Several values among options; the value is a list without duplicates, in the order given.
 *
 * @example
 * ```ts
 * import type { MultiChoiceField } from '@motcua/forms';
 * const channels: MultiChoiceField = {
 *   key: 'channels', type: 'multiChoice', label: { vi: 'Nhận kết quả qua', en: 'Receive the result by' },
 *   options: [{ value: 'counter', label: { vi: 'Tại quầy', en: 'At the counter' } }, { value: 'post', label: { vi: 'Bưu điện', en: 'Post' } }],
 *   maxItems: 1,
 * };
 * ```
 * @category Forms
 */
export interface MultiChoiceField extends FieldBase {
  /** Discriminant. */
  readonly type: 'multiChoice';
  /** The options (at least one, distinct values). */
  readonly options: readonly FieldOption[];
  /** The fewest selected. */
  readonly minItems?: number | undefined;
  /** The most selected. */
  readonly maxItems?: number | undefined;
}

/**
 * A Vietnamese identifier or contact: `'citizenId'` (12 digits, see {@link parseCitizenId}),
 * `'taxCode'` ({@link parseTaxCode}), `'phone'` (mobile, stored as E.164, {@link parsePhone}),
 * `'email'`, `'personName'` ({@link parsePersonName}, at most 100 characters unless `maxLength`
 * says otherwise).
 *
 * @example
 * ```ts
 * import type { IdentifierField } from '@motcua/forms';
 * const id: IdentifierField = { key: 'citizenId', type: 'citizenId', label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' } };
 * ```
 * @category Forms
 */
export interface IdentifierField extends FieldBase {
  /** Which identifier. */
  readonly type: 'citizenId' | 'taxCode' | 'phone' | 'email' | 'personName';
  /** For `'personName'` and `'email'`: the most characters (default 100 and 254). */
  readonly maxLength?: number | undefined;
}

/**
 * An address after the 2025 reform: a province, one of its communes, and optionally the house
 * number and street (`detail`). The value is an {@link AddressValue}. Brings in the
 * administrative-units data.
 *
 * @example
 * ```ts
 * import type { AddressField } from '@motcua/forms';
 * const residence: AddressField = {
 *   key: 'residence', type: 'address', label: { vi: 'Nơi cư trú', en: 'Residence' }, requireDetail: true,
 * };
 * ```
 * @category Forms
 */
export interface AddressField extends FieldBase {
  /** Discriminant. */
  readonly type: 'address';
  /** The house number and street must be given too. */
  readonly requireDetail?: boolean | undefined;
}

/**
 * A repeating group: a list of items, each with the same sub-fields (keys relative to the item).
 * Groups do not nest. The value is a list of objects.
 *
 * @example
 * ```ts
 * import type { RepeatingGroupField } from '@motcua/forms';
 * const witnesses: RepeatingGroupField = {
 *   key: 'witnesses', type: 'group', label: { vi: 'Người làm chứng', en: 'Witnesses' }, minItems: 1, maxItems: 2,
 *   fields: [{ key: 'fullName', type: 'personName', required: true, label: { vi: 'Họ và tên', en: 'Full name' } }],
 * };
 * ```
 * @category Forms
 */
export interface RepeatingGroupField extends FieldBase {
  /** Discriminant. */
  readonly type: 'group';
  /** The sub-fields of each item (at least one; no groups). */
  readonly fields: readonly FormField[];
  /** The fewest items. */
  readonly minItems?: number | undefined;
  /** The most items. */
  readonly maxItems?: number | undefined;
  /** Cross-field rules checked inside each item (keys are sub-field keys). */
  readonly rules?: readonly FormRule[] | undefined;
}

/**
 * A field of a form definition, by `type`.
 *
 * @example
 * ```ts
 * import type { FormField } from '@motcua/forms';
 * const field: FormField = { key: 'phone', type: 'phone', required: true, label: { vi: 'Số điện thoại', en: 'Phone' } };
 * ```
 * @category Forms
 */
export type FormField =
  | TextField
  | NumberField
  | MoneyField
  | DateField
  | BooleanField
  | ChoiceField
  | MultiChoiceField
  | IdentifierField
  | AddressField
  | RepeatingGroupField;

/**
 * Every field type.
 *
 * @example
 * ```ts
 * import type { FormFieldType } from '@motcua/forms';
 * const t: FormFieldType = 'citizenId';
 * ```
 * @category Forms
 */
export type FormFieldType = FormField['type'];
