import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatCivilDate } from '../_lib/civil';
import { vietnamCalendar } from '../calendar/calendar';
import { daysOff, makeUpDays } from '../calendar/days';
import { isWorkingDay } from '../worktime/worktime';
import { officialYears } from './officialData';
import { lunarAnchors } from './rules';

const official = vietnamCalendar();
const rules = vietnamCalendar({ officialSchedules: false });
const YEARS = Object.keys(officialYears()).map(Number);

/** The weekdays of `year` on which the two calendars disagree, as 'YYYY-MM-DD official/rules'. */
function differences(
  year: number,
  from = daysFromCivil(year, 1, 1),
  to = daysFromCivil(year + 1, 1, 1),
) {
  const out: string[] = [];
  for (let d = from; d < to; d++) {
    const date = formatCivilDate(d);
    const a = isWorkingDay(official, date);
    const b = isWorkingDay(rules, date);
    if (a !== b) out.push(`${date} ${a ? 'work' : 'off'}/${b ? 'work' : 'off'}`);
  }
  return out;
}

describe('the statutory rules against every official year shipped', () => {
  it('ships official schedules for 2019–2026', () => {
    expect(YEARS).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each(YEARS)('reproduces the Tết days off of %i exactly', (year) => {
    const { tet } = lunarAnchors(year);
    expect(differences(year, tet - 14, tet + 14)).toEqual([]);
  });

  it.each(YEARS)(
    'differs in %i only where an official notice decides (swapped days, make-up Saturdays)',
    (year) => {
      const decided = new Set(
        [...daysOff(official, year), ...makeUpDays(official, year)]
          .filter((e) => e.kind === 'swapped' || e.kind === 'make-up')
          .map((e) => e.date),
      );
      // 2019 was still under the Labour Code 2012: one National Day day, which the rules know.
      const unexplained = differences(year).filter((d) => !decided.has(d.slice(0, 10)));
      expect(unexplained).toEqual([]);
    },
  );

  it('estimates 2027 and 2028 Tết as the Prime Minister has picked it every year since 2019', () => {
    const tet = (year: number) =>
      daysOff(official, year)
        .filter((e) => e.kind === 'tet' || (e.kind === 'compensatory' && e.name.en.includes('Tết')))
        .filter((e) => !e.onRestDay)
        .map((e) => e.date);
    expect(tet(2027)).toEqual([
      '2027-02-04',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
    expect(tet(2028)).toEqual([
      '2028-01-24',
      '2028-01-25',
      '2028-01-26',
      '2028-01-27',
      '2028-01-28',
    ]);
    expect(daysOff(official, 2027).every((e) => e.estimated)).toBe(true);
    expect(isWorkingDay(official, '2027-02-04')).toBe(false);
    expect(isWorkingDay(official, '2027-02-11')).toBe(true);
  });
});
