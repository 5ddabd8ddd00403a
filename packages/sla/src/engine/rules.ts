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
 * - a holiday on a weekly rest day gives the next working day off (Labour Code 2019 Art. 111 cl. 3).
 * No swap (hoán đổi) is ever projected: swaps are decided each year.
 *
 * @internal
 * @module
 */
import { daysFromCivil, formatCivilDate } from '../_lib/civil';
import { SlaError } from '../errors';
import type { DayEntry } from './calendar';
import { holidayName } from './calendar';

// Tết (lunar 1/1) and Hùng Kings (lunar 10/3) 1990–2050 as MMDDMMDD, from the domain file §5.1
// (Hồ Ngọc Đức's algorithm at UTC+7).
const ANCHORS =
  '01270405 02150424 02040412 01230401 02100420 01310409 02190427 02070416 01280406 02160425 02050414 01240403 02120422 02010411 01220428 02090418 01290407 02170426 02070415 01260404 02140423 02030412 01230331 02100419 01310409 02190428 02080416 01280406 02160425 02050414 01250402 02120421 02010410 01220429 02100418 01290407 02170426 02060416 01260404 02130423 02020412 01230401 02110419 01310409 02190428 02080417 01280406 02150424 02040413 01240403 02120420 02010410 01220429 02100419 01300407 02170426 02060415 01260404 02140422 02020411 01230401';

/** Epoch days of Tết and Hùng Kings of `year`. @internal */
export function lunarAnchors(year: number): { readonly tet: number; readonly hungKings: number } {
  const i = year - 1990;
  const code = ANCHORS.slice(i * 9, i * 9 + 8);
  if (i < 0 || code.length !== 8) {
    throw new SlaError(
      'OUT_OF_RANGE',
      {
        en: `no lunar anchors for ${year} (1990–2050)`,
        vi: `không có mốc âm lịch cho năm ${year} (1990–2050)`,
      },
      { year },
    );
  }
  const n = (a: number) => Number(code.slice(a, a + 2));
  return { tet: daysFromCivil(year, n(0), n(2)), hungKings: daysFromCivil(year, n(4), n(6)) };
}

const SOURCE = {
  document: 'Labour Code 2019 Art. 111–112 (rules; no official schedule)',
  confidence: 'rule',
} as const;

/** The rule-based days off of `year`. `works(day)` tells whether a day is a weekly working day. @internal */
export function projectedYear(year: number, works: (day: number) => boolean): DayEntry[] {
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
      source: SOURCE,
      estimated: true,
      onRestDay: rest,
    });
    if (rest) {
      let d = h.day + 1;
      while (!works(d) || off.has(d)) d++;
      off.add(d);
      out.push({
        date: formatCivilDate(d),
        kind: 'compensatory',
        name: holidayName(h.key),
        source: SOURCE,
        estimated: true,
        onRestDay: false,
      });
    }
  }
  return out;
}
