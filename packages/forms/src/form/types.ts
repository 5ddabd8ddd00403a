import type { FormIssueCode } from '../messages/messages';
import type { LocalizedText } from '../types';

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

/**
 * A cross-field rule, as data. Checked only when both fields have valid values; an issue goes on
 * `field`, with code `snake_case(rule)` (`'date_not_before'`…) and, if given, `message`.
 *
 * - `dateNotBefore`, `dateNotAfter`, `dateBefore`, `dateAfter`: two date fields;
 * - `lessOrEqual`, `lessThan`, `greaterOrEqual`, `greaterThan`: two number or money fields;
 * - `sameAs`, `differentFrom`: two fields of the same type.
 *
 * @example
 * ```ts
 * import type { ComparisonRule } from '@motcua/forms';
 * const rule: ComparisonRule = { rule: 'dateNotBefore', field: 'deathDate', other: 'birthDate' };
 * ```
 * @category Forms
 */
export interface ComparisonRule {
  /** The comparison. */
  readonly rule:
    | 'dateNotBefore'
    | 'dateNotAfter'
    | 'dateBefore'
    | 'dateAfter'
    | 'lessOrEqual'
    | 'lessThan'
    | 'greaterOrEqual'
    | 'greaterThan'
    | 'sameAs'
    | 'differentFrom';
  /** The field checked (the issue goes here). */
  readonly field: string;
  /** The field it is compared with. */
  readonly other: string;
  /** A message replacing the standard one. */
  readonly message?: LocalizedText | undefined;
}

/**
 * Checks a personal identification number field against a date-of-birth field (same year) and/or
 * a sex field (a choice whose options include `'male'` and `'female'`). Issues:
 * `citizen_id_birth_year_mismatch`, `citizen_id_sex_mismatch`.
 *
 * @example
 * ```ts
 * import type { CitizenIdRule } from '@motcua/forms';
 * const rule: CitizenIdRule = { rule: 'citizenIdMatches', field: 'mother.citizenId', birthDate: 'mother.birthDate' };
 * ```
 * @category Forms
 */
export interface CitizenIdRule {
  /** Discriminant. */
  readonly rule: 'citizenIdMatches';
  /** The `citizenId` field checked. */
  readonly field: string;
  /** A `date` field with the holder's date of birth. */
  readonly birthDate?: string | undefined;
  /** A `choice` field with the holder's sex (`'male'` / `'female'`). */
  readonly sex?: string | undefined;
  /** A message replacing the standard one. */
  readonly message?: LocalizedText | undefined;
}

/**
 * A cross-field rule of a form or group.
 *
 * @example
 * ```ts
 * import type { FormRule } from '@motcua/forms';
 * const rules: FormRule[] = [
 *   { rule: 'dateAfter', field: 'child.birthDate', other: 'mother.birthDate' },
 *   { rule: 'citizenIdMatches', field: 'mother.citizenId', birthDate: 'mother.birthDate' },
 * ];
 * ```
 * @category Forms
 */
export type FormRule = ComparisonRule | CitizenIdRule;

/**
 * One document of the dossier (thành phần hồ sơ): what the citizen brings or uploads.
 *
 * @example
 * ```ts
 * import type { FormDocument } from '@motcua/forms';
 * const birthCertificate: FormDocument = {
 *   id: 'giay-chung-sinh', name: { vi: 'Giấy chứng sinh', en: 'Birth certificate (medical)' },
 *   required: true, originals: 1,
 * };
 * ```
 * @category Forms
 */
export interface FormDocument {
  /** A stable identifier within the form. */
  readonly id: string;
  /** The document's name. */
  readonly name: LocalizedText;
  /** Always required. */
  readonly required?: boolean | undefined;
  /** Required when the condition holds on the dossier's data (top-level fields). */
  readonly requiredIf?: FormCondition | undefined;
  /** Originals to submit (bản chính). */
  readonly originals?: number | undefined;
  /** Certified copies to submit (bản sao chứng thực). */
  readonly certifiedCopies?: number | undefined;
  /** Plain copies to submit (bản sao). */
  readonly copies?: number | undefined;
  /** Shown to the officer for checking and handed back, not kept (xuất trình). */
  readonly presentOnly?: boolean | undefined;
  /** An online submission must carry a digital signature. */
  readonly eSignature?: boolean | undefined;
  /**
   * The state may already hold it (national population database, civil-status records,
   * digitised results): the citizen need not submit it when it can be retrieved.
   */
  readonly reusable?: boolean | undefined;
  /** The code or name of the form template the document follows (mẫu tờ khai). */
  readonly templateCode?: string | undefined;
  /** A remark for the citizen. */
  readonly note?: LocalizedText | undefined;
}

