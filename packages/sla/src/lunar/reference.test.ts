/**
 * Acceptance test of the lunar calendar through the package's public API (`toLunar`, `fromLunar`,
 * `lunarYear`), against a reference written here that shares nothing with the runtime or the table
 * generator except the two astronomical primitives (Meeus's new moon and the Sun's longitude, which
 * define the published calendar). The month 11, the leap month, the month numbering, the lunar-year
 * assignment and the 1967/1968 seam are all worked out again, another way:
 *
 * - month 11 is the month that contains the civil day during which the Sun reaches 270° (found by
 *   scanning the days of late December), not "the new moon before 31 December, minus one if the Sun
 *   is already past 270°";
 * - a month has no major term when no day boundary inside it sees the Sun cross a multiple of 30°
 *   (scanned day by day), not by comparing the term at its first day with the next month's;
 * - a date's answer is the UTC+7 one from 8/8/1967 (when the North's calendar moved to UTC+7), else
 *   the UTC+8 one, decided per date rather than per new moon; the walk over consecutive days checks
 *   that the seam leaves no gap or repeat.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatCivilDate } from '../_lib/civil';
import { isSlaError } from '../errors';
import { fromLunar, type LunarDate, lunarYear, toLunar } from '../index';
import { newMoon, sunLongitude } from './astronomy';

/** Julian day number of epoch day 0 (1970-01-01). */
const JD_EPOCH = 2440588;
const SYNODIC = 29.530588853;

/** Epoch day (in UTC+tz) that contains the k-th new moon. */
function newMoonEpochDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24) - JD_EPOCH;
}

/** The Sun's longitude, in whole 30° sectors, at local midnight starting epoch day `e` in UTC+tz. */
function sector(e: number, tz: number): number {
  const degrees = (sunLongitude(e + JD_EPOCH - 0.5 - tz / 24) * 180) / Math.PI;
  return Math.floor(degrees / 30);
}

/** The civil day of Gregorian year `y` during which the Sun reaches 270° (winter solstice), UTC+tz. */
function solsticeDay(y: number, tz: number): number {
  for (let e = daysFromCivil(y, 12, 15); e <= daysFromCivil(y, 12, 28); e++) {
    if (sector(e, tz) === 8 && sector(e + 1, tz) === 9) return e;
  }
  throw new Error(`no solstice found in ${y}`);
}

/** First day of the month that contains the winter solstice of Gregorian year `y`, and its k. */
function month11(y: number, tz: number): { readonly k: number; readonly start: number } {
  const solstice = solsticeDay(y, tz);
  // A k whose new moon is certainly before the solstice, then walk forward.
  let k = Math.floor((solstice + JD_EPOCH - 2415021.076998695) / SYNODIC) - 2;
  while (newMoonEpochDay(k + 1, tz) <= solstice) k++;
  return { k, start: newMoonEpochDay(k, tz) };
}

interface RefMonth {
  readonly lunarYear: number;
  readonly month: number;
  readonly leap: boolean;
  readonly start: number;
  readonly end: number; // exclusive
}

/** Whether the month [start, end) contains no major solar term, scanning its day boundaries. */
function lacksMajorTerm(start: number, end: number, tz: number): boolean {
  const first = sector(start, tz);
  for (let e = start + 1; e <= end; e++) if (sector(e, tz) !== first) return false;
  return true;
}

const cycles = new Map<string, readonly RefMonth[]>();

/** The months from month 11 of Gregorian year y-1 to the one before month 11 of year y, UTC+tz. */
function cycleOf(y: number, tz: number): readonly RefMonth[] {
  const key = `${y}@${tz}`;
  const cached = cycles.get(key);
  if (cached !== undefined) return cached;
  const a = month11(y - 1, tz);
  const b = month11(y, tz);
  const starts: number[] = [];
  for (let k = a.k; k <= b.k; k++) starts.push(newMoonEpochDay(k, tz));
  const count = b.k - a.k;
  if (count !== 12 && count !== 13) throw new Error(`cycle ${y}: ${count} months`);
  const months: RefMonth[] = [];
  let number = 11;
  let ly = y - 1; // months 11 and 12 (and a leap 11 or 12) close lunar year y-1
  let leapSeen = false;
  for (let i = 0; i < count; i++) {
    const start = starts[i] ?? Number.NaN;
    const end = starts[i + 1] ?? Number.NaN;
    const leap = count === 13 && !leapSeen && i > 0 && lacksMajorTerm(start, end, tz);
    if (leap) leapSeen = true;
    else if (i > 0) {
      number = (number % 12) + 1;
      if (number === 1) ly = y;
    }
    months.push({ lunarYear: ly, month: number, leap, start, end });
  }
  if (count === 13 && !leapSeen) throw new Error(`cycle ${y}: 13 months and no leap month`);
  cycles.set(key, months);
  return months;
}

