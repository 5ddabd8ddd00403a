import { FormsError } from '../errors';
import { vnValue } from './orThrow';
import { type VnResult, vnFail } from './types';

const VI: Readonly<Record<'invalid_money', string>> = {
  invalid_money: 'Số tiền phải là số đồng nguyên, không âm, ví dụ 1.500.000',
};
const EN: Readonly<Record<'invalid_money', string>> = {
  invalid_money: 'An amount must be a non-negative whole number of đồng, e.g. 1.500.000',
};

const CURRENCY = /^(?:₫|đ|vnđ|vnd|đồng|dong)\s*|\s*(?:₫|đ|vnđ|vnd|đồng|dong)$/giu;

/**
 * Reads an amount of money in Vietnamese đồng: a non-negative whole number (VND has no
 * subunit). Accepted: a number, or a string of digits either plain (`'1500000'`) or grouped by
 * threes with one kind of separator (`'1.500.000'`, `'1,500,000'`, `'1 500 000'`), with an optional
 * currency word or sign before or after (`đ`, `₫`, `VND`, `VNĐ`, `đồng`). Anything ambiguous is
 * rejected rather than guessed: `'1.5'`, `'1,50'`, `'1.500,000'`, decimals, negatives, and amounts
 * beyond `Number.MAX_SAFE_INTEGER`.
 *
 * @param input - The amount as typed, or a number.
 * @returns `{ ok: true, value: amount }` or `{ ok: false, issues: [{ path: [], code: 'invalid_money', message: … }] }`.
 * @example
 * ```ts
 * import { safeParseVnd } from '@motcua/forms';
 * safeParseVnd('1.500.000'); //=> { ok: true, value: 1500000 }
 * safeParseVnd('1,500,000 VND'); //=> { ok: true, value: 1500000 }
 * safeParseVnd('1500000 đ'); //=> { ok: true, value: 1500000 }
 * safeParseVnd('1.5'); //=> { ok: false, issues: [{ path: [], code: 'invalid_money', message: … }] }
 * ```
 * @category Identifiers
 */
export function safeParseVnd(input: string | number): VnResult<number, 'invalid_money'> {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input) && input >= 0
      ? { ok: true, value: input + 0 }
      : vnFail('invalid_money', VI);
  }
  // Amounts are short: refusing long input keeps the check linear; NFC reads "đồng" typed in NFD.
  if (typeof input !== 'string' || input.length > 64) return vnFail('invalid_money', VI);
  const s = input.normalize('NFC').trim().replace(CURRENCY, '');
  if (!/^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)$/.test(s)) {
    return vnFail('invalid_money', VI);
  }
  const n = Number(s.replace(/\D/g, ''));
  return Number.isSafeInteger(n) ? { ok: true, value: n } : vnFail('invalid_money', VI);
}

/**
 * Writes an amount of đồng the Vietnamese way: groups of three digits separated by dots, then
 * ` đ`.
 *
 * @param amount - A non-negative safe integer.
 * @returns The amount, e.g. `'1.500.000 đ'`.
 * @throws {FormsError} `INVALID_ARGUMENT` if `amount` is negative, not an integer or not safe.
 * @example
 * ```ts
 * import { formatVnd } from '@motcua/forms';
 * formatVnd(1500000); //=> '1.500.000 đ'
 * formatVnd(0); //=> '0 đ'
 * ```
 * @category Identifiers
 */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new FormsError(
      'INVALID_ARGUMENT',
      {
        vi: `formatVnd: số tiền phải là số nguyên không âm, nhận được ${typeof amount === 'number' ? amount : typeof amount}`,
        en: `formatVnd: amount must be a non-negative safe integer, got ${typeof amount === 'number' ? amount : typeof amount}`,
      },
      {},
    );
  }
  return `${String(amount).replace(/\B(?=(\d{3})+$)/g, '.')} đ`;
}

/**
 * Reads an amount in đồng, or throws; {@link safeParseVnd} returns the issue instead (for data a citizen typed,
 * prefer it, or a form).
 *
 * @returns The value.
 * @throws {FormsError} `INVALID_VALUE`, the issue code in `details.code` (the value itself is not
 *   copied into the error: it may be personal data).
 * @example
 * ```ts
 * import { parseVnd } from '@motcua/forms';
 * parseVnd('1.500.000 đồng'); //=> 1500000
 * parseVnd('-5'); //=> throws FormsError INVALID_VALUE (details.code 'invalid_money')
 * ```
 * @category Identifiers
 */
export function parseVnd(input: string | number): number {
  return vnValue(safeParseVnd(input), VI, EN);
}