/**
 * A fee or charge of the procedure, for display (phí, lệ phí).
 *
 * @example
 * ```ts
 * import type { FormFee } from '@motcua/forms';
 * const fee: FormFee = { name: { vi: 'Phí chứng thực', en: 'Certification fee' }, amount: 2000, per: { vi: 'trang', en: 'page' } };
 * ```
 * @category Forms
 */
export interface FormFee {
  /** What the fee is. */
  readonly name: LocalizedText;
  /** The amount in đồng. */
  readonly amount: number;
  /** The unit it is charged per ("trang", "bản"). */
  readonly per?: LocalizedText | undefined;
  /** Conditions, caps, legal basis. */
  readonly note?: LocalizedText | undefined;
}

/**
 * A form definition: pure data (JSON-serialisable), compiled on first use and cached.
 *
 * @example
 * ```ts
 * import { defineForm, type FormDefinition } from '@motcua/forms';
 * const form: FormDefinition = defineForm({
 *   id: 'contact', version: '1', title: { vi: 'Liên hệ', en: 'Contact' },
 *   fields: [{ key: 'phone', type: 'phone', required: true, label: { vi: 'Số điện thoại', en: 'Phone' } }],
 * });
 * ```
 * @category Forms
 */
export interface FormDefinition {
  /** A stable identifier (`'dang-ky-khai-sinh'`). */
  readonly id: string;
  /** The definition's version (`'2025.1'`). Store it with each dossier. */
  readonly version: string;
  /** The form's title. */
  readonly title: LocalizedText;
  /** An introduction. */
  readonly description?: LocalizedText | undefined;
  /** The procedure's code in the national database (`'1.001193'`), if any. */
  readonly procedureCode?: string | undefined;
  /** The fields, in display order (at least one). */
  readonly fields: readonly FormField[];
  /** Cross-field rules on top-level fields. */
  readonly rules?: readonly FormRule[] | undefined;
  /** The dossier's documents (thành phần hồ sơ). */
  readonly documents?: readonly FormDocument[] | undefined;
  /** Fees and charges, for display. */
  readonly fees?: readonly FormFee[] | undefined;
}

/**
 * The value of an `address` field.
 *
 * @example
 * ```ts
 * import type { AddressValue } from '@motcua/forms';
 * const a: AddressValue = { province: '01', commune: '00235', detail: '71 Tôn Đức Thắng' };
 * ```
 * @category Forms
 */
export interface AddressValue {
  /** The two-digit province code (2025). */
  province: string;
  /** The five-digit commune code (2025), in that province. */
  commune: string;
  /** House number, street, hamlet (trimmed; absent when empty). */
  detail?: string;
}

/**
 * One problem in submitted data.
 *
 * @example
 * ```ts
 * import type { FormIssue } from '@motcua/forms';
 * const issue: FormIssue = { path: ['mother', 'citizenId'], code: 'invalid_citizen_id', message: 'Số định danh cá nhân của mẹ phải gồm 12 chữ số' };
 * ```
 * @category Forms
 */
export interface FormIssue {
  /** Where: keys, with item indices inside groups (`['witnesses', 0, 'fullName']`); `[]` for the whole data. */
  readonly path: readonly (string | number)[];
  /** The stable code. */
  readonly code: FormIssueCode;
  /** The message in the requested language, on the field's label. */
  readonly message: string;
}

/**
 * The result of {@link validateForm}.
 *
 * @typeParam T - The type of valid data.
 * @example
 * ```ts
 * import type { ValidateFormResult } from '@motcua/forms';
 * const r: ValidateFormResult<{ phone: string }> = { ok: true, value: { phone: '+84912345678' } };
 * ```
 * @category Forms
 */
export type ValidateFormResult<T> =
  | {
      /** The data is valid. */
      readonly ok: true;
      /** The normalised data: known, visible fields only. */
      readonly value: T;
    }
  | {
      /** The data is not valid. */
      readonly ok: false;
      /** Every problem, in field order, then the cross-field rules. */
      readonly issues: readonly FormIssue[];
    };

// ---------------------------------------------------------------------------------------------
// Type of valid data, inferred from a definition written in TypeScript.

/**
 * The value type of one field.
 *
 * @typeParam F - A field definition.
 * @example
 * ```ts
 * import type { FieldValue } from '@motcua/forms';
 * type Sex = FieldValue<{ key: 'sex'; type: 'choice'; label: { vi: ''; en: '' }; options: readonly [{ value: 'male'; label: { vi: ''; en: '' } }] }>;
 * //=> 'male'
 * ```
 * @category Forms
 */
