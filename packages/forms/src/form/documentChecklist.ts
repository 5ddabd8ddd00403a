import { compileForm } from './compile';
import { readPath } from './compile/plan';
import type { FormDefinition, FormDocument } from './types';

/**
 * One line of a dossier's document checklist.
 *
 * @example
 * ```ts
 * import type { DocumentChecklistItem } from '@motcua/forms';
 * const line: DocumentChecklistItem = {
 *   document: { id: 'to-khai', name: { vi: 'Tờ khai', en: 'Declaration' }, required: true, originals: 1 },
 *   required: true,
 * };
 * ```
 * @category Forms
 */
export interface DocumentChecklistItem {
  /** The document as defined. */
  readonly document: FormDocument;
  /** Whether this dossier must include it: `required`, or `requiredIf` holds on the data. */
  readonly required: boolean;
}

/**
 * Works out which documents a dossier needs, from the form's document list (thành phần hồ sơ) and
 * the dossier's **validated** data (the `value` of a successful {@link validateForm}): a document
 * is required when it is marked `required`, or when its `requiredIf` holds on that data.
 *
 * @param form - The definition.
 * @param value - Valid data of the form.
 * @returns Every document of the form, in order, with whether it is required here.
 * @throws {FormsError} `INVALID_DEFINITION` if the definition is unsound.
 * @example
 * ```ts
 * import { birthRegistrationForm, documentChecklist } from '@motcua/forms';
 *
 * documentChecklist(birthRegistrationForm, { birthProof: 'witness' })
 *   .filter((line) => line.required)
 *   .map((line) => line.document.id);
 * //=> ['to-khai-dang-ky-khai-sinh', 'van-ban-nguoi-lam-chung']
 * ```
 * @category Forms
 */
export function documentChecklist(
  form: FormDefinition,
  value: Readonly<Record<string, unknown>>,
): DocumentChecklistItem[] {
  const compiled = compileForm(form);
  const values = compiled.topPaths.map((path) => readPath(value, path));
  return (form.documents ?? []).map((document, i) => {
    const condition = compiled.documents[i];
    return {
      // A copy: the checklist is the caller's to annotate, the form's documents stay as defined.
      document: JSON.parse(JSON.stringify(document)) as typeof document,
      required: document.required === true || condition?.(values, []) === true,
    };
  });
}
