import { FormsError } from '../errors';
import { citizenIdProvinceName } from './citizenIdProvinces';
import { parseVnDate } from './date';
import type { VnResult } from './types';

/**
 * Why a personal identification number was rejected by {@link parseCitizenId}.
 *
 * @example
 * ```ts
 * import { parseCitizenId, type CitizenIdIssueCode } from '@motcua/forms';
 * const r = parseCitizenId('12345');
 * const code: CitizenIdIssueCode | undefined = r.ok ? undefined : r.code; //=> 'invalid_citizen_id'
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
 * import { parseCitizenId, type CitizenIdParts } from '@motcua/forms';
 * const r = parseCitizenId('001203012345');
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
 * import { parseCitizenId, type ParseCitizenIdOptions } from '@motcua/forms';
 * const options: ParseCitizenIdOptions = { birthDate: '2003-05-01', sex: 'male' };
 * parseCitizenId('001203012345', options).ok; //=> true
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
 * import { parseCitizenId } from '@motcua/forms';
 * parseCitizenId('001203012345');
 * //=> { ok: true, value: { id: '001203012345', provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', birthYear: 2003, serial: '012345' } }
 * parseCitizenId('079190012345').ok; //=> true (female, born 1990, registered in Hồ Chí Minh)
 * parseCitizenId('123456789'); //=> { ok: false, code: 'invalid_citizen_id' }
 * parseCitizenId('001203012345', { sex: 'female' }); //=> { ok: false, code: 'citizen_id_sex_mismatch' }
 * ```
 * @category Identifiers
 */
export function parseCitizenId(
  input: string,
  options?: ParseCitizenIdOptions,
): VnResult<CitizenIdParts, CitizenIdIssueCode> {
  let birthYearExpected: number | undefined;
  if (options?.birthDate !== undefined) {
    const d = parseVnDate(options.birthDate);
    if (!d.ok) {
      throw new FormsError(
        'INVALID_ARGUMENT',
        {
          vi: `parseCitizenId: ngày sinh không hợp lệ: ${JSON.stringify(options.birthDate)}`,
          en: `parseCitizenId: birthDate is not a real date: ${JSON.stringify(options.birthDate)}`,
        },
        { birthDate: options.birthDate },
      );
    }
    birthYearExpected = Number(d.value.slice(0, 4));
  }
  const id = input.replace(/\s+/g, '');
  if (!/^\d{12}$/.test(id)) return { ok: false, code: 'invalid_citizen_id' };
  const provinceCode = id.slice(0, 3);
  const provinceName = citizenIdProvinceName(provinceCode);
  if (provinceName === undefined && options?.allowUnknownProvince !== true) {
    return { ok: false, code: 'citizen_id_unknown_province' };
  }
  const c = Number(id[3]);
  if (c > 3) return { ok: false, code: 'citizen_id_invalid_century' };
  const birthYear = 1900 + (c >> 1) * 100 + Number(id.slice(4, 6));
  const sex = c % 2 === 0 ? 'male' : 'female';
  if (birthYearExpected !== undefined && birthYearExpected !== birthYear) {
    return { ok: false, code: 'citizen_id_birth_year_mismatch' };
  }
  if (options?.sex !== undefined && options.sex !== sex) {
    return { ok: false, code: 'citizen_id_sex_mismatch' };
  }
  return {
    ok: true,
    value: { id, provinceCode, provinceName, sex, birthYear, serial: id.slice(6) },
  };
}

/**
 * Tells whether `input` is a well-formed personal identification number: 12 digits (spaces
 * ignored), a known registration-province code and a century digit 0–3. Same rules as
 * {@link parseCitizenId} with no options.
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
  return parseCitizenId(input).ok;
}
