import type { Locale } from '../types';
import { compileForm, runForm } from './compile';
import type { FormData, FormDefinition, ValidateFormResult } from './types';

/**
 * Options of {@link validateForm} and {@link formSchema}.
 *
 * @example
 * ```ts
 * import type { ValidateFormOptions } from '@motcua/forms';
 * const options: ValidateFormOptions = { locale: 'en' };
 * ```
 * @category Forms
 */
export interface ValidateFormOptions {
  /** The language of the messages: Vietnamese (`'vi'`, default) or English. */
  readonly locale?: Locale | undefined;
}

/**
 * Validates submitted data against a form definition and returns either the normalised data or
 * every problem, each with a path, a stable code and a message on the field's own label.
 *
 * What it does with the data:
 *
 * - reads only the keys the definition declares (own properties; dotted keys are nested
 *   objects): unknown keys are dropped, never trusted, and `__proto__`, `constructor` or
 *   `prototype` in the data are inert;
 * - a field whose `visibleIf` does not hold is skipped: never required, never checked, and
 *   dropped from the output, whatever the data says;
 * - empty values (`undefined`, `null`, blank strings, empty lists) count as missing; a missing
 *   optional field is left out of the output;
 * - values come back normalised: trimmed NFC text, phone numbers in E.164, dates as `'YYYY-MM-DD'`,
 *   amounts as integers, identifiers without spaces;
 * - conditions and cross-field rules see the normalised values of visible, valid fields only.
 *
 * It never throws on any data and never mutates it. The definition is checked and compiled on
 * first use and cached per definition object (a `WeakMap`), so compile once, validate many.
 *
 * @typeParam F - The definition's type; with {@link defineForm} the result is typed as {@link FormData}.
 * @param form - The definition.
 * @param data - Untrusted data (parsed JSON, a request body…).
 * @param options - The language of the messages.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @throws {FormsError} `INVALID_DEFINITION` if the definition itself is unsound (never because of `data`).
 * @example
 * ```ts
 * import { birthRegistrationForm, validateForm } from '@motcua/forms';
 *
 * const r = validateForm(birthRegistrationForm, { child: { fullName: 'Nguyễn Văn 2' } });
 * r.ok; //=> false
 * !r.ok && r.issues[0];
 * //=> { path: ['child', 'fullName'], code: 'invalid_person_name', message: "Họ, chữ đệm và tên của trẻ chỉ được gồm chữ cái tiếng Việt, dấu cách, dấu ' hoặc - giữa các chữ" }
 * ```
 * @category Forms
 */
export function validateForm<const F extends FormDefinition>(
  form: F,
  data: unknown,
  options?: ValidateFormOptions,
): ValidateFormResult<FormData<F>> {
  return runForm(compileForm(form), data, options?.locale ?? 'vi') as ValidateFormResult<
    FormData<F>
  >;
}
