/**
 * The names of the statutory holidays, in Vietnamese and English.
 *
 * @internal
 * @module
 */
import type { LocalizedText } from '../types';

/**
 * The names of the statutory holidays, by key. @internal
 */
export function holidayName(key: string): LocalizedText {
  return Object.freeze(nameOf(key));
}

function nameOf(key: string): LocalizedText {
  switch (key) {
    case 'newYear':
      return { vi: 'Tết Dương lịch', en: "New Year's Day" };
    case 'tet':
      return { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' };
    case 'hungKings':
      return { vi: 'Giỗ Tổ Hùng Vương', en: 'Hùng Kings Commemoration' };
    case 'victory':
      return { vi: 'Ngày Chiến thắng', en: 'Victory Day' };
    case 'labour':
      return { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' };
    case 'cultureDay':
      return { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' };
    default:
      return { vi: 'Quốc khánh', en: 'National Day' };
  }
}
