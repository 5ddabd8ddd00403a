import { vnValue } from './orThrow';
import { type VnResult, vnFail } from './types';

const VI: Readonly<Record<'invalid_person_name', string>> = {
  invalid_person_name:
    "Họ và tên chỉ được gồm chữ cái tiếng Việt, dấu cách, dấu ' hoặc - giữa các chữ",
};
const EN: Readonly<Record<'invalid_person_name', string>> = {
  invalid_person_name:
    'A name may contain only Vietnamese letters, spaces, and an apostrophe or hyphen inside a word',
};

/**
 * Options of {@link parsePersonName}.
 *
 * @example
 * ```ts
 * import { safeParsePersonName, type ParsePersonNameOptions } from '@motcua/forms';
 * const options: ParsePersonNameOptions = { case: 'upper' };
 * safeParsePersonName('nguyễn văn an', options); //=> { ok: true, value: 'NGUYỄN VĂN AN' }
 * ```
 * @category Identifiers
 */
export interface ParsePersonNameOptions {
  /**
   * Letter case of the result: `'keep'` (default) as typed, `'title'` a capital at the start of
   * each word and after `'` or `-`, `'upper'` all capitals (as on identity cards).
   */
  readonly case?: 'keep' | 'title' | 'upper' | undefined;
}

// The Vietnamese alphabet (with f, j, w, z, found in ethnic-minority and foreign-origin names) and
// every vowel with its tone marks, matched case-insensitively.
const NAME =
  /^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+(?:['-][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+)*(?: [a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+(?:['-][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+)*)*$/iu;

/**
 * Normalises and checks a Vietnamese personal name (họ và tên).
 *
 * Normalisation: Unicode NFC (so a name typed with combining tone marks equals the precomposed
 * one), typographic apostrophes (`’ ‘ ʼ`) become `'`, runs of spaces collapse to one, the ends are
 * trimmed, and the case is kept unless `options.case` says otherwise.
 *
 * Allowed: letters of the Vietnamese alphabet with their diacritics, plus `f`, `j`, `w`, `z`
 * (ethnic-minority and foreign-origin names such as "Y Wang"), words separated by single spaces.
 * A single apostrophe or hyphen is allowed **between two letters** inside a word, for
 * ethnic-minority names such as "H'Hen Niê" or "Ksor H'Wơn" and hyphenated names; an apostrophe or
 * hyphen at the start or end of a word, or two in a row, is rejected. Digits and every other symbol
 * are rejected, and so is a name with letters from other scripts.
 *
 * @param input - The name as typed.
 * @param options - The letter case of the result.
 * @returns `{ ok: true, value: name }` or `{ ok: false, issues: [{ path: [], code: 'invalid_person_name', message: … }] }`.
 * @example
 * ```ts
 * import { safeParsePersonName } from '@motcua/forms';
 * safeParsePersonName('  Nguyễn   Văn  An '); //=> { ok: true, value: 'Nguyễn Văn An' }
 * safeParsePersonName('H’Hen Niê'); //=> { ok: true, value: "H'Hen Niê" }
 * safeParsePersonName('Nguyễn Văn 2'); //=> { ok: false, issues: [{ path: [], code: 'invalid_person_name', message: … }] }
 * ```
 * @category Identifiers
 */
export function safeParsePersonName(
  input: string,
  options?: ParsePersonNameOptions,
): VnResult<string, 'invalid_person_name'> {
  if (typeof input !== 'string' || input.length > 256) return vnFail('invalid_person_name', VI);
  // Under NFC, only combining marks change the letters accepted here: skip the (costly)
  // normalisation when there are none.
  let s = (/[\u0300-\u036f]/.test(input) ? input.normalize('NFC') : input)
    .replace(/[’‘ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (!NAME.test(s)) return vnFail('invalid_person_name', VI);
  const c = options?.case;
  if (c === 'upper') s = s.toUpperCase();
  else if (c === 'title') {
    s = s
      .toLowerCase()
      .replace(/(^|[ '-])(.)/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  }
  return { ok: true, value: s };
}

/**
 * Reads a person's name, normalised, or throws; {@link safeParsePersonName} returns the issue instead (for data a citizen typed,
 * prefer it, or a form).
 *
 * @returns The value.
 * @throws {FormsError} `INVALID_VALUE`, the issue code in `details.code` (the value itself is not
 *   copied into the error: it may be personal data).
 * @example
 * ```ts
 * import { parsePersonName } from '@motcua/forms';
 * parsePersonName('  nguyễn   văn an ', { case: 'title' }); //=> 'Nguyễn Văn An'
 * parsePersonName('R2-D2'); //=> throws FormsError INVALID_VALUE (details.code 'invalid_person_name')
 * ```
 * @category Identifiers
 */
export function parsePersonName(input: string, options?: ParsePersonNameOptions): string {
  return vnValue(safeParsePersonName(input, options), VI, EN);
}
