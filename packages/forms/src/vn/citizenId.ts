import { FormsError } from '../errors';
import { citizenIdProvinceName } from './citizenIdProvinces';
import { safeParseVnDate } from './date';
import { vnValue } from './orThrow';
import { type VnResult, vnFail } from './types';

const VI: Readonly<Record<CitizenIdIssueCode, string>> = {
  invalid_citizen_id: 'Số định danh cá nhân phải gồm 12 chữ số',
  citizen_id_unknown_province:
    'Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh, thành phố nơi đăng ký khai sinh',
  citizen_id_invalid_century:
    'Chữ số thứ tư của số định danh cá nhân (mã thế kỷ và giới tính) phải từ 0 đến 3',
  citizen_id_birth_year_mismatch: 'Số định danh cá nhân không khớp với năm sinh',
  citizen_id_sex_mismatch: 'Số định danh cá nhân không khớp với giới tính',
};
const EN: Readonly<Record<CitizenIdIssueCode, string>> = {
  invalid_citizen_id: 'A personal identification number has 12 digits',
  citizen_id_unknown_province:
    'The first three digits are not the code of a province of birth registration',
  citizen_id_invalid_century: 'The fourth digit (century and sex) must be 0 to 3',
  citizen_id_birth_year_mismatch:
    'The personal identification number does not match the year of birth',
  citizen_id_sex_mismatch: 'The personal identification number does not match the sex',
};

/**
 * Why a personal identification number was rejected by {@link parseCitizenId}.
 *
 * @example
 * ```ts
 * import { safeParseCitizenId, type CitizenIdIssueCode } from '@motcua/forms';
 * const r = safeParseCitizenId('12345');
 * const code: CitizenIdIssueCode | undefined = r.ok ? undefined : r.issues[0]?.code; //=> 'invalid_citizen_id'
 * const born = safeParseCitizenId('001203012345', { birthDate: '2004-05-01' });
 * born.ok ? undefined : born.issues[0]?.code; //=> 'citizen_id_birth_year_mismatch'
 * ```
 * @category Identifiers
 */
export type CitizenIdIssueCode =
  /** Not 12 digits (spaces aside). The old 9-digit identity card number (CMND) lands here. */
  | 'invalid_citizen_id'
  /** Digits 1–3 are not one of the 63 registration-province codes. */
  | 'citizen_id_unknown_province'
  /** Digit 4 (century and sex) is 4–9: a birth in 2100 or later. */
  | 'citizen_id_invalid_century'
  /** Digits 4–6 do not give the year of the date of birth passed in the options. */
  | 'citizen_id_birth_year_mismatch'
  /** Digit 4 does not give the sex passed in the options. */
  | 'citizen_id_sex_mismatch';

/**
 * What a personal identification number says about its holder.
 *
 * @example
 * ```ts
 * import { safeParseCitizenId, type CitizenIdParts } from '@motcua/forms';
 * const r = safeParseCitizenId('001203012345');
 * const parts: CitizenIdParts | undefined = r.ok ? r.value : undefined;
 * //=> { id: '001203012345', provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', birthYear: 2003, serial: '012345' }
 * ```
 * @category Identifiers
 */
export interface CitizenIdParts {
  /** The number, 12 digits, spaces removed. */
  readonly id: string;
  /** Digits 1–3: the province (pre-2025 code) where the birth was registered. */
  readonly provinceCode: string;
  /**
   * The province's pre-2025 name, or `undefined` when the code is not in the 63-province list and
   * `allowUnknownProvince` was set.
   */
  readonly provinceName: string | undefined;
  /** From digit 4: even is male, odd is female. */
  readonly sex: 'male' | 'female';
  /** The exact year of birth: the century from digit 4 plus digits 5–6. */
  readonly birthYear: number;
  /** Digits 7–12, random. */
  readonly serial: string;
}

/**
 * Options of {@link parseCitizenId}.
 *
 * @example
 * ```ts
 * import { safeParseCitizenId, type ParseCitizenIdOptions } from '@motcua/forms';
 * const options: ParseCitizenIdOptions = { birthDate: '2003-05-01', sex: 'male' };
 * safeParseCitizenId('001203012345', options).ok; //=> true
 * safeParseCitizenId('001203012345', { ...options, sex: 'female' }).ok; //=> false
 * ```
 * @category Identifiers
 */
export interface ParseCitizenIdOptions {
  /**
   * Accept digits 1–3 outside the 63-province list (for example a birth registered abroad, whose
   * country codes were not found in any source). Default `false`.
   */
  readonly allowUnknownProvince?: boolean | undefined;
  /** The holder's date of birth (`'YYYY-MM-DD'` or `'dd/mm/yyyy'`): its year must match digits 4–6. */
  readonly birthDate?: string | undefined;
  /** The holder's sex: it must match digit 4. */
  readonly sex?: 'male' | 'female' | undefined;
}

/**
 * The form of a personal identification number without spaces: 12 digits, a known registration
 * province (unless allowed), a century digit 0–3; `null` when well formed. Shared by
 * {@link safeParseCitizenId} and the tax-code check, without the messages. @internal
 */
export function citizenIdForm(
  id: string,
  allowUnknownProvince: boolean,
): 'invalid_citizen_id' | 'citizen_id_unknown_province' | 'citizen_id_invalid_century' | null {
  if (!/^\d{12}$/.test(id)) return 'invalid_citizen_id';
  if (!allowUnknownProvince && citizenIdProvinceName(id.slice(0, 3)) === undefined)
    return 'citizen_id_unknown_province';
  return Number(id[3]) > 3 ? 'citizen_id_invalid_century' : null;
}