/** The lunar date of epoch day `e` in the calendar computed for UTC+tz (no seam rule). */
function lunarIn(e: number, tz: number): LunarDate {
  const y = civilFromDays(e).year;
  for (const cy of [y, y + 1]) {
    for (const m of cycleOf(cy, tz)) {
      if (e >= m.start && e < m.end)
        return { year: m.lunarYear, month: m.month, day: e - m.start + 1, leap: m.leap };
    }
  }
  throw new Error(`no month contains ${formatCivilDate(e)} (UTC+${tz})`);
}

/** North Việt Nam's calendar moved to UTC+7 on 8/8/1967 (the whole country follows it since 1975). */
const UTC7_FROM = daysFromCivil(1967, 8, 8);

/** The Vietnamese calendar: a day from 8/8/1967 on is read in the UTC+7 calendar, before it in UTC+8. */
function reference(e: number): LunarDate {
  return lunarIn(e, e >= UTC7_FROM ? 7 : 8);
}

const FIRST = daysFromCivil(1900, 1, 31);
const LAST = daysFromCivil(2199, 12, 31);

/** The month after (year, month, leap) in the lunar calendar. */
function nextMonth(l: LunarDate): { year: number; month: number; leap: boolean } {
  if (!l.leap && lunarYear(l.year).leapMonth === l.month)
    return { year: l.year, month: l.month, leap: true };
  return l.month === 12
    ? { year: l.year + 1, month: 1, leap: false }
    : { year: l.year, month: l.month + 1, leap: false };
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isSlaError(e) ? e.code : 'not an SlaError';
  }
  return 'no error';
}

