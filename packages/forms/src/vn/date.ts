import type { VnResult } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a date typed the Vietnamese way (`dd/mm/yyyy`, also with `.` or `-` and one-digit day or
 * month) or in ISO form (`yyyy-mm-dd`), and returns the ISO civil date. Only real dates pass
 * (`30/02/2025` does not), with a four-digit year from 1000 to 9999. Surrounding spaces are
 * ignored; times and time zones are not accepted.
 *
 * @param input - What the user typed.
 * @returns `{ ok: true, value: 'YYYY-MM-DD' }`, or `{ ok: false, code: 'invalid_date' }`.
 * @example
 * ```ts
 * import { parseVnDate } from '@motcua/forms';
 * parseVnDate('05/03/2025'); //=> { ok: true, value: '2025-03-05' }
 * parseVnDate('2024-02-29'); //=> { ok: true, value: '2024-02-29' }
 * parseVnDate('29/02/2025'); //=> { ok: false, code: 'invalid_date' }
 * ```
 * @category Identifiers
 */
export function parseVnDate(input: string): VnResult<string, 'invalid_date'> {
  const s = input.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO.exec(s);
  if (iso !== null) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else {
    const vn = VN.exec(s);
    if (vn === null) return { ok: false, code: 'invalid_date' };
    d = Number(vn[1]);
    m = Number(vn[2]);
    y = Number(vn[3]);
  }
  const dim =
    m === 2
      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
        ? 29
        : 28
      : m === 4 || m === 6 || m === 9 || m === 11
        ? 30
        : 31;
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > dim) return { ok: false, code: 'invalid_date' };
  return {
    ok: true,
    value: `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`,
  };
}