/**
 * Parses a personal identification number (số định danh cá nhân, the 12 digits printed on the
 * CCCD and Căn cước cards) into what it encodes (Decree 137/2015/NĐ-CP Art. 13): digits 1–3 the
 * province where the birth was registered, digit 4 the century and sex (0/1 = 1900s male/female,
 * 2/3 = 2000s), digits 5–6 the last two digits of the year of birth, digits 7–12 random. There is
 * no check digit, so a well-formed number can still be one nobody holds.
 *
 * Spaces are ignored. Digit 4 from 4 to 9 (births from 2100) is rejected. Optionally checks the
 * number against a known date of birth and sex.
 *
 * @param input - The number as typed (`'001203012345'`, `'001 203 012 345'`).
 * @param options - Consistency checks and leniency, see {@link ParseCitizenIdOptions}.
 * @returns The parts, or the first problem's {@link CitizenIdIssueCode}.
 * @throws {FormsError} `INVALID_ARGUMENT` if `options.birthDate` is not a real date.
 * @example
 * ```ts
 * import { safeParseCitizenId } from '@motcua/forms';
 * safeParseCitizenId('001203012345');
 * //=> { ok: true, value: { id: '001203012345', provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', birthYear: 2003, serial: '012345' } }
 * safeParseCitizenId('079190012345').ok; //=> true (female, born 1990, registered in Hồ Chí Minh)
 * safeParseCitizenId('123456789'); //=> { ok: false, issues: [{ path: [], code: 'invalid_citizen_id', message: … }] }
 * safeParseCitizenId('001203012345', { sex: 'female' }); //=> { ok: false, issues: [{ path: [], code: 'citizen_id_sex_mismatch', message: … }] }
 * ```
 * @category Identifiers
 */
export function safeParseCitizenId(
  input: string,
  options?: ParseCitizenIdOptions,
): VnResult<CitizenIdParts, CitizenIdIssueCode> {
  if (typeof input !== 'string' || input.length > 256) return vnFail('invalid_citizen_id', VI);
  let birthYearExpected: number | undefined;
  if (options?.birthDate !== undefined) {
    const d = safeParseVnDate(options.birthDate);
    if (!d.ok) {
      throw new FormsError(
        'INVALID_ARGUMENT',
        {
          vi: `safeParseCitizenId: ngày sinh không hợp lệ: ${shownDate(options.birthDate)}`,
          en: `safeParseCitizenId: birthDate is not a real date: ${shownDate(options.birthDate)}`,
        },
        { birthDate: options.birthDate },
      );
    }
    birthYearExpected = Number(d.value.slice(0, 4));
  }
  const id = input.replace(/\s+/g, '');
  const malformed = citizenIdForm(id, options?.allowUnknownProvince === true);
  if (malformed !== null) return vnFail(malformed, VI);
  const provinceCode = id.slice(0, 3);
  const provinceName = citizenIdProvinceName(provinceCode);
  const c = Number(id[3]);
  const birthYear = 1900 + (c >> 1) * 100 + Number(id.slice(4, 6));
  const sex = c % 2 === 0 ? 'male' : 'female';
  if (birthYearExpected !== undefined && birthYearExpected !== birthYear) {
    return vnFail('citizen_id_birth_year_mismatch', VI);
  }
  if (options?.sex !== undefined && options.sex !== sex) {
    return vnFail('citizen_id_sex_mismatch', VI);
  }
  return {
    ok: true,
    value: { id, provinceCode, provinceName, sex, birthYear, serial: id.slice(6) },
  };
}

/**
 * Tells whether `input` is a well-formed personal identification number: 12 digits (spaces
 * ignored), a known registration-province code and a century digit 0–3. Same rules as
 * {@link safeParseCitizenId} with no options.
 *
 * @param input - The number as typed.
 * @returns `true` if it is well formed.
 * @example
 * ```ts
 * import { isCitizenId } from '@motcua/forms';
 * isCitizenId('001203012345'); //=> true
 * isCitizenId('003203012345'); //=> false (003 is no province code)
 * ```
 * @category Identifiers
 */
export function isCitizenId(input: string): boolean {
  if (typeof input !== 'string' || input.length > 256) return false;
  return citizenIdForm(input.replace(/\s+/g, ''), false) === null;
}

/**
 * Reads a personal identification number, with what it encodes, or throws; {@link safeParseCitizenId} returns the issue instead (for data a citizen typed,
 * prefer it, or a form).
 *
 * @returns The value.
 * @throws {FormsError} `INVALID_VALUE`, the issue code in `details.code` (the value itself is not
 *   copied into the error: it may be personal data).
 * @example
 * ```ts
 * import { parseCitizenId } from '@motcua/forms';
 * parseCitizenId('079190012345').birthYear; //=> 1990
 * parseCitizenId('12345'); //=> throws FormsError INVALID_VALUE (details.code 'invalid_citizen_id')
 * ```
 * @category Identifiers
 */
export function parseCitizenId(input: string, options?: ParseCitizenIdOptions): CitizenIdParts {
  return vnValue(safeParseCitizenId(input, options), VI, EN);
}

/** A short, safe rendering of a birth date for a message (this helper stays small: no printer). */
function shownDate(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : `(${typeof v})`;
}
