/**
 * Gregorian ↔ Vietnamese lunar conversion (âm lịch), 1900–2199, from the compact precomputed table.
 * Months that start from 8/8/1967 on are computed for UTC+7 (the North's calendar from that day,
 * the whole country's since 1975); earlier months follow the UTC+8 calendar Việt Nam used before.
 * Results never depend on the host time zone.
 *
 * @module
 */

import { civilFromDays, daysFromCivil, formatCivilDate, parseCivilDate } from '../_lib/civil';
import { FIRST_LUNAR_YEAR, LAST_YEAR as LAST_LUNAR_YEAR } from '../_lib/range';
import { show as describeValue } from '../_lib/show';
import { assertTimeZone, epochDayOf, VIETNAM_TIME_ZONE } from '../_lib/zone';
import { SlaError } from '../errors';
import type { CivilDate, DateInput, Locale } from '../types';
import { LUNAR_TABLE } from './table.generated';

/**
 * A date of the Vietnamese lunar calendar: lunar year (the Gregorian year in which its Tết falls),
 * month 1–12, day 1–30, and whether the month is the leap month (tháng nhuận).
 *
 * @example
 * ```ts
 * import { toLunar, type LunarDate } from '@motcua/sla';
 * const tet: LunarDate = toLunar('2026-02-17'); //=> { year: 2026, month: 1, day: 1, leap: false }
 * ```
 * @category Lunar calendar
 */
export interface LunarDate {
  /** The lunar year (its Tết falls in this Gregorian year). */
  readonly year: number;
  /** The month, 1 (tháng Giêng) to 12 (tháng Chạp). */
  readonly month: number;
  /** The day of the month, 1 to 29 or 30. */
  readonly day: number;
  /** Whether the month is the leap month of the year. */
  readonly leap: boolean;
}

/**
 * One month of a lunar year.
 *
 * @example
 * ```ts
 * import { lunarYear } from '@motcua/sla';
 * lunarYear(2033).months.find((m) => m.leap); //=> { month: 11, leap: true, days: 29, start: '2033-12-22' }
 * ```
 * @category Lunar calendar
 */
export interface LunarMonth {
  /** The month number, 1–12. */
  readonly month: number;
  /** Whether it is the leap month. */
  readonly leap: boolean;
  /** Its length: 29 or 30 days. */
  readonly days: number;
  /** Its first day (Gregorian). */
  readonly start: CivilDate;
}

/**
 * A lunar year: its Tết, its leap month, and its months in order.
 *
 * @example
 * ```ts
 * import { lunarYear } from '@motcua/sla';
 * lunarYear(2025).leapMonth; //=> 6
 * ```
 * @category Lunar calendar
 */
export interface LunarYear {
  /** The lunar year. */
  readonly year: number;
  /** Its first day, Tết Nguyên đán (lunar 1/1). */
  readonly newYear: CivilDate;
  /** The number of its leap month, or `null` in a 12-month year. */
  readonly leapMonth: number | null;
  /** Its 12 or 13 months in order. */
  readonly months: readonly LunarMonth[];
}

interface Decoded {
  readonly tet: Int32Array;
  readonly leap: Uint8Array;
  readonly bits: Uint16Array;
}
let decoded: Decoded | undefined;
function table(): Decoded {
  if (decoded === undefined) {
    const n = LAST_LUNAR_YEAR - FIRST_LUNAR_YEAR + 1;
    const tet = new Int32Array(n + 1);
    const leap = new Uint8Array(n);
    const bits = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const w = Number.parseInt(LUNAR_TABLE.slice(i * 5, i * 5 + 5), 36);
      bits[i] = w & 0x1fff;
      leap[i] = (w >> 13) & 0xf;
      tet[i] = daysFromCivil(FIRST_LUNAR_YEAR + i, 1, 19) + (w >> 17);
    }
    // The end of the last year: its start plus its months.
    const last = n - 1;
    let len = 0;
    const months = (leap[last] ?? 0) > 0 ? 13 : 12;
    for (let m = 0; m < months; m++) len += ((bits[last] ?? 0) >> m) & 1 ? 30 : 29;
    tet[n] = (tet[last] ?? 0) + len;
    decoded = { tet, leap, bits };
  }
  return decoded;
}

const FIRST_DAY = daysFromCivil(1900, 1, 31); // Tết 1900
const LAST_DAY = daysFromCivil(LAST_LUNAR_YEAR, 12, 31);

