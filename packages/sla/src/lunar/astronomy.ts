/**
 * The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's published method (itself
 * after Jean Meeus, Astronomical Algorithms) with Meeus's full new-moon series and a modern ΔT:
 * Julian day numbers, the instant of the k-th new moon,
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

/**
 * ΔT = TT − UT in seconds for a decimal year: the polynomials of Espenak & Meeus (NASA, 2006) for
 * 1860–2150, and their long-term parabola after 2150. Beyond the present these are predictions.
 * @internal
 */
export function deltaT(year: number): number {
  const y = year;
  if (y < 1900) {
    const t = y - 1860;
    return (
      7.62 +
      0.5737 * t -
      0.251754 * t ** 2 +
      0.01680668 * t ** 3 -
      0.0004473624 * t ** 4 +
      t ** 5 / 233174
    );
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number])[] = [
  // [coefficient, power of E, multiple of M, of M′, of F]  (Meeus, table 49.A, new moon)
  [-0.4072, 0, 0, 1, 0],
  [0.17241, 1, 1, 0, 0],
  [0.01608, 0, 0, 2, 0],
  [0.01039, 0, 0, 0, 2],
  [0.00739, 1, -1, 1, 0],
  [-0.00514, 1, 1, 1, 0],
  [0.00208, 2, 2, 0, 0],
  [-0.00111, 0, 0, 1, -2],
  [-0.00057, 0, 0, 1, 2],
  [0.00056, 1, 1, 2, 0],
  [-0.00042, 0, 0, 3, 0],
  [0.00042, 1, 1, 0, 2],
  [0.00038, 1, 1, 0, -2],
  [-0.00024, 1, -1, 2, 0],
  [-0.00007, 0, 2, 1, 0],
  [0.00004, 0, 0, 2, -2],
  [0.00004, 0, 3, 0, 0],
  [0.00003, 0, 1, 1, -2],
  [0.00003, 0, 0, 2, 2],
  [-0.00003, 0, 1, 1, 2],
  [0.00003, 0, -1, 1, 2],
  [-0.00002, 0, -1, 1, -2],
  [-0.00002, 0, 1, 3, 0],
  [0.00002, 0, 0, 4, 0],
];

const PLANETARY: readonly (readonly [number, number, number])[] = [
  // [coefficient, A at k = 0 (degrees), degrees per lunation]  (Meeus, chapter 49, A1–A14)
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * The k-th new moon after 1900-01-01 13:52 UTC, as a Julian date in UT: Meeus, chapter 49, with all
 * 25 periodic terms and the 14 planetary corrections (accurate to seconds against modern
 * ephemerides), converted from dynamical time with {@link deltaT}.
 * @internal
 */
export function newMoon(k: number): number {
  const km = k - 1237; // Meeus counts from the new moon of 6 January 2000
  const T = km / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const jde =
    2451550.09766 + 29.530588861 * km + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = (2.5534 + 29.1053567 * km - 0.0000014 * T2 - 0.00000011 * T3) * DR;
  const Mp =
    (201.5643 + 385.81693528 * km + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4) * DR;
  const F =
    (160.7108 + 390.67050284 * km - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4) * DR;
  const Om = (124.7746 - 1.56375588 * km + 0.0020672 * T2 + 0.00000215 * T3) * DR;
  let c = -0.00017 * Math.sin(Om);
  for (const [a, e, m, mp, f] of NEW_MOON_TERMS)
    c += a * E ** e * Math.sin(m * M + mp * Mp + f * F);
  for (const [i, [a, a0, rate]] of PLANETARY.entries())
    c += a * Math.sin((a0 + rate * km - (i === 0 ? 0.009173 * T2 : 0)) * DR);
  const td = jde + c;
  const year = 2000 + (td - 2451545.0) / 365.25;
  return td - deltaT(year) / 86400;
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

/**
 * The new moons of 1900–2199 that fall within `minutes` of local midnight in the Vietnamese zone:
 * the month starts an error of that size in the new-moon instant (or in ΔT, beyond the present)
 * would move by a day. Listed in the lunar guide as uncertain. @internal
 */
export function newMoonsNearMidnight(
  minutes: number,
): { readonly k: number; readonly jd: number; readonly day: number; readonly offset: number }[] {
  const out: { k: number; jd: number; day: number; offset: number }[] = [];
  for (let k = -15; k < 300 * 12.37 + 15; k++) {
    const jd = newMoon(k);
    const local = jd + 0.5 + hoursAt(VIETNAM_ZONE, jd) / 24;
    const frac = local - Math.floor(local); // 0 at local midnight
    const offset = (frac < 0.5 ? frac : frac - 1) * 1440; // minutes after (+) or before (−) midnight
    if (Math.abs(offset) <= minutes) out.push({ k, jd, day: Math.floor(local), offset });
  }
  return out;
}
