/**
 * What validating a form gives: the data's TypeScript type inferred from a definition, the issues and the result.
 *
 * @module
 */
import type { FormIssueCode } from '../messages/messages';

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
 * type Sex = FieldValue<{
 *   key: 'sex'; type: 'choice'; label: { vi: 'Giới tính'; en: 'Sex' };
 *   options: readonly [
 *     { value: 'male'; label: { vi: 'Nam'; en: 'Male' } },
 *     { value: 'female'; label: { vi: 'Nữ'; en: 'Female' } },
 *   ];
 * }>;
 * const sex: Sex = 'female'; // Sex is 'male' | 'female'
 * const check: 'male' | 'female' = sex;
 * // @ts-expect-error: 'other' is not one of the options
 * const wrong: Sex = 'other';
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
 * type D = FieldsData<readonly [
 *   { key: 'mother.fullName'; type: 'personName'; required: true; label: { vi: 'Họ tên mẹ'; en: "Mother's name" } },
 * ]>;
 * const d: D = { mother: { fullName: 'Trần Thị Bình' } }; // D is { mother: { fullName: string } }
 * const check: { mother: { fullName: string } } = d;
 * // @ts-expect-error: the required field is missing
 * const empty: D = { mother: {} };
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
 * type Data = FormData<typeof form>; // { father: { fullName: string }; sex?: 'male' | 'female' }
 * const data: Data = { father: { fullName: 'Nguyễn Văn An' } };
 * const check: { father: { fullName: string }; sex?: 'male' | 'female' } = data;
 * // @ts-expect-error: 'nam' is not one of the options of sex
 * const wrong: Data = { father: { fullName: 'Nguyễn Văn An' }, sex: 'nam' };
 * ```
 * @category Forms
 */
export type FormData<F> = F extends { readonly fields: infer Fs } ? FieldsData<Fs> : never;
