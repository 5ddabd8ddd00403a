/**
 * The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's published method (itself
 * after Jean Meeus, Astronomical Algorithms): Julian day numbers, the instant of the k-th new moon,
 * the sun's longitude, and from them each cycle of lunar months between two winter-solstice months
 * (month 11). Used by `scripts/gen-lunar-table.ts` to generate `table.generated.ts`; the runtime
 * reads the table only.
 *
 * Rules: a month starts on the civil day (in the given time zone) that contains the new moon; month
 * 11 contains the winter solstice; in a 13-month cycle the first month after month 11 that contains
 * no major solar term (trung khí) is the leap month.
 *
 * @internal
 * @module
 */

const PI = Math.PI;
const DR = PI / 180;

/** Julian day number of a Gregorian date. @internal */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return (
    dd +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Epoch day (days since 1970-01-01) of a Julian day number. @internal */
export function epochDayOfJd(jd: number): number {
  return jd - 2440588;
}

/** The k-th new moon after 1900-01-01 13:52 UTC, as a Julian date (Meeus, chapter 49, simplified). @internal */
export function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltat =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltat;
}

/**
 * A time zone: fixed hours east of UTC, or the hours in force at a Julian date (UT), for a calendar
 * whose zone changed. @internal
 */
export type Zone = number | ((jd: number) => number);

/** The hours of `zone` at Julian date `jd` (UT). @internal */
export function hoursAt(zone: Zone, jd: number): number {
  return typeof zone === 'number' ? zone : zone(jd);
}

/** Julian date (UT) of 1967-08-08 00:00 UTC+8, when North Việt Nam's calendar moved to UTC+7. @internal */
export const UTC7_SINCE_JD = jdFromDate(8, 8, 1967) - 0.5 - 8 / 24;

/**
 * The zone of the Vietnamese calendar: UTC+8 before 8/8/1967, UTC+7 from then (the North's
 * calendar, which the whole country has followed since 1975; the South used UTC+8 until then). @internal
 */
export const VIETNAM_ZONE: Zone = (jd) => (jd < UTC7_SINCE_JD ? 8 : 7);

/** The civil day (Julian day number) containing the k-th new moon in `zone`. @internal */
export function newMoonDay(k: number, tz: Zone): number {
  const jd = newMoon(k);
  return Math.floor(jd + 0.5 + hoursAt(tz, jd) / 24);
}

/** The sun's apparent longitude (radians, 0–2π) at Julian date `jdn` (Meeus, chapter 25, simplified). @internal */
export function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= PI * 2 * Math.floor(L / (PI * 2));
  return L;
}

/** The major solar term index (0–11, 30° each) at the start of civil day `day` in `zone`. @internal */
export function solarTerm(day: number, tz: Zone): number {
  return Math.floor((sunLongitude(day - 0.5 - hoursAt(tz, day - 0.5) / 24) / PI) * 6);
}

/** Index k of the new moon that starts month 11 (the month containing the winter solstice) of Gregorian year `yy`. @internal */
export function month11K(yy: number, tz: Zone): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / 29.530588853);
  return solarTerm(newMoonDay(k, tz), tz) >= 9 ? k - 1 : k;
}

/** One lunar month of a cycle. @internal */
export interface CycleMonth {
  /** Lunar month number 1–12. */
  readonly month: number;
  /** Whether it is the leap month. */
  readonly leap: boolean;
  /** Julian day number of its first day. */
  readonly start: number;
}

/**
 * The lunar months from month 11 of Gregorian year `yy - 1` up to (not including) month 11 of year
 * `yy`, computed in UTC+`tz`, with the month after them (to bound the last one).
 * @internal
 */
export function cycle(
  yy: number,
  tz: Zone,
): { readonly months: readonly CycleMonth[]; readonly end: number } {
  const k0 = month11K(yy - 1, tz);
  const k1 = month11K(yy, tz);
  const n = k1 - k0; // 12 or 13 months
  let leapIndex = -1;
  if (n === 13) {
    // The first month after month 11 without a major term: its term index equals the next month's.
    for (let i = 1; i < 13; i++) {
      if (solarTerm(newMoonDay(k0 + i, tz), tz) === solarTerm(newMoonDay(k0 + i + 1, tz), tz)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: CycleMonth[] = [];
  for (let i = 0; i < n; i++) {
    const offset = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
    const month = ((10 + offset) % 12) + 1;
    months.push({ month, leap: i === leapIndex, start: newMoonDay(k0 + i, tz) });
  }
  return { months, end: newMoonDay(k1, tz) };
}

/**
 * The months of lunar year `year` (months 1–10 from one cycle, 11–12 from the next), each with its
 * first day, and the first day of the next lunar year, in the Vietnamese zone ({@link VIETNAM_ZONE}:
 * UTC+8 before 8/8/1967, UTC+7 from then, so months 8–12 of Đinh Mùi 1967 start in UTC+7).
 * @internal
 */
export function lunarYearMonths(year: number): {
  readonly months: readonly CycleMonth[];
  readonly next: number;
} {
  // Months 1–10 (and a leap month among them) of this cycle, then 11–12 (and leap 11 or 12) of the next.
  const months = [
    ...cycle(year, VIETNAM_ZONE).months.filter((m) => m.month <= 10),
    ...cycle(year + 1, VIETNAM_ZONE).months.filter((m) => m.month >= 11),
  ];
  const next =
    cycle(year + 1, VIETNAM_ZONE).months.find((m) => m.month === 1 && !m.leap)?.start ?? Number.NaN;
  return { months, next };
}
