/**
 * The public-sector calendar and working-day arithmetic against the libraries a user would
 * otherwise pick: date-holidays (`isHoliday`, the npm market leader), date-fns `addBusinessDays`
 * (ignores holidays), moment-business-days (given the same holiday list), and a day-by-day loop
 * over date-holidays. Random dates 2019–2030, n in 1..30.
 */
import {
  addWorkingDays,
  daysOff,
  dueDate,
  isWorkingDay,
  makeUpDays,
  vietnamCalendar,
} from '@motcua/sla';
import { addBusinessDays } from 'date-fns';
import Holidays from 'date-holidays';
import type moment from 'moment';
import momentBusinessDays from 'moment-business-days';
import type { BenchCase } from '../harness';
import { cycle, randomCivilDates, rng } from '../harness';

const cal = vietnamCalendar();
const dates = randomCivilDates(4096, 2019, 2030, 7);
const nextDate = cycle(dates);
const next = rng(11);
const ns = Array.from({ length: 4096 }, () => 1 + Math.floor(next() * 30));
const nextN = cycle(ns);
const hd = new Holidays('VN');

// moment-business-days with the same public-sector list (days off and make-up days, 2019–2030).
const holidayList: string[] = [];
const workingList: string[] = [];
for (let y = 2019; y <= 2030; y++) {
  for (const d of daysOff(cal, y)) holidayList.push(d.date);
  for (const d of makeUpDays(cal, y)) workingList.push(d.date);
}
// biome-ignore lint/suspicious/noExplicitAny: moment-business-days augments moment at runtime
const mbd = momentBusinessDays as any as typeof moment;
// biome-ignore lint/suspicious/noExplicitAny: its locale options are untyped
(mbd as any).updateLocale('us', {
  holidays: holidayList,
  holidayFormat: 'YYYY-MM-DD',
  forcedBusinessDays: workingList,
  forcedBusinessDaysFormat: 'YYYY-MM-DD',
});

function dateHolidaysIsWorking(d: Date): boolean {
  const wd = d.getDay();
  return wd !== 0 && wd !== 6 && !hd.isHoliday(d);
}
function loopAdd(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00`);
  let left = n;
  while (left > 0) {
    d.setDate(d.getDate() + 1);
    if (dateHolidaysIsWorking(d)) left--;
  }
  return d.toISOString().slice(0, 10);
}

const receipts = Array.from(
  { length: 4096 },
  () => new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 12 * 365 * 1440) * 60_000),
);
const nextReceipt = cycle(receipts);

const cases: BenchCase[] = [
  {
    name: 'isWorkingDay on civil-date strings (random dates 2019–2030)',
    target: '> 5 M/s; date-holidays isHoliday about 300/s',
    ours: { name: '@motcua/sla isWorkingDay', fn: () => isWorkingDay(cal, nextDate()) },
    others: [
      {
        name: 'date-holidays isHoliday',
        fn: () => hd.isHoliday(new Date(`${nextDate()}T12:00:00`)),
      },
    ],
    verify() {
      // The anchors' known errors are not ours: date-holidays says the swapped 2025-05-02 is a working day.
      if (
        isWorkingDay(cal, '2025-05-02') ||
        !dateHolidaysIsWorking(new Date('2025-05-02T12:00:00'))
      ) {
        throw new Error('expected date-holidays to miss the 2025-05-02 swap and motcua to have it');
      }
    },
  },
  {
    name: 'addWorkingDays (random dates 2019–2030, n in 1..30)',
    target:
      '≥ date-fns addBusinessDays (ignores holidays); ≥ 100× moment-business-days; ≥ 10,000× a day-by-day loop over date-holidays',
    ours: {
      name: '@motcua/sla addWorkingDays',
      fn: () => addWorkingDays(cal, nextDate(), nextN()),
    },
    others: [
      {
        name: 'date-fns addBusinessDays (no holidays!)',
        fn: () => addBusinessDays(new Date(`${nextDate()}T00:00:00`), nextN()),
      },
      {
        name: 'moment-business-days businessAdd (same list)',
        fn: () => mbd(nextDate(), 'YYYY-MM-DD').businessAdd(nextN()).format('YYYY-MM-DD'),
      },
      { name: 'day-by-day loop over date-holidays', fn: () => loopAdd(nextDate(), nextN()) },
    ],
    verify() {
      const ours = addWorkingDays(cal, '2026-02-13', 1);
      const theirs = mbd('2026-02-13', 'YYYY-MM-DD').businessAdd(1).format('YYYY-MM-DD');
      if (ours !== '2026-02-23' || theirs !== '2026-02-23')
        throw new Error(`disagree: ${ours} vs ${theirs}`);
    },
  },
  {
    name: 'dueDate, working-hours convention, { workingDays: n } (random receipts 2019–2030)',
    target: '> 500 k/s',
    ours: {
      name: '@motcua/sla dueDate',
      fn: () => dueDate(cal, nextReceipt(), { workingDays: nextN() }),
    },
    others: [],
  },
  {
    name: 'building the public-sector calendar (a new calendar, first isWorkingDay)',
    target: 'well under a millisecond per year after the first use',
    ours: {
      name: '@motcua/sla vietnamCalendar + compile 1990–2199',
      fn: () => isWorkingDay(vietnamCalendar(), '2026-02-16'),
    },
    others: [],
  },
];
export default cases;
