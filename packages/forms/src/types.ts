/**
 * A text in Vietnamese (the default language of every motcua message) and English.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from '@motcua/forms';
 * const label: LocalizedText = { vi: 'Họ và tên', en: 'Full name' };
 * ```
 * @category Types
 */
export interface LocalizedText {
  /** The Vietnamese text. */
  readonly vi: string;
  /** The English text. */
  readonly en: string;
}

/**
 * A language motcua speaks: Vietnamese (`'vi'`, the default) or English (`'en'`).
 *
 * @example
 * ```ts
 * import { validateForm, type Locale } from '@motcua/forms';
 * const locale: Locale = 'en';
 * ```
 * @category Types
 */
export type Locale = 'vi' | 'en';
