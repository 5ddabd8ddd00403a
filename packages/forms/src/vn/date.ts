import { vnValue } from './orThrow';
import { type VnResult, vnFail } from './types';

const VI: Readonly<Record<'invalid_date', string>> = {
  invalid_date: 'Ngày phải là ngày có thật, dạng ngày/tháng/năm (dd/mm/yyyy)',
};
const EN: Readonly<Record<'invalid_date', string>> = {
  invalid_date: 'A date must be a real date, dd/mm/yyyy or yyyy-mm-dd',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a date typed the Vietnamese way (`dd/mm/yyyy`, also with `.` or `-` and one-digit day or
 * month) or in ISO form (`yyyy-mm-dd`), and returns the ISO civil date. Only real dates pass
 * (`30/02/2025` does not), with a four-digit year from 1000 to 9999. Surrounding spaces are
 * ignored; times and time zones are not accepted.
 *
 * @param input - What the user typed.
 * @returns `{ ok: true, value: 'YYYY-MM-DD' }`, or `{ ok: false, issues: [{ path: [], code: 'invalid_date', message: … }] }`.
 * @example
 * ```ts
 * import { safeParseVnDate } from '@motcua/forms';
 * safeParseVnDate('05/03/2025'); //=> { ok: true, value: '2025-03-05' }
 * safeParseVnDate('2024-02-29'); //=> { ok: true, value: '2024-02-29' }
 * safeParseVnDate('29/02/2025'); //=> { ok: false, issues: [{ path: [], code: 'invalid_date', message: … }] }
 * ```
 * @category Identifiers
 */
export function safeParseVnDate(input: string): VnResult<string, 'invalid_date'> {
  if (typeof input !== 'string' || input.length > 256) return vnFail('invalid_date', VI);
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
    if (vn === null) return vnFail('invalid_date', VI);
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
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > dim) return vnFail('invalid_date', VI);
  return {
    ok: true,
    value: `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`,
  };
}

/**
 * Reads a date as Vietnamese forms write it, as a civil date, or throws; {@link safeParseVnDate} returns the issue instead (for data a citizen typed,
 * prefer it, or a form).
 *
 * @returns The value.
 * @throws {FormsError} `INVALID_VALUE`, the issue code in `details.code` (the value itself is not
 *   copied into the error: it may be personal data).
 * @example
 * ```ts
 * import { parseVnDate } from '@motcua/forms';
 * parseVnDate('13/02/2026'); //=> '2026-02-13'
 * parseVnDate('30/02/2026'); //=> throws FormsError INVALID_VALUE (details.code 'invalid_date')
 * ```
 * @category Identifiers
 */
export function parseVnDate(input: string): string {
  return vnValue(safeParseVnDate(input), VI, EN);
}
