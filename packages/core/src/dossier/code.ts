/**
 * Dossier codes (mã số hồ sơ) in the national format `{agency id}-{yymmdd}-{sequence}`.
 *
 * @module
 */

import type { Locale, Result } from '@motcua/errors';
import { CoreError } from '../errors';

/**
 * The parts of a dossier code.
 *
 * @example
 * ```ts
 * import type { DossierCodeParts } from '@motcua/core';
 * const p: DossierCodeParts = { agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 };
 * // A ministry system's 7-digit sequence, written with its leading zero:
 * const q: DossierCodeParts = { agencyId: 'H15.50.05.13', date: '2026-10-08', sequence: 912345, digits: 7 };
 * ```
 * @category Dossier codes
 */
export interface DossierCodeParts {
  /**
   * The receiving agency's electronic identifier, opaque (`000.00.01.H26`, `H15.50.05.13`): any
   * visible ASCII, `-` included (no text fixes its grammar); no spaces.
   */
  readonly agencyId: string;
  /** The day of receipt, `'YYYY-MM-DD'` (printed as `yymmdd`; years 2000–2099). */
  readonly date: string;
  /** The running number within the day, 1 to 9,999,999. */
  readonly sequence: number;
  /**
   * How many digits the sequence is written with, 4 to 7, when that is more than its own digits
   * and 4 (`'0912345'` is `{ sequence: 912345, digits: 7 }`): the code's text is kept whole.
   * Omitted, the sequence is padded to 4 digits. `parseDossierCode` sets it only when needed.
   */
  readonly digits?: number | undefined;
}

/**
 * Options of {@link safeParseDossierCode}.
 *
 * @example
 * ```ts
 * import { safeParseDossierCode, type ParseDossierCodeOptions } from '@motcua/core';
 * const options: ParseDossierCodeOptions = { locale: 'en' };
 * const r = safeParseDossierCode('nope', options);
 * r.ok ? '' : r.issues[0]?.message; //=> 'expected {agency id}-{yymmdd}-{4 to 7 digits}'
 * ```
 * @category Dossier codes
 */
export interface ParseDossierCodeOptions {
  /** The language of the issues' messages (default `'vi'`). */
  readonly locale?: Locale | undefined;
}

// Visible ASCII (no spaces, no invisible characters); the agency grammar is not fixed by any text
// read (domain file §3.1: parse loosely), so `-` is allowed: the date and sequence are the last two
// groups, which a greedy match finds.
const AGENCY = /^[\x21-\x7E]{1,60}$/;
const CODE = /^([\x21-\x7E]{1,60})-(\d{2})(\d{2})(\d{2})-(\d{4,7})$/;

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A short, safe rendering (the code module stays small: no general value printer). */
const shown = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v.slice(0, 80)) : `(${typeof v})`;

function bad(code: unknown, why: { en: string; vi: string }): CoreError {
  return new CoreError(
    'INVALID_DOSSIER_CODE',
    {
      en: `not a dossier code: ${shown(code)} (${why.en})`,
      vi: `mã số hồ sơ không hợp lệ: ${shown(code)} (${why.vi})`,
    },
    { value: code },
  );
}

/**
 * Formats a dossier code `{agency id}-{yymmdd}-{sequence}`; the sequence is padded to 4 digits
 * (to `digits` when given), so `formatDossierCode(parseDossierCode(code)) === code`.
 *
 * @param parts - Agency id (opaque, no spaces), civil date of receipt (2000–2099), sequence, and
 * optionally its written width.
 * @returns The code.
 * @throws {CoreError} `INVALID_DOSSIER_CODE` for an empty agency id or one with spaces, a date that
 * does not exist, a sequence outside 1–9,999,999, or `digits` outside 4–7 or narrower than the
 * sequence.
 * @example
 * ```ts
 * import { formatDossierCode } from '@motcua/core';
 * formatDossierCode({ agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 }); //=> '000.00.01.H26-260213-0042'
 * formatDossierCode({ agencyId: 'H15.50.05.13', date: '2026-10-08', sequence: 912345, digits: 7 }); //=> 'H15.50.05.13-261008-0912345'
 * ```
 * @category Dossier codes
 */
