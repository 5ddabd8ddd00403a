/**
 * The statutory rules, for years without a published public-sector schedule (estimated entries).
 *
 * - New Year 1/1, Victory Day 30/4, Labour Day 1/5, National Day 2/9 (Labour Code 2012 Art. 115,
 *   2019 Art. 112); from 2021 a second National Day day, the one the Prime Minister most often picks
 *   for that weekday (Mon → Tue 3/9, Tue/Wed/Fri/Sat → the day before, Thu → Fri, Sun → Mon: the rule
 *   python-holidays uses);
 * - Tết: from 2013 five days, the last day of the old lunar year and lunar 1/1–4/1 (the 2019, 2022
 *   and 2026 pattern); before 2013 four days (the last day and 1/1–3/1);
 * - Hùng Kings (lunar 10/3), from 2007;
 * - a holiday on a weekly rest day gives the next working day off (Labour Code 2019 Art. 111 cl. 3),
 *   except a Tết day on a Saturday, which gives the previous working day off: the days the Prime
 *   Minister picked in every year 2019–2026 (domain file §11; the rule is an inference, checked
 *   against every official year by the tests). 2027: 4, 5, 8, 9 and 10 February.
 * No swap (hoán đổi) is ever projected: swaps are decided each year.
 *
 * @internal
 * @module
 */
import { daysFromCivil, formatCivilDate, parseCivilDate, weekdayOf } from '../_lib/civil';
import { fromLunar } from '../lunar/lunar';
import { holidayName } from './names';
import type { DayEntry } from './types';

/** Epoch days of Tết (lunar 1/1) and Hùng Kings (lunar 10/3) of `year`, from the lunar calendar. @internal */
export function lunarAnchors(year: number): { readonly tet: number; readonly hungKings: number } {
  return {
    tet: parseCivilDate(fromLunar({ year, month: 1, day: 1 }), 'vietnamCalendar'),
    hungKings: parseCivilDate(fromLunar({ year, month: 3, day: 10 }), 'vietnamCalendar'),
  };
}

const SOURCE = {
  document: 'Labour Code 2019 Art. 111–112 (rules; no official schedule)',
  confidence: 'rule',
} as const;
const CULTURE_DAY_SOURCE = {
  document: 'Resolution 80-NQ/TW (7/1/2026), pending the Labour Code amendment (cultureDayFrom)',
  confidence: 'medium',
} as const;

/**
 * The rule-based days off of `year`. `works(day)` tells whether a day is a weekly working day;
 * `cultureDay`, whether Vietnam Culture Day (24/11, pending a Labour Code amendment) is one of
 * them. @internal
 */
export function projectedYear(
  year: number,
  works: (day: number) => boolean,
  cultureDay = false,
): DayEntry[] {
  const holidays: { day: number; key: string; tet: boolean }[] = [];
  const fixed = (m: number, d: number, key: string) =>
    holidays.push({ day: daysFromCivil(year, m, d), key, tet: false });
  fixed(1, 1, 'newYear');
  const { tet, hungKings } = lunarAnchors(year);
  const tetDays = year >= 2013 ? 5 : 4;
  for (let k = -1; k < tetDays - 1; k++) holidays.push({ day: tet + k, key: 'tet', tet: true });
  if (year >= 2007) holidays.push({ day: hungKings, key: 'hungKings', tet: false });
  fixed(4, 30, 'victory');
  fixed(5, 1, 'labour');
  fixed(9, 2, 'national');
  if (cultureDay) fixed(11, 24, 'cultureDay');
  if (year >= 2021) {
    const nd = daysFromCivil(year, 9, 2);
    const wd = (((nd + 4) % 7) + 7) % 7; // 0 = Sunday
    const other = wd === 1 || wd === 4 || wd === 0 ? nd + 1 : nd - 1;
    holidays.push({ day: other, key: 'national', tet: false });
  }
  // Tết of the next lunar year can start in late December? Never before 21/1, so no overlap.
  holidays.sort((a, b) => a.day - b.day);
  const off = new Set(holidays.map((h) => h.day));
  const out: DayEntry[] = [];
  for (const h of holidays) {
    const rest = !works(h.day);
    out.push({
      date: formatCivilDate(h.day),
      kind: h.tet ? 'tet' : 'holiday',
      name: holidayName(h.key),
      source: h.key === 'cultureDay' ? CULTURE_DAY_SOURCE : SOURCE,
      estimated: true,
      onRestDay: rest,
    });
    if (rest) {
      // A Tết day on a Saturday moves to the previous working day, one on another rest day to the
      // next working day (every official year 2019–2026 follows this; tested against each).
      // Other holidays: the next working day (Labour Code 2019 Art. 111 cl. 3).
      const back = h.tet && weekdayOf(h.day) === 6;
      let d = back ? h.day - 1 : h.day + 1;
      while (!works(d) || off.has(d)) d += back ? -1 : 1;
      off.add(d);
      out.push({
        date: formatCivilDate(d),
        kind: 'compensatory',
        name: holidayName(h.key),
        source: h.key === 'cultureDay' ? CULTURE_DAY_SOURCE : SOURCE,
        estimated: true,
        onRestDay: false,
      });
    }
  }
  return out;
}
