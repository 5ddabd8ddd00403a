/**
 * Dossier codes (mã số hồ sơ) in the national format `{agency id}-{yymmdd}-{sequence}`.
 *
 * @module
 */

import type { Result } from '@motcua/errors';
import { CoreError } from '../errors';

/**
 * The parts of a dossier code.
 *
 * @example
 * ```ts
 * import type { DossierCodeParts } from '@motcua/core';
 * const p: DossierCodeParts = { agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 };
 * ```
 * @category Dossier codes
 */
export interface DossierCodeParts {
  /** The receiving agency's electronic identifier, opaque (`000.00.01.H26`, `H15.50.05.13`). */
  readonly agencyId: string;
  /** The day of receipt, `'YYYY-MM-DD'` (printed as `yymmdd`; years 2000–2099). */
  readonly date: string;
  /** The running number within the day, 1 to 9,999,999. */
  readonly sequence: number;
}

const AGENCY = /^[\x21-\x2C\x2E-\x7E]+$/; // visible ASCII but '-': no spaces, no invisible characters
const CODE = /^([\x21-\x2C\x2E-\x7E]+)-(\d{2})(\d{2})(\d{2})-(\d{4,7})$/;

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
 * Formats a dossier code `{agency id}-{yymmdd}-{sequence}`; the sequence is padded to 4 digits.
 *
 * @param parts - Agency id (opaque, no `-` or spaces), civil date of receipt (2000–2099), sequence.
 * @returns The code.
 * @throws {CoreError} `INVALID_DOSSIER_CODE` for an empty agency id or one with `-`, a date that
 * does not exist, or a sequence outside 1–9,999,999.
 * @example
 * ```ts
 * import { formatDossierCode } from '@motcua/core';
 * formatDossierCode({ agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 }); //=> '000.00.01.H26-260213-0042'
 * ```
 * @category Dossier codes
 */
export function formatDossierCode(parts: DossierCodeParts): string {
  if (typeof parts !== 'object' || parts === null)
    throw bad(parts, {
      en: 'expected { agencyId, date, sequence }',
      vi: 'cần { agencyId, date, sequence }',
    });
  const { agencyId, date, sequence } = parts;
  if (typeof agencyId !== 'string' || !AGENCY.test(agencyId)) {
    throw bad(agencyId, {
      en: 'the agency id must be non-empty, without "-" or spaces',
      vi: 'mã cơ quan không được rỗng, không chứa "-" hay khoảng trắng',
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
  return `${agencyId}-${m[1]}${m[2]}${m[3]}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Parses a dossier code into its parts, without throwing.
 *
 * @param code - The code.
 * @returns `{ ok: true, value }` with the parts, or `{ ok: false, issues }` saying why it is not one.
 * @example
 * ```ts
 * import { safeParseDossierCode } from '@motcua/core';
 * const r = safeParseDossierCode('H15.50.05.13-261008-0975');
 * r.ok && r.value.sequence; //=> 975
 * safeParseDossierCode('nope').ok; //=> false
 * ```
 * @category Dossier codes
 */
export function safeParseDossierCode(code: string): Result<DossierCodeParts> {
  const m = typeof code === 'string' && code.length <= 80 ? CODE.exec(code) : null;
  const fail = (c: string, message: string) =>
    ({ ok: false, issues: [{ path: [], code: c, message }] }) as const;
  if (!m) return fail('invalid_dossier_code', 'cần dạng {mã cơ quan}-{yymmdd}-{4 đến 7 chữ số}');
  const [, agencyId = '', yy = '', mm = '', dd = '', seq = ''] = m;
  if (!realDate(2000 + Number(yy), Number(mm), Number(dd)))
    return fail('invalid_dossier_date', `ngày ${dd}/${mm}/20${yy} không có thật`);
  const sequence = Number(seq);
  if (sequence < 1) return fail('invalid_dossier_sequence', 'số thứ tự phải từ 1 trở lên');
  return { ok: true, value: { agencyId, date: `20${yy}-${mm}-${dd}`, sequence } };
}

/**
 * Parses a dossier code `{agency id}-{yymmdd}-{sequence}` (the agency id is opaque: both
 * `000.00.01.H26` and `H15.50.05.13` styles exist; sequences of 4 to 7 digits).
 *
 * @param code - The code.
 * @returns Exactly `{ agencyId, date, sequence }`.
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