export function formatDossierCode(parts: DossierCodeParts): string {
  if (typeof parts !== 'object' || parts === null)
    throw bad(parts, {
      en: 'expected { agencyId, date, sequence }',
      vi: 'cần { agencyId, date, sequence }',
    });
  const { agencyId, date, sequence, digits } = parts;
  if (typeof agencyId !== 'string' || !AGENCY.test(agencyId)) {
    throw bad(agencyId, {
      en: 'the agency id must be 1–60 characters, no spaces',
      vi: 'mã cơ quan phải có 1–60 ký tự, không có khoảng trắng',
    });
  }
  const m = typeof date === 'string' ? /^20(\d{2})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m || !realDate(2000 + Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw bad(date, {
      en: 'the date must be a real YYYY-MM-DD between 2000 and 2099',
      vi: 'ngày phải có dạng YYYY-MM-DD, có thật, từ năm 2000 đến 2099',
    });
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9_999_999) {
    throw bad(sequence, {
      en: 'the sequence must be a whole number from 1 to 9,999,999',
      vi: 'số thứ tự phải là số nguyên từ 1 đến 9.999.999',
    });
  }
  const written = String(sequence);
  if (
    digits !== undefined &&
    (!Number.isInteger(digits) || digits < 4 || digits > 7 || digits < written.length)
  ) {
    throw bad(digits, {
      en: `digits must be a whole number from 4 to 7, at least the sequence's ${written.length}`,
      vi: `digits phải là số nguyên từ 4 đến 7, không ít hơn ${written.length} chữ số của số thứ tự`,
    });
  }
  return `${agencyId}-${m[1]}${m[2]}${m[3]}-${written.padStart(digits ?? 4, '0')}`;
}

/**
 * Parses a dossier code into its parts, without throwing.
 *
 * @param code - The code.
 * @param options - The language of the issues (default Vietnamese).
 * @returns `{ ok: true, value }` with the parts, or `{ ok: false, issues }` saying why it is not one.
 * @example
 * ```ts
 * import { safeParseDossierCode } from '@motcua/core';
 * const r = safeParseDossierCode('H15.50.05.13-261008-0975');
 * r.ok && r.value.sequence; //=> 975
 * safeParseDossierCode('nope').ok; //=> false
 * const ministry = safeParseDossierCode('H15.50.05.13-261008-0912345');
 * ministry.ok && ministry.value; //=> { agencyId: 'H15.50.05.13', date: '2026-10-08', sequence: 912345, digits: 7 }
 * ```
 * @category Dossier codes
 */
export function safeParseDossierCode(
  code: string,
  options?: ParseDossierCodeOptions,
): Result<DossierCodeParts> {
  const en = options?.locale === 'en';
  const m = typeof code === 'string' && code.length <= 80 ? CODE.exec(code) : null;
  const fail = (c: string, vi: string, english: string) =>
    ({ ok: false, issues: [{ path: [], code: c, message: en ? english : vi }] }) as const;
  if (!m)
    return fail(
      'invalid_dossier_code',
      'cần dạng {mã cơ quan}-{yymmdd}-{4 đến 7 chữ số}',
      'expected {agency id}-{yymmdd}-{4 to 7 digits}',
    );
  const [, agencyId = '', yy = '', mm = '', dd = '', seq = ''] = m;
  if (!realDate(2000 + Number(yy), Number(mm), Number(dd)))
    return fail(
      'invalid_dossier_date',
      `ngày ${dd}/${mm}/20${yy} không có thật`,
      `${dd}/${mm}/20${yy} is not a real date`,
    );
  const sequence = Number(seq);
  if (sequence < 1)
    return fail(
      'invalid_dossier_sequence',
      'số thứ tự phải từ 1 trở lên',
      'the sequence must be 1 or more',
    );
  const date = `20${yy}-${mm}-${dd}`;
  // The written width, when padding to 4 would not give it back ('00975', '0912345').
  const padded = seq.length > 4 && seq.length > String(sequence).length;
  return {
    ok: true,
    value: padded ? { agencyId, date, sequence, digits: seq.length } : { agencyId, date, sequence },
  };
}

/**
 * Parses a dossier code `{agency id}-{yymmdd}-{sequence}` (the agency id is opaque: both
 * `000.00.01.H26` and `H15.50.05.13` styles exist; sequences of 4 to 7 digits).
 *
 * @param code - The code.
 * @returns `{ agencyId, date, sequence }`, plus `digits` when the sequence is written with leading
 * zeros beyond 4 digits.
 * @throws {CoreError} `INVALID_DOSSIER_CODE`.
 * @example
 * ```ts
 * import { parseDossierCode } from '@motcua/core';
 * parseDossierCode('000.00.01.H26-260213-0042'); //=> { agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 }
 * ```
 * @category Dossier codes
 */
export function parseDossierCode(code: string): DossierCodeParts {
  const parts = safeParseDossierCode(code);
  if (!parts.ok) {
    throw bad(code, {
      en: 'expected {agency id}-{yymmdd}-{4 to 7 digits} with a real date',
      vi: 'cần dạng {mã cơ quan}-{yymmdd}-{4 đến 7 chữ số} với ngày có thật',
    });
  }
  return parts.value;
}

/**
 * Tells whether a string is a well-formed dossier code.
 *
 * @param code - The string.
 * @returns `true` for a dossier code.
 * @example
 * ```ts
 * import { isDossierCode } from '@motcua/core';
 * isDossierCode('000.A0.01.H26-210212-9090'); //=> true
 * isDossierCode('000.00.01.H26-260230-0001'); //=> false (30 February)
 * ```
 * @category Dossier codes
 */
export function isDossierCode(code: string): boolean {
  return safeParseDossierCode(code).ok;
}