function outOfRange(fn: string, value: unknown): SlaError {
  return new SlaError(
    'OUT_OF_RANGE',
    {
      en: `${fn}: the lunar calendar covers 1900-01-31 (Tết 1900) to 2199-12-31, got ${describeValue(value)}`,
      vi: `${fn}: âm lịch hỗ trợ từ 1900-01-31 (Tết 1900) đến 2199-12-31, nhận được ${describeValue(value)}`,
    },
    { value, from: '1900-01-31', to: '2199-12-31' },
  );
}

/**
 * Options of {@link toLunar}.
 *
 * @example
 * ```ts
 * import type { ToLunarOptions } from '@motcua/sla';
 * const o: ToLunarOptions = { timeZone: 'Asia/Ho_Chi_Minh' };
 * ```
 * @category Lunar calendar
 */
export interface ToLunarOptions {
  /** The zone in which a `Date` is read (default Asia/Ho_Chi_Minh). Civil-date strings are zone-free. */
  readonly timeZone?: string | undefined;
}

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar.
 *
 * @param date - A civil date `'YYYY-MM-DD'` (1900-01-31 to 2199-12-31), or a `Date` read in
 * Asia/Ho_Chi_Minh (or `options.timeZone`).
 * @param options - The zone for a `Date`.
 * @returns The lunar date: exactly `{ year, month, day, leap }`.
 * @throws {SlaError} `INVALID_DATE` for a malformed or impossible date; `OUT_OF_RANGE` outside 1900–2199;
 * `INVALID_TIME_ZONE` for an unknown `options.timeZone`.
 * @example
 * ```ts
 * import { toLunar } from '@motcua/sla';
 * toLunar('2026-02-17'); //=> { year: 2026, month: 1, day: 1, leap: false }
 * toLunar('1985-01-21'); //=> { year: 1985, month: 1, day: 1, leap: false } (a month before China's)
 * ```
 * @category Lunar calendar
 */
export function toLunar(date: DateInput, options?: ToLunarOptions): LunarDate {
  const timeZone = options?.timeZone ?? VIETNAM_TIME_ZONE;
  assertTimeZone(timeZone, 'toLunar');
  const day = epochDayOf(date, timeZone, 'toLunar');
  if (day < FIRST_DAY || day > LAST_DAY)
    throw outOfRange('toLunar', date instanceof Date ? date.toISOString() : date);
  const t = table();
  // The Gregorian year is the lunar year or the one after it.
  let i = civilFromDays(day).year - FIRST_LUNAR_YEAR;
  if (i >= t.leap.length || day < (t.tet[i] ?? 0)) i--;
  let start = t.tet[i] ?? 0;
  const leap = t.leap[i] ?? 0;
  const bits = t.bits[i] ?? 0;
  const count = leap > 0 ? 13 : 12;
  for (let m = 0; m < count; m++) {
    const len = (bits >> m) & 1 ? 30 : 29;
    if (day < start + len) {
      const month = leap > 0 && m >= leap ? m : m + 1;
      return {
        year: FIRST_LUNAR_YEAR + i,
        month,
        day: day - start + 1,
        leap: leap > 0 && m === leap,
      };
    }
    start += len;
  }
  throw outOfRange('toLunar', date);
}

function invalidLunar(en: string, vi: string, value: unknown): SlaError {
  return new SlaError(
    'INVALID_LUNAR_DATE',
    { en: `fromLunar: ${en}`, vi: `fromLunar: ${vi}` },
    { value },
  );
}

/**
 * Converts a Vietnamese lunar date to the Gregorian calendar.
 *
 * @param lunar - `{ year, month, day, leap? }`; `leap: true` for the leap month.
 * @returns The civil date `'YYYY-MM-DD'`.
 * @throws {SlaError} `INVALID_LUNAR_DATE` for a month outside 1–12, a day the month does not have,
 * or a leap month the year does not have; `OUT_OF_RANGE` outside the lunar years 1900–2199.
 * @example
 * ```ts
 * import { fromLunar } from '@motcua/sla';
 * fromLunar({ year: 2026, month: 1, day: 1 }); //=> '2026-02-17'
 * fromLunar({ year: 2026, month: 3, day: 10 }); //=> '2026-04-26' (Hùng Kings)
 * fromLunar({ year: 2033, month: 11, day: 1 }); //=> '2033-11-22'
 * fromLunar({ year: 2033, month: 11, day: 1, leap: true }); //=> '2033-12-22' (the leap 11th month of 2033)
 * fromLunar({ year: 2026, month: 11, day: 1, leap: true }); //=> throws SlaError INVALID_LUNAR_DATE (2026 has no leap month)
 * ```
 * @category Lunar calendar
 */
