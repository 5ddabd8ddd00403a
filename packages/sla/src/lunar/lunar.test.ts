/// <reference types="node" />

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../_lib/civil';
import { isSlaError } from '../errors';
import { cycle, epochDayOfJd } from './astronomy';
import { generateTable } from './encode';
import { canChi, formatLunarDate, fromLunar, lunarMonthName, lunarYear, toLunar } from './lunar';
import { LUNAR_TABLE } from './table.generated';

// Domain file §5.1 (Hồ Ngọc Đức's algorithm at UTC+7): lunar year, Tết, last day of the previous
// year, length of its Chạp, Hùng Kings (10/3), leap month (0 = none).
const TABLE_5_1: [number, string, string, number, string, number][] = [
  [1990, '1990-01-27', '1990-01-26', 30, '1990-04-05', 5],
  [1991, '1991-02-15', '1991-02-14', 30, '1991-04-24', 0],
  [1992, '1992-02-04', '1992-02-03', 30, '1992-04-12', 0],
  [1993, '1993-01-23', '1993-01-22', 30, '1993-04-01', 3],
  [1994, '1994-02-10', '1994-02-09', 29, '1994-04-20', 0],
  [1995, '1995-01-31', '1995-01-30', 30, '1995-04-09', 8],
  [1996, '1996-02-19', '1996-02-18', 30, '1996-04-27', 0],
  [1997, '1997-02-07', '1997-02-06', 29, '1997-04-16', 0],
  [1998, '1998-01-28', '1998-01-27', 30, '1998-04-06', 5],
  [1999, '1999-02-16', '1999-02-15', 30, '1999-04-25', 0],
  [2000, '2000-02-05', '2000-02-04', 29, '2000-04-14', 0],
  [2001, '2001-01-24', '2001-01-23', 29, '2001-04-03', 4],
  [2002, '2002-02-12', '2002-02-11', 30, '2002-04-22', 0],
  [2003, '2003-02-01', '2003-01-31', 29, '2003-04-11', 0],
  [2004, '2004-01-22', '2004-01-21', 30, '2004-04-28', 2],
  [2005, '2005-02-09', '2005-02-08', 30, '2005-04-18', 0],
  [2006, '2006-01-29', '2006-01-28', 29, '2006-04-07', 7],
  [2007, '2007-02-17', '2007-02-16', 29, '2007-04-26', 0],
  [2008, '2008-02-07', '2008-02-06', 30, '2008-04-15', 0],
  [2009, '2009-01-26', '2009-01-25', 30, '2009-04-04', 5],
  [2010, '2010-02-14', '2010-02-13', 30, '2010-04-23', 0],
  [2011, '2011-02-03', '2011-02-02', 30, '2011-04-12', 0],
  [2012, '2012-01-23', '2012-01-22', 29, '2012-03-31', 4],
  [2013, '2013-02-10', '2013-02-09', 29, '2013-04-19', 0],
  [2014, '2014-01-31', '2014-01-30', 30, '2014-04-09', 9],
  [2015, '2015-02-19', '2015-02-18', 30, '2015-04-28', 0],
  [2016, '2016-02-08', '2016-02-07', 29, '2016-04-16', 0],
  [2017, '2017-01-28', '2017-01-27', 30, '2017-04-06', 6],
  [2018, '2018-02-16', '2018-02-15', 30, '2018-04-25', 0],
  [2019, '2019-02-05', '2019-02-04', 30, '2019-04-14', 0],
  [2020, '2020-01-25', '2020-01-24', 30, '2020-04-02', 4],
  [2021, '2021-02-12', '2021-02-11', 30, '2021-04-21', 0],
  [2022, '2022-02-01', '2022-01-31', 29, '2022-04-10', 0],
  [2023, '2023-01-22', '2023-01-21', 30, '2023-04-29', 2],
  [2024, '2024-02-10', '2024-02-09', 30, '2024-04-18', 0],
  [2025, '2025-01-29', '2025-01-28', 29, '2025-04-07', 6],
  [2026, '2026-02-17', '2026-02-16', 29, '2026-04-26', 0],
  [2027, '2027-02-06', '2027-02-05', 29, '2027-04-16', 0],
  [2028, '2028-01-26', '2028-01-25', 29, '2028-04-04', 5],
  [2029, '2029-02-13', '2029-02-12', 29, '2029-04-23', 0],
  [2030, '2030-02-02', '2030-02-01', 29, '2030-04-12', 0],
  [2031, '2031-01-23', '2031-01-22', 29, '2031-04-01', 3],
  [2032, '2032-02-11', '2032-02-10', 29, '2032-04-19', 0],
  [2033, '2033-01-31', '2033-01-30', 30, '2033-04-09', 11],
  [2034, '2034-02-19', '2034-02-18', 30, '2034-04-28', 0],
  [2035, '2035-02-08', '2035-02-07', 30, '2035-04-17', 0],
  [2036, '2036-01-28', '2036-01-27', 30, '2036-04-06', 6],
  [2037, '2037-02-15', '2037-02-14', 30, '2037-04-24', 0],
  [2038, '2038-02-04', '2038-02-03', 30, '2038-04-13', 0],
  [2039, '2039-01-24', '2039-01-23', 29, '2039-04-03', 5],
  [2040, '2040-02-12', '2040-02-11', 29, '2040-04-20', 0],
  [2041, '2041-02-01', '2041-01-31', 29, '2041-04-10', 0],
  [2042, '2042-01-22', '2042-01-21', 30, '2042-04-29', 2],
  [2043, '2043-02-10', '2043-02-09', 30, '2043-04-19', 0],
  [2044, '2044-01-30', '2044-01-29', 30, '2044-04-07', 7],
  [2045, '2045-02-17', '2045-02-16', 30, '2045-04-26', 0],
  [2046, '2046-02-06', '2046-02-05', 30, '2046-04-15', 0],
  [2047, '2047-01-26', '2047-01-25', 30, '2047-04-04', 5],
  [2048, '2048-02-14', '2048-02-13', 30, '2048-04-22', 0],
  [2049, '2049-02-02', '2049-02-01', 29, '2049-04-11', 0],
  [2050, '2050-01-23', '2050-01-22', 29, '2050-04-01', 3],
];

