/**
 * The 63 pre-2025 province codes used in personal identification numbers: "0" + the two-digit GSO
 * code of Decision 124/2004/QĐ-TTg (as amended up to 2008). Encoded as one string, decoded on
 * first use.
 */
const PROVINCES_63 =
  '01Hà Nội|02Hà Giang|04Cao Bằng|06Bắc Kạn|08Tuyên Quang|10Lào Cai|11Điện Biên|12Lai Châu|' +
  '14Sơn La|15Yên Bái|17Hòa Bình|19Thái Nguyên|20Lạng Sơn|22Quảng Ninh|24Bắc Giang|25Phú Thọ|' +
  '26Vĩnh Phúc|27Bắc Ninh|30Hải Dương|31Hải Phòng|33Hưng Yên|34Thái Bình|35Hà Nam|36Nam Định|' +
  '37Ninh Bình|38Thanh Hóa|40Nghệ An|42Hà Tĩnh|44Quảng Bình|45Quảng Trị|46Thừa Thiên Huế|' +
  '48Đà Nẵng|49Quảng Nam|51Quảng Ngãi|52Bình Định|54Phú Yên|56Khánh Hòa|58Ninh Thuận|' +
  '60Bình Thuận|62Kon Tum|64Gia Lai|66Đắk Lắk|67Đắk Nông|68Lâm Đồng|70Bình Phước|72Tây Ninh|' +
  '74Bình Dương|75Đồng Nai|77Bà Rịa - Vũng Tàu|79Hồ Chí Minh|80Long An|82Tiền Giang|83Bến Tre|' +
  '84Trà Vinh|86Vĩnh Long|87Đồng Tháp|89An Giang|91Kiên Giang|92Cần Thơ|93Hậu Giang|' +
  '94Sóc Trăng|95Bạc Liêu|96Cà Mau';

let byCode: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (byCode === undefined) {
    byCode = new Map();
    for (const entry of PROVINCES_63.split('|'))
      byCode.set(`0${entry.slice(0, 2)}`, entry.slice(2));
  }
  return byCode;
}

/**
 * One registration-province code of a personal identification number.
 *
 * @example
 * ```ts
 * import { citizenIdProvinces, type CitizenIdProvince } from '@motcua/forms';
 * const first: CitizenIdProvince | undefined = citizenIdProvinces()[0];
 * //=> { code: '001', name: 'Hà Nội' }
 * ```
 * @category Identifiers
 */
export interface CitizenIdProvince {
  /** The three-digit code: "0" + the pre-2025 GSO province code (`'001'`, `'079'`). */
  readonly code: string;
  /** The province's name before the 2025 merger, without "Tỉnh"/"Thành phố" (`'Hà Nội'`). */
  readonly name: string;
}

/**
 * Lists the 63 province codes that open a personal identification number (số định danh cá nhân):
 * the province where the birth was registered, as it was before the 1 July 2025 merger.
 *
 * These are "0" + the two-digit GSO code of Decision 124/2004/QĐ-TTg (`'001'` Hà Nội, `'079'`
 * Hồ Chí Minh). Numbers already issued keep their code after the merger, so the list is the old
 * one. Two things were **not found** in any source and are not guessed: the codes for births
 * registered abroad (country codes) and a code list for numbers issued after the merger.
 *
 * @returns The 63 codes with their names, in code order (a new array on each call).
 * @example
 * ```ts
 * import { citizenIdProvinces } from '@motcua/forms';
 * citizenIdProvinces().length; //=> 63
 * citizenIdProvinces().find((p) => p.code === '079'); //=> { code: '079', name: 'Hồ Chí Minh' }
 * ```
 * @category Identifiers
 */
export function citizenIdProvinces(): CitizenIdProvince[] {
  return [...table()].map(([code, name]) => ({ code, name }));
}

/**
 * Looks up a registration-province code of a personal identification number.
 *
 * @param code - A three-digit code (`'001'`).
 * @returns The province's pre-2025 name, or `undefined` for a code not in the 63-province list.
 * @example
 * ```ts
 * import { citizenIdProvinceName } from '@motcua/forms';
 * citizenIdProvinceName('024'); //=> 'Bắc Giang'
 * citizenIdProvinceName('003'); //=> undefined
 * ```
 * @category Identifiers
 */
export function citizenIdProvinceName(code: string): string | undefined {
  return table().get(code);
}