export function fromLunar(lunar: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean | undefined;
}): CivilDate {
  const { year, month, day } = lunar ?? ({} as Partial<LunarDate>);
  const leapWanted = lunar?.leap === true;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw invalidLunar(
      `expected whole numbers { year, month, day }, got ${describeValue(lunar)}`,
      `cần các số nguyên { year, month, day }, nhận được ${describeValue(lunar)}`,
      lunar,
    );
  }
  if (month < 1 || month > 12)
    throw invalidLunar(
      `a lunar month must be 1 to 12, got ${month}`,
      `Tháng âm lịch phải từ 1 đến 12, nhận được ${month}`,
      lunar,
    );
  if (year < FIRST_LUNAR_YEAR || year > LAST_LUNAR_YEAR)
    throw outOfRange('fromLunar', `lunar year ${year}`);
  const t = table();
  const i = year - FIRST_LUNAR_YEAR;
  const leap = t.leap[i] ?? 0;
  if (leapWanted && leap !== month) {
    throw invalidLunar(
      `lunar year ${year} has no leap month ${month}${leap > 0 ? ` (its leap month is ${leap})` : ' (it has no leap month)'}`,
      `năm âm lịch ${year} không có tháng ${month} nhuận${leap > 0 ? ` (tháng nhuận là tháng ${leap})` : ' (năm không nhuận)'}`,
      lunar,
    );
  }
  const index = leap > 0 && (month > leap || (month === leap && leapWanted)) ? month : month - 1;
  let start = t.tet[i] ?? 0;
  const bits = t.bits[i] ?? 0;
  for (let m = 0; m < index; m++) start += (bits >> m) & 1 ? 30 : 29;
  const len = (bits >> index) & 1 ? 30 : 29;
  if (day < 1 || day > len) {
    throw invalidLunar(
      `month ${month}${leapWanted ? ' (leap)' : ''} of lunar year ${year} has ${len} days, got day ${day}`,
      `tháng ${month}${leapWanted ? ' nhuận' : ''} năm âm lịch ${year} có ${len} ngày, nhận được ngày ${day}`,
      lunar,
    );
  }
  const result = start + day - 1;
  if (result > LAST_DAY) throw outOfRange('fromLunar', describeValue(lunar));
  return formatCivilDate(result);
}

/**
 * Describes a lunar year: its Tết, leap month and months.
 *
 * @param year - The lunar year, 1900–2199.
 * @returns The year's structure.
 * @throws {SlaError} `OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { lunarYear } from '@motcua/sla';
 * lunarYear(2026).newYear; //=> '2026-02-17'
 * lunarYear(2033).leapMonth; //=> 11
 * ```
 * @category Lunar calendar
 */
export function lunarYear(year: number): LunarYear {
  if (!Number.isInteger(year) || year < FIRST_LUNAR_YEAR || year > LAST_LUNAR_YEAR)
    throw outOfRange('lunarYear', year);
  const t = table();
  const i = year - FIRST_LUNAR_YEAR;
  const leap = t.leap[i] ?? 0;
  const bits = t.bits[i] ?? 0;
  const months: LunarMonth[] = [];
  let start = t.tet[i] ?? 0;
  for (let m = 0; m < (leap > 0 ? 13 : 12); m++) {
    const days = (bits >> m) & 1 ? 30 : 29;
    months.push({
      month: leap > 0 && m >= leap ? m : m + 1,
      leap: leap > 0 && m === leap,
      days,
      start: formatCivilDate(start),
    });
    start += days;
  }
  return {
    year,
    newYear: formatCivilDate(t.tet[i] ?? 0),
    leapMonth: leap > 0 ? leap : null,
    months,
  };
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
];

/**
 * The sexagenary (can chi) names of a lunar date's year, month and day.
 *
 * @example
 * ```ts
 * import { canChi } from '@motcua/sla';
 * canChi('2026-02-17'); //=> { year: 'Bính Ngọ', month: 'Canh Dần', day: 'Nhâm Tuất' }
 * ```
 * @category Lunar calendar
 */
export interface CanChi {
  /** The year's name, e.g. `'Bính Ngọ'`. */
  readonly year: string;
  /** The month's name (by the stem of the year; a leap month shares its month's name). */
  readonly month: string;
  /** The day's name. */
  readonly day: string;
}