export type FieldValue<F> = F extends {
  readonly type:
    | 'text'
    | 'longText'
    | 'date'
    | 'citizenId'
    | 'taxCode'
    | 'phone'
    | 'email'
    | 'personName';
}
  ? string
  : F extends { readonly type: 'number' | 'money' }
    ? number
    : F extends { readonly type: 'boolean' }
      ? boolean
      : F extends { readonly type: 'choice'; readonly options: readonly (infer O)[] }
        ? O extends { readonly value: infer V }
          ? V
          : never
        : F extends { readonly type: 'multiChoice'; readonly options: readonly (infer O)[] }
          ? (O extends { readonly value: infer V } ? V : never)[]
          : F extends { readonly type: 'address' }
            ? AddressValue
            : F extends { readonly type: 'group'; readonly fields: infer Fs }
              ? FieldsData<Fs>[]
              : unknown;

interface Entry {
  readonly key: string;
  readonly value: unknown;
  readonly required: boolean;
}

/**
 * One field of a definition seen as an entry of {@link FieldsData}: its key, value type and
 * whether it is required. Part of the type machinery of {@link FormData}.
 *
 * @internal
 */
export type FieldEntry<F> = F extends { readonly key: infer K extends string }
  ? {
      readonly key: K;
      readonly value: FieldValue<F>;
      readonly required: F extends { readonly required: true }
        ? F extends { readonly visibleIf: object }
          ? false
          : true
        : false;
    }
  : never;

type Head<K extends string> = K extends `${infer H}.${string}` ? H : K;

type RequiredHeads<E extends Entry> = E extends { readonly required: true }
  ? Head<E['key']>
  : never;

type Nested<E extends Entry, H extends string> = E extends Entry
  ? E['key'] extends `${H}.${infer R}`
    ? { readonly key: R; readonly value: E['value']; readonly required: E['required'] }
    : never
  : never;

type At<E extends Entry, H extends string> = [Extract<E, { readonly key: H }>] extends [never]
  ? NestedData<Nested<E, H>>
  : Extract<E, { readonly key: H }>['value'];

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * Builds the nested object type of a union of {@link FieldEntry}s (dotted keys become nested
 * objects). Part of the type machinery of {@link FormData}.
 *
 * @internal
 */
export type NestedData<E extends Entry> = Simplify<
  { [H in RequiredHeads<E>]: At<E, H> } & {
    [H in Exclude<Head<E['key']>, RequiredHeads<E>>]?: At<E, H>;
  }
>;

/**
 * The type of valid data for a list of fields (see {@link FormData}); `Record<string, unknown>`
 * when the keys are not literal types (a definition loaded from JSON).
 *
 * @typeParam Fs - The fields, as a readonly tuple.
 * @example
 * ```ts
 * import type { FieldsData } from '@motcua/forms';
 * type D = FieldsData<readonly [{ key: 'a.b'; type: 'text'; required: true; label: { vi: ''; en: '' } }]>;
 * //=> { a: { b: string } }
 * ```
 * @category Forms
 */
export type FieldsData<Fs> = Fs extends readonly unknown[]
  ? string extends (Fs[number] extends { readonly key: infer K } ? K : never)
    ? Record<string, unknown>
    : NestedData<FieldEntry<Fs[number]>>
  : never;

/**
 * The type of the valid data of a form written in TypeScript with {@link defineForm}: dotted keys
 * become nested objects, a field is a required property when it is `required: true` without
 * `visibleIf` (otherwise optional), choices give literal unions, groups give arrays.
 *
 * @typeParam F - The definition's type (`typeof form`).
 * @example
 * ```ts
 * import { defineForm, type FormData } from '@motcua/forms';
 * const form = defineForm({
 *   id: 'x', version: '1', title: { vi: 'X', en: 'X' },
 *   fields: [
 *     { key: 'father.fullName', type: 'personName', required: true, label: { vi: 'Họ tên cha', en: "Father's name" } },
 *     { key: 'sex', type: 'choice', label: { vi: 'Giới tính', en: 'Sex' },
 *       options: [{ value: 'male', label: { vi: 'Nam', en: 'Male' } }, { value: 'female', label: { vi: 'Nữ', en: 'Female' } }] },
 *   ],
 * });
 * type Data = FormData<typeof form>;
 * //=> { father: { fullName: string }; sex?: 'male' | 'female' }
 * ```
 * @category Forms
 */
export type FormData<F> = F extends { readonly fields: infer Fs } ? FieldsData<Fs> : never;