/**
 * An independent reference: converts one date at a time straight from the astronomy, by locating
 * the month-11 anchors around the date and counting new moons, without the table or its encoder.
 */
/** The cycles computed so far (the reference is run on every day of 300 years). */
const cycles = new Map<string, ReturnType<typeof cycle>>();

function reference(
  date: string,
  tz: number,
): { year: number; month: number; day: number; leap: boolean } {
  const day = daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
  const gy = Number(date.slice(0, 4));
  for (const y of [gy, gy + 1]) {
    const key = `${y}@${tz}`;
    let c = cycles.get(key);
    if (c === undefined) {
      c = cycle(y, tz);
      cycles.set(key, c);
    }
    const months = c.months.map((m) => ({ ...m, start: epochDayOfJd(m.start) }));
    const end = epochDayOfJd(c.end);
    const first = months[0];
    if (first === undefined || day < first.start || day >= end) continue;
    for (let i = months.length - 1; i >= 0; i--) {
      const m = months[i];
      if (m !== undefined && day >= m.start)
        return {
          year: m.month >= 11 ? y - 1 : y,
          month: m.month,
          day: day - m.start + 1,
          leap: m.leap,
        };
    }
  }
  throw new Error(`reference: no month for ${date}`);
}

describe('lunar calendar', () => {
  it('meets the contract', () => {
    expect(toLunar('2026-02-17')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(fromLunar({ year: 2026, month: 1, day: 1 })).toBe('2026-02-17');
    const leap11 = fromLunar({ year: 2033, month: 11, day: 1, leap: true });
    expect(toLunar(leap11)).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(lunarYear(2033).leapMonth).toBe(11);
  });

  it('agrees with every Tết, Hùng Kings and leap month of the domain file §5.1 (1990–2050)', () => {
    expect(TABLE_5_1.length).toBe(61);
    for (const [year, tet, tatNien, chap, hung, leap] of TABLE_5_1) {
      expect(fromLunar({ year, month: 1, day: 1 })).toBe(tet);
      expect(toLunar(tatNien)).toMatchObject({ year: year - 1, month: 12, day: chap });
      expect(fromLunar({ year, month: 3, day: 10 })).toBe(hung);
      expect(lunarYear(year).leapMonth).toBe(leap === 0 ? null : leap);
    }
  });

  it('gives the Vietnamese Tết where Chinese-calendar libraries do not', () => {
    expect(lunarYear(1985).newYear).toBe('1985-01-21');
    expect(lunarYear(2007).newYear).toBe('2007-02-17');
    expect(lunarYear(2030).newYear).toBe('2030-02-02');
    expect(lunarYear(2053).newYear).toBe('2053-02-18');
    // The same algorithm at UTC+8 gives China's dates.
    const cnTet = (y: number) =>
      formatCivilDate(
        epochDayOfJd(cycle(y, 8).months.find((m) => m.month === 1 && !m.leap)?.start ?? 0),
      );
    expect([1985, 2007, 2030, 2053].map(cnTet)).toEqual([
      '1985-02-20',
      '2007-02-18',
      '2030-02-03',
      '2053-02-19',
    ]);
    // 1968: the first Vietnamese (UTC+7) year: 29/1, the North's date (the South, on UTC+8, had 30/1).
    expect(lunarYear(1968).newYear).toBe('1968-01-29');
    expect(cnTet(1968)).toBe('1968-01-30');
  });

  it('never returns "day 0" (the reference code convertSolar2Lunar does on these dates)', () => {
    for (const d of ['2054-05-07', '2062-04-09']) {
      const l = toLunar(d);
      expect(l.day).toBeGreaterThanOrEqual(1);
      expect(fromLunar(l)).toBe(d);
    }
  });

  it('agrees with an independent per-date computation on every day 1900–2199 (UTC+8 before 8/8/1967, UTC+7 from then)', () => {
    let checked = 0;
    for (let d = daysFromCivil(1900, 1, 31); d <= daysFromCivil(2199, 12, 31); d += 1) {
      const date = formatCivilDate(d);
      const mine = toLunar(date);
      const ref = reference(date, date >= '1967-08-08' ? 7 : 8);
      if (
        mine.year !== ref.year ||
        mine.month !== ref.month ||
        mine.day !== ref.day ||
        mine.leap !== ref.leap
      ) {
        throw new Error(
          `${date}: table ${JSON.stringify(mine)} vs reference ${JSON.stringify(ref)}`,
        );
      }
      checked++;
    }
    expect(checked).toBe(daysFromCivil(2199, 12, 31) - daysFromCivil(1900, 1, 31) + 1);
  });

  it('after 2053, months follow the full new-moon series (Tết 2175 and 2199 a day earlier than the abridged one)', () => {
    expect(lunarYear(2175).newYear).toBe('2175-01-22');
    expect(lunarYear(2199).newYear).toBe('2199-01-26');
    expect(toLunar('2072-12-09')).toEqual({ year: 2072, month: 11, day: 1, leap: false });
    // The one day @dqcai/vn-lunar answers otherwise: the new moon is 0.4 minute after midnight.
    expect(toLunar('2054-05-07')).toEqual({ year: 2054, month: 3, day: 30, leap: false });
  });

  it('the committed table is exactly what the generator computes', () => {
    const generated = generateTable();
    expect(generated).toContain(LUNAR_TABLE.slice(0, 60));
    const file = readFileSync(new URL('./table.generated.ts', import.meta.url), 'utf8');
    expect(file).toBe(generated);
  });

  it('round-trips and is monotonic (properties)', () => {
    const day = fc
      .integer({ min: daysFromCivil(1900, 1, 31), max: daysFromCivil(2199, 12, 31) })
      .map(formatCivilDate);
    fc.assert(fc.property(day, (d) => fromLunar(toLunar(d)) === d));
    fc.assert(
      fc.property(day, (d) => {
        const a = toLunar(d);
        const next = formatCivilDate(
          daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) + 1,
        );
        if (next > '2199-12-31') return true;
        const b = toLunar(next);
        return b.day === a.day + 1 ? b.month === a.month && b.leap === a.leap : b.day === 1;
      }),
    );
  });

  it('reads a Date in Hà Nội whatever the host zone', () => {
    expect(toLunar(new Date('2026-02-16T17:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      leap: false,
    }); // 00:30 on 17/2 in Hà Nội
  });

  it('names years, months and days', () => {
    expect(canChi('2026-02-17')).toMatchObject({ year: 'Bính Ngọ', month: 'Canh Dần' });
    expect(canChi('2025-01-29').year).toBe('Ất Tỵ');
    expect(canChi('2000-01-01').day).toBe('Mậu Ngọ');
    expect(lunarMonthName(1)).toBe('tháng Giêng');
    expect(lunarMonthName(12)).toBe('tháng Chạp');
    expect(lunarMonthName(4, true)).toBe('tháng Tư nhuận');
    expect(lunarMonthName(11, true, 'en')).toBe('leap 11th month');
    expect(formatLunarDate(toLunar('2026-02-17'))).toBe('ngày 1 tháng Giêng năm Bính Ngọ');
  });

  it('rejects bad input with typed errors, never a wrong date', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isSlaError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => toLunar('2200-01-01'))).toBe('OUT_OF_RANGE');
    expect(code(() => toLunar('1900-01-30'))).toBe('OUT_OF_RANGE');
    expect(code(() => toLunar('2026-02-30'))).toBe('INVALID_DATE');
    expect(code(() => toLunar(new Date('2026-02-17T00:00:00Z'), { timeZone: 'Mars/Base' }))).toBe(
      'INVALID_TIME_ZONE',
    );
    expect(code(() => fromLunar({ year: 2026, month: 13, day: 1 }))).toBe('INVALID_LUNAR_DATE');
    expect(code(() => fromLunar({ year: 2026, month: 1, day: 31 }))).toBe('INVALID_LUNAR_DATE');
    expect(code(() => fromLunar({ year: 2026, month: 12, day: 30 }))).toBe(
      lunarYear(2026).months.at(-1)?.days === 30 ? 'none' : 'INVALID_LUNAR_DATE',
    );
    expect(code(() => fromLunar({ year: 2026, month: 5, day: 1, leap: true }))).toBe(
      'INVALID_LUNAR_DATE',
    );
    expect(code(() => fromLunar({ year: 2200, month: 1, day: 1 }))).toBe('OUT_OF_RANGE');
  });
});
