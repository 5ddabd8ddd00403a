import { FormsError } from '../errors';
import type { Locale } from '../types';

/**
 * Options of {@link redactPersonalData}.
 *
 * @example
 * ```ts
 * import type { RedactPersonalDataOptions } from '@motcua/forms';
 * const options: RedactPersonalDataOptions = { locale: 'en' };
 * ```
 * @category Surveys
 */
export interface RedactPersonalDataOptions {
  /** The language of the placeholders (default `'vi'`: `[số điện thoại]`…; `'en'`: `[phone number]`…). */
  readonly locale?: Locale | undefined;
}

// A separator people put inside phone numbers: one space, dot or hyphen.
const SEP = '[ .\\-]?';
// +84 / 84 / (+84) / 0 prefixes. The lookbehind keeps us out of longer digit runs and words.
const PREFIX = '(?:\\(\\+?84\\)|\\+84|84|0)';

function patterns(): readonly (readonly [RegExp, 'email' | 'phone' | 'id12' | 'id9'])[] {
  return [
    // Bounded parts, and a local part that starts where a run starts: linear in the text's length.
    [
      /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu,
      'email',
    ],
    // Mobile: prefix, 3/5/7/8/9, then 8 digits; landline: prefix, 2x, then 8 digits.
    [new RegExp(`(?<![\\d+])${PREFIX}${SEP}(?:[35789]|2\\d)(?:${SEP}\\d){8}(?!\\d)`, 'g'), 'phone'],
    // 12-digit personal identification number (CCCD / căn cước), written in one run.
    [/(?<!\d)\d{12}(?!\d)/g, 'id12'],
    // 9-digit identity card number (CMND, old), written in one run.
    [/(?<!\d)\d{9}(?!\d)/g, 'id9'],
  ];
}

const PLACEHOLDERS = {
  vi: { email: '[email]', phone: '[số điện thoại]', id12: '[số định danh]', id9: '[số CMND]' },
  en: { email: '[email]', phone: '[phone number]', id12: '[personal ID]', id9: '[ID card number]' },
} as const;

/**
 * Replaces personal data in a free text with placeholders, before the text is stored.
 *
 * Recognised, in this order:
 * - e-mail addresses → `[email]`;
 * - Vietnamese phone numbers in every common spelling: `0912345678`, `0912 345 678`,
 *   `0912.345.678`, `0912-345-678`, `+84 912 345 678`, `+84912345678`, `84912345678`,
 *   `(+84) 912 345 678`, and landlines such as `024 3825 1234` → `[số điện thoại]`;
 * - 12-digit personal identification numbers (`001090012345`) → `[số định danh]`;
 * - 9-digit identity card numbers (`012345678`) → `[số CMND]`.
 *
 * Identification numbers are only recognised written as one run of digits: money amounts such as
 * `150.000.000` or `100 000 000 000` are left alone. Names and addresses are not recognised.
 *
 * @param text - The free text.
 * @param options - `locale` of the placeholders (`'vi'` by default).
 * @returns The text with personal data replaced (the same string when there is none).
 *
 * @example
 * ```ts
 * import { redactPersonalData } from '@motcua/forms';
 *
 * redactPersonalData('Gọi tôi: 0912 345 678 hoặc +84 987.654.321, CCCD 001090012345, a.b@gmail.com');
 * //=> 'Gọi tôi: [số điện thoại] hoặc [số điện thoại], CCCD [số định danh], [email]'
 * redactPersonalData('Call 84912345678', { locale: 'en' });
 * //=> 'Call [phone number]'
 * ```
 * @category Surveys
 */
export function redactPersonalData(text: string, options?: RedactPersonalDataOptions): string {
  if (typeof text !== 'string')
    throw new FormsError('INVALID_ARGUMENT', {
      vi: 'redactPersonalData: cần một chuỗi văn bản',
      en: 'redactPersonalData: expected a string',
    });
  const placeholders = PLACEHOLDERS[options?.locale === 'en' ? 'en' : 'vi'];
  let out = text;
  for (const [pattern, kind] of patterns()) {
    out = out.replace(pattern, placeholders[kind]);
  }
  return out;
}
