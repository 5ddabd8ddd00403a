import type { FormDefinition } from './types';

/**
 * Declares a form in TypeScript. It returns the definition unchanged, but its `const` type
 * parameter keeps every literal (keys, types, option values), so {@link FormData} can infer the
 * type of valid data, and {@link validateForm} returns it. Nothing is checked here (so a module
 * that declares forms costs nothing until one is used): the definition is checked and compiled on
 * its first validation, which throws a {@link FormsError} `INVALID_DEFINITION` if it is unsound.
 * Definitions that arrive as JSON go through {@link parseFormDefinition} (or {@link safeParseFormDefinition}) instead.
 *
 * @typeParam F - The definition's literal type, inferred.
 * @param form - The definition.
 * @returns `form` itself.
 * @example
 * ```ts
 * import { defineForm, validateForm } from '@motcua/forms';
 *
 * const contact = defineForm({
 *   id: 'lien-he', version: '1', title: { vi: 'Liên hệ', en: 'Contact' },
 *   fields: [
 *     { key: 'fullName', type: 'personName', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
 *     { key: 'phone', type: 'phone', required: true, label: { vi: 'Số điện thoại', en: 'Phone' } },
 *   ],
 * });
 * const r = validateForm(contact, { fullName: 'Trần  Thị Bình', phone: '0912.345.678' });
 * //=> { ok: true, value: { fullName: 'Trần Thị Bình', phone: '+84912345678' } }
 * ```
 * @category Forms
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineForm<const F extends FormDefinition>(form: F): F {
  return form;
}
