/**
 * A form definition: its fields, rules, the dossier's documents and fees.
 *
 * @module
 */
import type { LocalizedText } from '../types';
import type { FormCondition, FormField } from './fields';
import type { FormRule } from './rules';

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