describe('lunar calendar, acceptance against an independent reference', () => {
  it('the reference itself reproduces published anchors', () => {
    const tet = (y: number, tz: number) =>
      formatCivilDate(cycleOf(y, tz).find((m) => m.month === 1 && !m.leap)?.start ?? Number.NaN);
    // Vietnamese (UTC+7) vs Chinese (UTC+8) Tết, domain file §5.
    expect([1968, 1969, 1985, 2007, 2030, 2053].map((y) => tet(y, 7))).toEqual([
      '1968-01-29',
      '1969-02-16',
      '1985-01-21',
      '2007-02-17',
      '2030-02-02',
      '2053-02-18',
    ]);
    expect([1968, 1969, 1985, 2007, 2030, 2053].map((y) => tet(y, 8))).toEqual([
      '1968-01-30',
      '1969-02-17',
      '1985-02-20',
      '2007-02-18',
      '2030-02-03',
      '2053-02-19',
    ]);
    // 2033: leap 11th month in Việt Nam (it starts on 2033-12-22).
    const leap2033 = cycleOf(2034, 7).find((m) => m.leap);
    expect(leap2033).toMatchObject({ lunarYear: 2033, month: 11 });
    expect(formatCivilDate(leap2033?.start ?? Number.NaN)).toBe('2033-12-22');
  });

  it('toLunar and fromLunar agree with it on every day 1900-01-31 … 2199-12-31', () => {
    let checked = 0;
    for (let e = FIRST; e <= LAST; e++) {
      const date = formatCivilDate(e);
      const want = reference(e);
      const got = toLunar(date);
      if (
        got.year !== want.year ||
        got.month !== want.month ||
        got.day !== want.day ||
        got.leap !== want.leap ||
        Object.keys(got).length !== 4
      ) {
        throw new Error(`toLunar(${date}) = ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
      const back = fromLunar(want);
      if (back !== date)
        throw new Error(`fromLunar(${JSON.stringify(want)}) = ${back}, want ${date}`);
      checked++;
    }
    expect(checked).toBe(109_543); // 300 years of 365 days + 73 leap days − 30 days of January 1900
  });

  it('lunarYear agrees with it on every year: Tết, leap month, month starts and lengths', () => {
    for (let y = 1900; y <= 2199; y++) {
      const got = lunarYear(y);
      // Per month, the calendar in force on its first day (UTC+7 from 8/8/1967).
      const in7 = [...cycleOf(y, 7), ...cycleOf(y + 1, 7)].filter((m) => m.lunarYear === y);
      const in8 = [...cycleOf(y, 8), ...cycleOf(y + 1, 8)].filter((m) => m.lunarYear === y);
      const want = in7.map((m, i) => (m.start >= UTC7_FROM ? m : (in8[i] ?? m)));
      expect(got.months.map((m) => [m.month, m.leap, m.start])).toEqual(
        want.map((m) => [m.month, m.leap, formatCivilDate(m.start)]),
      );
      // Lengths: the last month of lunar 1967 ends where UTC+7's Tết 1968 begins.
      const nextTet = y === 1967 ? daysFromCivil(1968, 1, 29) : Number.NaN;
      expect(got.months.map((m) => m.days)).toEqual(
        want.map((m, i) =>
          y === 1967 && i === want.length - 1 ? nextTet - m.start : m.end - m.start,
        ),
      );
      expect(got.newYear).toBe(got.months[0]?.start);
      expect(got.leapMonth).toBe(want.find((m) => m.leap)?.month ?? null);
    }
  });

  it("the zone switch of 8/8/1967: months from then start in UTC+7 (the North's calendar)", () => {
    // 1/12/1967 is the 1st of month 11 of Đinh Mùi (UTC+8 would make it the 30th of month 10).
    expect(toLunar('1967-12-01')).toEqual({ year: 1967, month: 11, day: 1, leap: false });
    expect(toLunar('1967-11-30')).toEqual({ year: 1967, month: 10, day: 29, leap: false });
    expect(fromLunar({ year: 1967, month: 11, day: 1 })).toBe('1967-12-01');
    expect(lunarYear(1967).months.find((m) => m.month === 10)?.days).toBe(29);
  });

  it('the 1967/1968 seam: no gap, no overlap, Chạp Đinh Mùi cut to 29 days', () => {
    expect(toLunar('1968-01-28')).toEqual({ year: 1967, month: 12, day: 29, leap: false });
    expect(toLunar('1968-01-29')).toEqual({ year: 1968, month: 1, day: 1, leap: false });
    expect(fromLunar({ year: 1967, month: 12, day: 29 })).toBe('1968-01-28');
    // In the UTC+8 calendar that Chạp had 30 days; here day 30 does not exist.
    expect(codeOf(() => fromLunar({ year: 1967, month: 12, day: 30 }))).toBe('INVALID_LUNAR_DATE');
    const window = fc.integer({ min: daysFromCivil(1967, 6, 1), max: daysFromCivil(1968, 8, 31) });
    fc.assert(
      fc.property(window, (e) => {
        const a = toLunar(formatCivilDate(e));
        const b = toLunar(formatCivilDate(e + 1));
        // Consecutive days are consecutive lunar dates, and each lunar date maps back to its day.
        const successor =
          b.day === a.day + 1
            ? b.year === a.year && b.month === a.month && b.leap === a.leap
            : b.day === 1 && (a.day === 29 || a.day === 30) && eqMonth(nextMonth(a), b);
        return successor && fromLunar(a) === formatCivilDate(e);
      }),
      { numRuns: 500 },
    );
  });

  it('consecutive days are consecutive lunar dates across the whole range (property)', () => {
    const day = fc.integer({ min: FIRST, max: LAST - 1 });
    fc.assert(
      fc.property(day, (e) => {
        const a = toLunar(formatCivilDate(e));
        const b = toLunar(formatCivilDate(e + 1));
        return b.day === a.day + 1
          ? b.year === a.year && b.month === a.month && b.leap === a.leap
          : b.day === 1 && (a.day === 29 || a.day === 30) && eqMonth(nextMonth(a), b);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a real day where the reference code convertSolar2Lunar gives "day 0"', () => {
    expect(toLunar('2054-05-07')).toEqual({ year: 2054, month: 3, day: 30, leap: false });
    expect(toLunar('2062-04-09')).toEqual({ year: 2062, month: 2, day: 30, leap: false });
    expect(fromLunar({ year: 2054, month: 3, day: 30 })).toBe('2054-05-07');
    expect(fromLunar({ year: 2062, month: 2, day: 30 })).toBe('2062-04-09');
  });

  it('meets the contract', () => {
    expect(toLunar('2026-02-17')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(fromLunar({ year: 2026, month: 1, day: 1 })).toBe('2026-02-17');
    expect(fromLunar({ year: 2033, month: 11, day: 1, leap: true })).toBe('2033-12-22');
    expect(toLunar('1985-01-21')).toEqual({ year: 1985, month: 1, day: 1, leap: false });
  });

  it('rejects what is not a date with the right code', () => {
    expect(codeOf(() => toLunar('2200-01-01'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => toLunar('1900-01-30'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => toLunar('2026-02-30'))).toBe('INVALID_DATE');
    expect(codeOf(() => fromLunar({ year: 2026, month: 13, day: 1 }))).toBe('INVALID_LUNAR_DATE');
    // Chạp Ất Tỵ (ends 2026-02-16) has 29 days.
    expect(codeOf(() => fromLunar({ year: 2025, month: 12, day: 30 }))).toBe('INVALID_LUNAR_DATE');
    expect(codeOf(() => fromLunar({ year: 2026, month: 6, day: 1, leap: true }))).toBe(
      'INVALID_LUNAR_DATE',
    );
    expect(codeOf(() => fromLunar({ year: 2199, month: 12, day: 1 }))).toBe('OUT_OF_RANGE');
    expect(fromLunar({ year: 2199, month: 11, day: 14 })).toBe('2199-12-31');
  });
});

function eqMonth(m: { year: number; month: number; leap: boolean }, l: LunarDate): boolean {
  return m.year === l.year && m.month === l.month && m.leap === l.leap;
}
