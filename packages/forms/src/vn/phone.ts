import { vnValue } from './orThrow';
import { type VnResult, vnFail } from './types';

const VI: Readonly<Record<PhoneIssueCode, string>> = {
  invalid_phone: 'Số điện thoại phải là số di động 10 chữ số, ví dụ 0912 345 678',
  phone_legacy_number:
    'Số điện thoại là số 11 chữ số cũ: số di động đã chuyển sang 10 chữ số từ năm 2018',
  unknown_phone_prefix: 'Số điện thoại không bắt đầu bằng đầu số di động Việt Nam',
};
const EN: Readonly<Record<PhoneIssueCode, string>> = {
  invalid_phone: 'A phone number must be a 10-digit mobile number, e.g. 0912 345 678',
  phone_legacy_number: 'An old 11-digit number: mobile numbers have had 10 digits since 2018',
  unknown_phone_prefix: 'The number does not start with a Vietnamese mobile prefix',
};

/**
 * Why a phone number was rejected by {@link parsePhone}.
 *
 * @example
 * ```ts
 * import { safeParsePhone, type PhoneIssueCode } from '@motcua/forms';
 * const r = safeParsePhone('01623456789');
 * const code: PhoneIssueCode | undefined = r.ok ? undefined : r.issues[0]?.code; //=> 'phone_legacy_number'
 * ```
 * @category Identifiers
 */
export type PhoneIssueCode =
  /** Not a phone number at all: letters, too few or too many digits. */
  | 'invalid_phone'
  /** An old 11-digit mobile number (01xx…): these became 10-digit numbers in 2018–2019. */
  | 'phone_legacy_number'
  /** Ten digits, but the prefix is not a Vietnamese mobile prefix (a landline, an unassigned range). */
  | 'unknown_phone_prefix';

/**
 * Mobile prefixes (the two digits after the leading 0). Verified in the domain notes: Viettel 32–39,
 * 86, 96–98; VinaPhone 81–85, 88, 91, 94; MobiFone 70, 76–79, 89, 90, 93; Vietnamobile 56, 58, 92;
 * Gmobile 59, 99. Accepted but **not verified**: 52, 55, 87.
 */
const PREFIXES =
  ' 32 33 34 35 36 37 38 39 86 96 97 98 81 82 83 84 85 88 91 94 70 76 77 78 79 89 90 93 56 58 92 59 99 52 55 87 ';

/**
 * Checks a Vietnamese mobile number and normalises it to E.164 (`+84` and nine digits).
 *
 * Accepted writings: `0912 345 678`, `0912.345.678`, `0912-345-678`, `+84 912345678`,
 * `84912345678`, `0084912345678`, `(+84) 912-345-678`, and `+84 0912…` (the 0 kept by mistake).
 * Spaces, dots, hyphens and parentheses are ignored; anything else is rejected.
 *
 * Only the 10-digit mobile numbers in force since the 2018–2019 conversion are accepted: the old
 * 11-digit numbers (`01623456789`) are rejected with `'phone_legacy_number'`, landlines and
 * unassigned prefixes with `'unknown_phone_prefix'`. The prefix table: Viettel 032–039, 086,
 * 096–098; VinaPhone 081–085, 088, 091, 094; MobiFone 070, 076–079, 089, 090, 093; Vietnamobile
 * 056, 058, 092; Gmobile 059, 099. The prefixes 052, 055 and 087 are in use but were not verified
 * in an official source: they are accepted so that nobody is locked out of a form. Because of
 * number portability the prefix says nothing reliable about the carrier, so none is returned.
 *
 * @param input - The number as typed.
 * @returns `{ ok: true, value: '+84…' }` or a {@link PhoneIssueCode}.
 * @example
 * ```ts
 * import { safeParsePhone } from '@motcua/forms';
 * safeParsePhone('0912 345 678'); //=> { ok: true, value: '+84912345678' }
 * safeParsePhone('(+84) 912-345-678'); //=> { ok: true, value: '+84912345678' }
 * safeParsePhone('01623456789'); //=> { ok: false, issues: [{ path: [], code: 'phone_legacy_number', message: … }] }
 * safeParsePhone('0241234567'); //=> { ok: false, issues: [{ path: [], code: 'unknown_phone_prefix', message: … }] }
 * ```
 * @category Identifiers
 */
export function safeParsePhone(input: string): VnResult<string, PhoneIssueCode> {
  if (typeof input !== 'string' || input.length > 256) return vnFail('invalid_phone', VI);
  let s = input.trim();
  // A '+' may only open the number, possibly inside a parenthesis: '(+84) 912…'.
  const plus = /^\(?\+/.test(s);
  if (!/^[\d\s.()+-]+$/.test(s) || s.split('+').length !== (plus ? 2 : 1)) {
    return vnFail('invalid_phone', VI);
  }
  s = s.replace(/\D/g, '');
  let national: string;
  if (plus || s.startsWith('0084')) {
    const rest = s.slice(plus ? 2 : 4);
    if (!s.startsWith(plus ? '84' : '0084')) return vnFail('invalid_phone', VI);
    national = rest[0] === '0' ? rest.slice(1) : rest;
  } else if (s.startsWith('84') && (s.length === 11 || (s.length === 12 && s[2] === '0'))) {
    national = s.slice(s.length - 9);
  } else if (s[0] === '0') {
    national = s.slice(1);
  } else {
    return vnFail('invalid_phone', VI);
  }
  if (national.length === 10 && national[0] === '1') return vnFail('phone_legacy_number', VI);
  if (national.length !== 9) return vnFail('invalid_phone', VI);
  if (!PREFIXES.includes(` ${national.slice(0, 2)} `)) {
    return vnFail('unknown_phone_prefix', VI);
  }
  return { ok: true, value: `+84${national}` };
}

/**
 * Writes a mobile number the way it is printed in Vietnam: `0912 345 678`.
 *
 * @param input - Any writing {@link safeParsePhone} accepts (usually the stored E.164 value).
 * @returns The national format, or `undefined` if {@link safeParsePhone} rejects the input.
 * @example
 * ```ts
 * import { formatPhone } from '@motcua/forms';
 * formatPhone('+84912345678'); //=> '0912 345 678'
 * formatPhone('12345'); //=> undefined
 * ```
 * @category Identifiers
 */
export function formatPhone(input: string): string | undefined {
  const r = safeParsePhone(input);
  if (!r.ok) return undefined;
  const n = r.value.slice(3);
  return `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
}

/**
 * Reads a Vietnamese mobile number, normalised to E.164, or throws; {@link safeParsePhone} returns the issue instead (for data a citizen typed,
 * prefer it, or a form).
 *
 * @returns The value.
 * @throws {FormsError} `INVALID_VALUE`, the issue code in `details.code` (the value itself is not
 *   copied into the error: it may be personal data).
 * @example
 * ```ts
 * import { parsePhone } from '@motcua/forms';
 * parsePhone('0912 345 678'); //=> '+84912345678'
 * parsePhone('01623456789'); //=> throws FormsError INVALID_VALUE (details.code 'phone_legacy_number')
 * ```
 * @category Identifiers
 */
export function parsePhone(input: string): string {
  return vnValue(safeParsePhone(input), VI, EN);
}
