/**
 * The kind of a commune-level unit after the 2025 reform: ward (`'phuong'`, phường), commune
 * (`'xa'`, xã) or special zone (`'dac_khu'`, đặc khu).
 *
 * @example
 * ```ts
 * import { lookupCommune, type CommuneKind } from '@motcua/forms';
 * const kind: CommuneKind | undefined = lookupCommune('00235')?.kind; //=> 'phuong'
 * ```
 * @category Administrative units
 */
export type CommuneKind = 'phuong' | 'xa' | 'dac_khu';

/**
 * A province-level unit in force from 1 July 2025 (one of 34: 28 provinces and 6 centrally-run
 * cities).
 *
 * @example
 * ```ts
 * import { lookupProvince, type Province } from '@motcua/forms';
 * const p: Province | undefined = lookupProvince('79');
 * //=> { code: '79', name: 'Thành phố Hồ Chí Minh' }
 * ```
 * @category Administrative units
 */
export interface Province {
  /** The two-digit code of Decision 19/2025/QĐ-TTg (`'01'`). */
  readonly code: string;
  /** The full name, with "Tỉnh" or "Thành phố" (`'Thành phố Hà Nội'`, `'Tỉnh Cao Bằng'`). */
  readonly name: string;
}

/**
 * A commune-level unit in force from 1 July 2025 (one of 3,321), with its province.
 *
 * @example
 * ```ts
 * import { lookupCommune, type Commune } from '@motcua/forms';
 * const c: Commune | undefined = lookupCommune('00235');
 * //=> { code: '00235', name: 'Phường Đống Đa', kind: 'phuong', province: { code: '01', name: 'Thành phố Hà Nội' } }
 * ```
 * @category Administrative units
 */
export interface Commune {
  /** The five-digit code of Decision 19/2025/QĐ-TTg (`'00235'`). Commune codes never change when provinces merge. */
  readonly code: string;
  /** The full name, with "Phường", "Xã" or "Đặc khu" (`'Phường Đống Đa'`). */
  readonly name: string;
  /** Ward, commune or special zone. */
  readonly kind: CommuneKind;
  /** The province the unit belongs to. */
  readonly province: Province;
}

/**
 * One hit of {@link searchUnits}: a province or a commune.
 *
 * @example
 * ```ts
 * import { searchUnits, type UnitMatch } from '@motcua/forms';
 * const [best]: readonly UnitMatch[] = searchUnits('dong da');
 * best?.level === 'commune' && best.commune.name; //=> 'Phường Đống Đa'
 * ```
 * @category Administrative units
 */
export type UnitMatch =
  | {
      /** A province matched. */
      readonly level: 'province';
      /** The province. */
      readonly province: Province;
    }
  | {
      /** A commune matched. */
      readonly level: 'commune';
      /** The commune. */
      readonly commune: Commune;
    };

/**
 * Options of {@link searchUnits}.
 *
 * @example
 * ```ts
 * import { searchUnits, type SearchUnitsOptions } from '@motcua/forms';
 * const options: SearchUnitsOptions = { province: '01', limit: 5 };
 * searchUnits('dong', options).length <= 5; //=> true
 * ```
 * @category Administrative units
 */
export interface SearchUnitsOptions {
  /** Only communes of this province (two-digit code); provinces themselves are then not returned. */
  readonly province?: string | undefined;
  /** The most hits to return, a positive integer. Default 20. */
  readonly limit?: number | undefined;
}
