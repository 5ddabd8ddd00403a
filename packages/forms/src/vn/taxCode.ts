import { citizenIdForm } from './citizenId';
import { vnValue } from './orThrow';
import { type VnResult, vnFail } from './types';

const VI: Readonly<Record<TaxCodeIssueCode, string>> = {
  invalid_tax_code:
    'Mã số thuế phải gồm 10 chữ số, 13 chữ số với đơn vị phụ thuộc hoặc là số định danh cá nhân 12 chữ số',
  invalid_tax_code_checksum: 'Mã số thuế sai chữ số kiểm tra',
};
const EN: Readonly<Record<TaxCodeIssueCode, string>> = {
  invalid_tax_code:
    'A tax code has 10 digits, 13 for a dependent unit, or is a 12-digit personal identification number',
  invalid_tax_code_checksum: 'The tax code has a wrong check digit',
};

/**
 * Why a tax code was rejected by {@link parseTaxCode}.
 *
 * @example
 * ```ts
 * import { safeParseTaxCode, type TaxCodeIssueCode } from '@motcua/forms';
 * const r = safeParseTaxCode('0100109107');
 * const code: TaxCodeIssueCode | undefined = r.ok ? undefined : r.issues[0]?.code; //=> 'invalid_tax_code_checksum'
 * ```
 * @category Identifiers
 */
export type TaxCodeIssueCode =
  /** Not 10, 10+3 or 12 digits, a sequence N3–N9 of zeros, a branch suffix `000`, or a 12-digit number that is not a personal identification number. */
  | 'invalid_tax_code'
  /** The tenth digit is not the check digit of the first nine. */
  | 'invalid_tax_code_checksum';

/**
 * A valid tax code and what kind it is.
 *
 * @example
 * ```ts
 * import { parseTaxCode, type TaxCodeParts } from '@motcua/forms';
 * const parts: TaxCodeParts = parseTaxCode('0100109106001');
 * //=> { taxCode: '0100109106-001', kind: 'dependent', parent: '0100109106' }
 * ```
 * @category Identifiers
 */
export interface TaxCodeParts {
  /** The normalised code: `'0100109106'`, `'0100109106-001'` or the 12 digits of a personal identification number. */
  readonly taxCode: string;
  /**
   * `'main'`: 10 digits (an enterprise, an organisation, or an individual's code issued before
   * 1 July 2025); `'dependent'`: 13 digits, a branch or other dependent unit; `'personalId'`: the
   * 12-digit personal identification number that individuals use as their tax code since
   * 1 July 2025.
   */
  readonly kind: 'main' | 'dependent' | 'personalId';
  /** For a dependent unit, the parent's 10-digit code. */
  readonly parent?: string;
}

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * Checks and normalises a tax code (mã số thuế). Accepted forms:
 *
 * - **10 digits**: N1–N2 province block, N3–N9 sequence (not all zeros), N10 check digit;
 * - **13 digits**, the parent's 10 digits then a 3-digit suffix `001`–`999` for a branch or other
 *   dependent unit, with or without `-` or a space (normalised to `0100109106-001`);
 * - **12 digits**: a personal identification number (checked as in {@link parseCitizenId}),
 *   which replaces the personal tax code of individuals, households and business households from
 *   1 July 2025 (Circular 86/2024/TT-BTC, Art. 5 cl. 5).
 *
 * The check digit is `10 − (Σ wᵢ·Nᵢ mod 11)` with weights 31, 29, 23, 19, 17, 13, 7, 5, 3. When
 * the sum is a multiple of 11 that formula gives 10, which is no digit: such codes are
 * **rejected** (python-stdnum does the same; some codebases map it to 0). No legal text states
 * the algorithm; it matches every real code checked, e.g. 0100109106 (Viettel) and 0301442379 (FPT).
 *
 * @param input - The code as typed. Spaces are ignored.
 * @returns The normalised code and its kind, or a {@link TaxCodeIssueCode}.
 * @example
 * ```ts
 * import { safeParseTaxCode } from '@motcua/forms';
 * safeParseTaxCode('0100109106'); //=> { ok: true, value: { taxCode: '0100109106', kind: 'main' } }
 * safeParseTaxCode('0301442379-002').ok; //=> true
 * safeParseTaxCode('0100109106-000'); //=> { ok: false, issues: [{ path: [], code: 'invalid_tax_code', message: … }] }
 * safeParseTaxCode('0301442378'); //=> { ok: false, issues: [{ path: [], code: 'invalid_tax_code_checksum', message: … }] }
 * safeParseTaxCode('001203012345'); //=> { ok: true, value: { taxCode: '001203012345', kind: 'personalId' } }
 * ```
 * @category Identifiers
 */
export function safeParseTaxCode(input: string): VnResult<TaxCodeParts, TaxCodeIssueCode> {
  if (typeof input !== 'string' || input.length > 256) return vnFail('invalid_tax_code', VI);
  const s = input.replace(/\s+/g, '');
  if (/^\d{12}$/.test(s)) {
    return citizenIdForm(s, false) === null
      ? { ok: true, value: { taxCode: s, kind: 'personalId' } }
      : vnFail('invalid_tax_code', VI);
  }
  const m = /^(\d{10})(?:-?(\d{3}))?$/.exec(s);
  const main = m?.[1];
  if (m === null || main === undefined) return vnFail('invalid_tax_code', VI);
  const suffix = m[2];
  if (main.slice(2, 9) === '0000000' || suffix === '000') {
    return vnFail('invalid_tax_code', VI);
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (WEIGHTS[i] ?? 0) * (main.charCodeAt(i) - 48);
  if (10 - (sum % 11) !== main.charCodeAt(9) - 48) {
    return vnFail('invalid_tax_code_checksum', VI);
  }
  return suffix === undefined
    ? { ok: true, value: { taxCode: main, kind: 'main' } }
    : { ok: true, value: { taxCode: `${main}-${suffix}`, kind: 'dependent', parent: main } };
}

/**
 * Tells whether `input` is a valid tax code (10 digits, 10+3 digits, or a 12-digit personal
 * identification number), as {@link safeParseTaxCode} decides.
 *
 * @param input - The code as typed.
 * @returns `true` if valid.
 * @example
 * ```ts
 * import { isTaxCode } from '@motcua/forms';
 * isTaxCode('0301442379'); //=> true
 * isTaxCode('0301442370'); //=> false
 * ```
 * @category Identifiers
 */
export function isTaxCode(input: string): boolean {
  return safeParseTaxCode(input).ok;
}

/**
 * Reads a tax code, with its kind, or throws; {@link safeParseTaxCode} returns the issue instead (for data a citizen typed,
 * prefer it, or a form).
 *
 * @returns The value.
 * @throws {FormsError} `INVALID_VALUE`, the issue code in `details.code` (the value itself is not
 *   copied into the error: it may be personal data).
 * @example
 * ```ts
 * import { parseTaxCode } from '@motcua/forms';
 * parseTaxCode('0100109106').kind; //=> 'main'
 * parseTaxCode('0100109107'); //=> throws FormsError INVALID_VALUE (details.code 'invalid_tax_code_checksum')
 * ```
 * @category Identifiers
 */
export function parseTaxCode(input: string): TaxCodeParts {
  return vnValue(safeParseTaxCode(input), VI, EN);
}