/**
 * Returns the can chi (Heavenly Stem + Earthly Branch) names of the year, month and day, as printed
 * on receipts and in citizen apps.
 *
 * @param date - A Gregorian date (civil date or `Date`), or a {@link LunarDate}.
 * @returns The three names.
 * @throws {SlaError} As {@link toLunar} / {@link fromLunar}.
 * @example
 * ```ts
 * import { canChi } from '@motcua/sla';
 * canChi('2026-02-17').year; //=> 'Bính Ngọ'
 * canChi({ year: 2025, month: 1, day: 1, leap: false }).year; //=> 'Ất Tỵ'
 * ```
 * @category Lunar calendar
 */
export function canChi(date: DateInput | LunarDate): CanChi {
  const isLunar = typeof date === 'object' && !(date instanceof Date);
  const lunar = isLunar ? date : toLunar(date);
  const solar = isLunar ? fromLunar(date) : typeof date === 'string' ? date : fromLunar(lunar);
  const jd = parseCivilDate(solar, 'canChi') + 2440588;
  const y = lunar.year;
  // Month: the first month of a year with stem s has stem (s * 12 + 2) mod 10 (year stem index from (y + 6) mod 10).
  const monthStem = (((y * 12 + lunar.month + 3) % 10) + 10) % 10;
  return {
    year: `${STEMS[(y + 6) % 10]} ${BRANCHES[(y + 8) % 12]}`,
    month: `${STEMS[monthStem]} ${BRANCHES[(lunar.month + 1) % 12]}`,
    day: `${STEMS[(jd + 9) % 10]} ${BRANCHES[(jd + 1) % 12]}`,
  };
}

const MONTH_NAMES_VI = [
  'Giêng',
  'Hai',
  'Ba',
  'Tư',
  'Năm',
  'Sáu',
  'Bảy',
  'Tám',
  'Chín',
  'Mười',
  'Mười một',
  'Chạp',
];

/**
 * The name of a lunar month: "tháng Giêng" … "tháng Chạp" ("tháng Tư nhuận" for a leap month), or in
 * English "1st month" … "12th month" ("leap 4th month").
 *
 * @param month - 1–12.
 * @param leap - Whether it is the leap month.
 * @param locale - `'vi'` (default) or `'en'`.
 * @returns The name.
 * @throws {SlaError} `INVALID_LUNAR_DATE` for a month outside 1–12.
 * @example
 * ```ts
 * import { lunarMonthName } from '@motcua/sla';
 * lunarMonthName(1); //=> 'tháng Giêng'
 * lunarMonthName(12); //=> 'tháng Chạp'
 * lunarMonthName(11, true, 'en'); //=> 'leap 11th month'
 * ```
 * @category Lunar calendar
 */
export function lunarMonthName(month: number, leap = false, locale: Locale = 'vi'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new SlaError(
      'INVALID_LUNAR_DATE',
      {
        en: `lunarMonthName: month must be 1 to 12, got ${describeValue(month)}`,
        vi: `lunarMonthName: tháng phải từ 1 đến 12, nhận được ${describeValue(month)}`,
      },
      { month },
    );
  }
  if (locale === 'vi') return `tháng ${MONTH_NAMES_VI[month - 1]}${leap ? ' nhuận' : ''}`;
  const suffix = month === 1 ? 'st' : month === 2 ? 'nd' : month === 3 ? 'rd' : 'th';
  return `${leap ? 'leap ' : ''}${month}${suffix} month`;
}

/**
 * Formats a lunar date as printed on receipts: "ngày 1 tháng Giêng năm Bính Ngọ" or, in English,
 * "day 1 of the 1st month, year Bính Ngọ".
 *
 * @param lunar - The lunar date.
 * @param locale - `'vi'` (default) or `'en'`.
 * @returns The text.
 * @throws {SlaError} As {@link fromLunar}.
 * @example
 * ```ts
 * import { formatLunarDate, toLunar } from '@motcua/sla';
 * formatLunarDate(toLunar('2026-02-17')); //=> 'ngày 1 tháng Giêng năm Bính Ngọ'
 * ```
 * @category Lunar calendar
 */
export function formatLunarDate(lunar: LunarDate, locale: Locale = 'vi'): string {
  const names = canChi(lunar);
  return locale === 'vi'
    ? `ngày ${lunar.day} ${lunarMonthName(lunar.month, lunar.leap, 'vi')} năm ${names.year}`
    : `day ${lunar.day} of the ${lunarMonthName(lunar.month, lunar.leap, 'en')}, year ${names.year}`;
}
