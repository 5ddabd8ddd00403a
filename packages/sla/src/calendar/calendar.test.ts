import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlaError } from '../errors';
import { parseSchedule, safeParseSchedule } from '../schedule/schedule';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../worktime/worktime';
import { vietnamCalendar, withOverrides } from './calendar';
import { daysOff, describeDay, makeUpDays } from './days';
import { diffCalendars } from './diff';

const cal = vietnamCalendar();

// The domain file §4.2 machine-readable summary, copied verbatim: weekday days off | make-up Saturdays.
const SUMMARY = `
2019: 2019-01-01, 2019-02-04..2019-02-08, 2019-04-15, 2019-04-29, 2019-04-30, 2019-05-01, 2019-09-02 | 2019-01-05, 2019-05-04
2020: 2020-01-01, 2020-01-23, 2020-01-24, 2020-01-27..2020-01-29, 2020-04-02, 2020-04-30, 2020-05-01, 2020-09-02 | -
2021: 2021-01-01, 2021-02-10..2021-02-12, 2021-02-15, 2021-02-16, 2021-04-21, 2021-04-30, 2021-05-03, 2021-09-02, 2021-09-03 | -
2022: 2022-01-03, 2022-01-31..2022-02-04, 2022-04-11, 2022-05-02, 2022-05-03, 2022-09-01, 2022-09-02 | -
2023: 2023-01-02, 2023-01-20, 2023-01-23..2023-01-26, 2023-05-01..2023-05-03, 2023-09-01, 2023-09-04 | -
2024: 2024-01-01, 2024-02-08, 2024-02-09, 2024-02-12..2024-02-14, 2024-04-18, 2024-04-29..2024-05-01, 2024-09-02, 2024-09-03 | 2024-05-04
2025: 2025-01-01, 2025-01-27..2025-01-31, 2025-04-07, 2025-04-30..2025-05-02, 2025-09-01, 2025-09-02 | 2025-04-26
2026: 2026-01-01, 2026-01-02, 2026-02-16..2026-02-20, 2026-04-27, 2026-04-30, 2026-05-01, 2026-08-31, 2026-09-01, 2026-09-02 | 2026-01-10, 2026-08-22`;

function expand(list: string): string[] {
  const out: string[] = [];
  for (const item of list.split(',').map((s) => s.trim())) {
    if (item === '-' || item === '') continue;
    const [a, b = a] = item.split('..') as [string, string?];
    for (let t = Date.parse(`${a}T00:00:00Z`); t <= Date.parse(`${b}T00:00:00Z`); t += 86_400_000) {
      out.push(new Date(t).toISOString().slice(0, 10));
    }
  }
  return out;
}
const off = new Set<string>(['2018-12-31']);
const makeUp = new Set<string>();
for (const line of SUMMARY.trim().split('\n')) {
  const [, rest = ''] = line.split(': ');
  const [days = '', saturdays = ''] = rest.split('|');
  for (const d of expand(days)) off.add(d);
  for (const d of expand(saturdays)) makeUp.add(d);
}

describe('vietnamCalendar: the official public-sector schedules 2019–2026', () => {
  it('isWorkingDay matches every published weekday off and make-up Saturday, for every date', () => {
    let checked = 0;
    for (let t = Date.UTC(2018, 11, 31); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const date = d.toISOString().slice(0, 10);
      const weekday = d.getUTCDay();
      const expected = makeUp.has(date) || (weekday >= 1 && weekday <= 5 && !off.has(date));
      if (isWorkingDay(cal, date) !== expected) throw new Error(`${date}: expected ${expected}`);
      checked++;
    }
    expect(checked).toBe(2923);
  });

  it('gets right every day date-holidays gets wrong (anchors §1)', () => {
    for (const d of [
      '2025-01-27',
      '2025-09-01',
      '2024-09-03',
      '2024-04-29',
      '2025-05-02',
      '2026-04-27',
      '2023-01-02',
    ]) {
      expect(isWorkingDay(cal, d)).toBe(false);
    }
  });

  it('lists days off with kind, bilingual name, provenance', () => {
    const y2025 = daysOff(cal, 2025);
    expect(y2025.find((d) => d.date === '2025-05-02')).toMatchObject({
      kind: 'swapped',
      estimated: false,
      onRestDay: false,
    });
    expect(y2025.find((d) => d.date === '2025-01-29')?.name).toEqual({
      vi: 'Tết Nguyên đán',
      en: 'Lunar New Year (Tết)',
    });
    expect(y2025.every((d) => d.source?.document.length)).toBe(true);
    const y2026 = daysOff(cal, 2026);
    expect(y2026[0]).toMatchObject({ date: '2026-01-01', kind: 'holiday', estimated: false });
    expect(y2026.find((d) => d.date === '2026-04-26')).toMatchObject({
      onRestDay: true,
      kind: 'holiday',
    });
    expect(makeUpDays(cal, 2026).map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(makeUpDays(cal, 2025).map((d) => d.date)).toEqual(['2025-04-26']);
  });

  it("rates each day as the domain file rates its row (§4.2 table, §11): 'medium' where derived by rule or unconfirmed", () => {
    const medium = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].flatMap((y) =>
      [...daysOff(cal, y), ...makeUpDays(cal, y)]
        .filter((d) => d.source?.confidence === 'medium')
        .map((d) => d.date)
        .sort(),
    );
    expect(medium).toEqual([
      '2020-01-01',
      '2020-04-02',
      '2020-04-30',
      '2020-05-01',
      '2020-09-02',
      '2026-04-30',
      '2026-05-01',
      '2026-08-22',
      '2026-08-31',
    ]);
    expect(describeDay(cal, '2026-08-31').entry?.source?.confidence).toBe('medium');
    expect(describeDay(cal, '2026-02-17').entry?.source?.confidence).toBe('high');
  });

  it('Vietnam Culture Day (24/11) is pending: a working day unless cultureDayFrom says from when (domain file §4.1)', () => {
    expect(isWorkingDay(cal, '2026-11-24')).toBe(true);
    expect(isWorkingDay(cal, '2027-11-24')).toBe(true);
    const withCulture = vietnamCalendar({ cultureDayFrom: 2027 });
    expect(isWorkingDay(withCulture, '2026-11-24')).toBe(true); // before the first year
    expect(isWorkingDay(withCulture, '2027-11-24')).toBe(false); // a Wednesday
    expect(describeDay(withCulture, '2027-11-24')).toMatchObject({
      kind: 'day-off',
      name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
      entry: { kind: 'holiday', estimated: true, source: { confidence: 'medium' } },
    });
    // 24/11/2029 is a Saturday: Monday 26/11 is the compensatory day.
    expect(isWorkingDay(withCulture, '2029-11-26')).toBe(false);
    expect(describeDay(withCulture, '2029-11-26').entry?.kind).toBe('compensatory');
    expect(isWorkingDay(cal, '2029-11-26')).toBe(true);
    // Every year from the first: one weekday off per year.
    for (let y = 2027; y <= 2060; y++) {
      const extra = workingDaysBetween(withCulture, `${y}-01-01`, `${y}-12-31`);
      expect(workingDaysBetween(cal, `${y}-01-01`, `${y}-12-31`) - extra).toBe(1);
    }
    // A schedule published for a year decides that year.
    const schedule = parseSchedule({
      years: [2027],
      source: { document: 'Thông báo thử', confidence: 'high' },
      days: [
        { date: '2027-01-01', kind: 'holiday', name: { vi: 'Tết Dương lịch', en: 'New Year' } },
      ],
    });
    expect(
      isWorkingDay(vietnamCalendar({ cultureDayFrom: 2027, schedules: [schedule] }), '2027-11-24'),
    ).toBe(true);
    for (const bad of [2026.5, 1989, 2200, '2027', null])
      expect(() => vietnamCalendar({ cultureDayFrom: bad as never })).toThrowError(
        /cultureDayFrom/,
      );
  });

  it('projects years without a schedule from the rules, flagged estimated (2027 per the domain file)', () => {
    const y2027 = daysOff(cal, 2027);
    expect(y2027.every((d) => d.estimated)).toBe(true);
    const dates = y2027.map((d) => d.date);
    expect(dates).toContain('2027-01-01');
    expect(dates).toContain('2027-04-16'); // Hùng Kings, Friday
    expect(dates).toContain('2027-05-03'); // 1/5 is a Saturday → Monday 3/5
    expect(dates).toContain('2027-02-05'); // the last day of the old year (Tất niên)
    expect(dates).toContain('2027-09-03'); // Thursday 2/9 → Friday 3/9
    expect(isWorkingDay(cal, '2027-02-08')).toBe(false); // compensatory for Tết on the weekend
    expect(makeUpDays(cal, 2027)).toEqual([]); // swaps are never projected
  });
});

describe('working-day arithmetic', () => {
  it('skips Tết, weekends, swapped days; counts make-up Saturdays', () => {
    expect(addWorkingDays(cal, '2026-02-13', 1)).toBe('2026-02-23');
    expect(addWorkingDays(cal, '2025-04-25', 1)).toBe('2025-04-26');
    expect(addWorkingDays(cal, '2025-04-29', 1)).toBe('2025-05-05');
    expect(addWorkingDays(cal, '2026-02-21', 0)).toBe('2026-02-21');
    expect(workingDaysBetween(cal, '2026-02-13', '2026-02-27')).toBe(5);
    expect(workingDaysBetween(cal, '2026-02-27', '2026-02-13')).toBe(-5);
  });

  it('inverts: workingDaysBetween(d, addWorkingDays(d, n)) = n (property)', () => {
    const day = fc
      .integer({ min: 0, max: 12 * 366 })
      .map((i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -90, max: 90 }),
        (d, n) => workingDaysBetween(cal, d, addWorkingDays(cal, d, n)) === n,
      ),
    );
    fc.assert(
      fc.property(
        day,
        day,
        (a, b) =>
          !isWorkingDay(cal, b) || addWorkingDays(cal, a, workingDaysBetween(cal, a, b)) === b,
      ),
    );
  });

  it('is monotonic in n (property)', () => {
    const day = fc
      .integer({ min: 0, max: 12 * 366 })
      .map((i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -60, max: 59 }),
        (d, n) => addWorkingDays(cal, d, n) < addWorkingDays(cal, d, n + 1),
      ),
    );
  });

  it('reads a Date in the calendar zone whatever the host zone', () => {
    // 2026-02-15T18:00Z is Monday 16/2 01:00 in Hà Nội: Tết.
    expect(isWorkingDay(cal, new Date('2026-02-15T18:00:00Z'))).toBe(false);
    expect(isWorkingDay(cal, new Date('2026-02-22T18:00:00Z'))).toBe(true); // Mon 23/2 01:00
  });

  it('refuses a week without working time (it made every working-day search endless: fuzz finding)', () => {
    for (const options of [{ workdays: [] }, { hours: [] }, { workdays: [], hours: [] }])
      expect(() => vietnamCalendar(options)).toThrowError(/at least one working weekday/);
    // One working weekday is enough.
    expect(isWorkingDay(vietnamCalendar({ workdays: [0] }), '2026-03-01')).toBe(true);
  });

  it('throws typed errors for bad input', () => {
    expect(() => isWorkingDay(cal, '2026-02-30')).toThrowError(/civil date/);
    expect(() => addWorkingDays(cal, '2026-02-13', 1.5)).toThrowError(/safe integer/);
    try {
      addWorkingDays(cal, '2400-01-01', 1);
    } catch (e) {
      expect(isSlaError(e) && e.code).toBe('OUT_OF_RANGE');
    }
    expect(() => vietnamCalendar({ timeZone: 'Mars/Olympus' })).toThrowError(/time zone/);
    expect(() => vietnamCalendar({ hours: [{ start: '13:00', end: '12:00' }] })).toThrowError(
      /increasing/,
    );
  });
});

describe('composition, schedules and diffs', () => {
  it('a ward calendar = the public-sector calendar + a working Saturday morning the province ordered', () => {
    const ward = withOverrides(cal, [
      {
        date: '2026-03-07',
        hours: [{ start: '08:00', end: '11:30' }],
        name: { vi: 'Làm việc sáng thứ Bảy', en: 'Working Saturday morning' },
      },
    ]);
    expect(isWorkingDay(ward, '2026-03-07')).toBe(true);
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false); // the base is unchanged
    expect(describeDay(ward, '2026-03-07')).toMatchObject({
      kind: 'override',
      intervals: [{ start: '08:00', end: '11:30' }],
    });
    expect(
      diffCalendars(cal, ward, { from: '2026-03-01', to: '2026-03-31' }).map((c) => c.date),
    ).toEqual(['2026-03-07']);
  });

  it('loads a newer schedule from JSON, validated, replacing the estimated year', () => {
    const r = safeParseSchedule(
      JSON.parse(
        '{"years":[2027],"source":{"document":"Thông báo thử","confidence":"high"},"days":[{"date":"2027-01-01","kind":"holiday","name":{"vi":"Tết Dương lịch","en":"New Year"}},{"date":"2027-02-19","kind":"swapped","name":{"vi":"Hoán đổi","en":"Swap"}},{"date":"2027-02-27","kind":"make-up","name":{"vi":"Làm bù","en":"Make-up"}}]}',
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const next = vietnamCalendar({ schedules: [r.value] });
    expect(isWorkingDay(next, '2027-02-19')).toBe(false);
    expect(isWorkingDay(next, '2027-02-27')).toBe(true);
    expect(daysOff(next, 2027).every((d) => !d.estimated)).toBe(true);
    expect(
      diffCalendars(cal, next, { from: '2027-01-01', to: '2027-12-31' }).length,
    ).toBeGreaterThan(3);
  });

  it('rejects a bad schedule with bilingual issues', () => {
    const r = safeParseSchedule({
      source: { document: 'x', confidence: 'high' },
      days: [{ date: '2027-02-30', kind: 'holiday', name: { vi: 'a', en: 'b' } }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: ['days', 0, 'date'], code: 'custom' });
    expect(() => parseSchedule({ source: {}, days: [] }, { locale: 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_SCHEDULE' }),
    );
  });

  it('describes days for receipts', () => {
    expect(describeDay(cal, '2026-02-16')).toMatchObject({
      working: false,
      kind: 'day-off',
      name: { vi: 'Tết Nguyên đán' },
    });
    expect(describeDay(cal, '2026-02-21')).toMatchObject({
      working: false,
      kind: 'weekend',
      name: { vi: 'Thứ Bảy', en: 'Saturday' },
    });
    expect(describeDay(cal, '2026-01-10')).toMatchObject({ working: true, kind: 'make-up' });
  });
});

describe('time zones with a change of offset (fuzz finding)', () => {
  it('a calendar refuses a zone with daylight saving time: working time is counted in wall-clock minutes', () => {
    for (const timeZone of [
      'America/New_York',
      'America/Sao_Paulo',
      'Europe/Moscow',
      'America/Santo_Domingo',
    ])
      expect(() => vietnamCalendar({ timeZone })).toThrowError(
        expect.objectContaining({ code: 'INVALID_TIME_ZONE' }),
      );
    for (const timeZone of ['Asia/Ho_Chi_Minh', 'Asia/Saigon', 'Asia/Bangkok', 'UTC'])
      expect(vietnamCalendar({ timeZone }).timeZone).toBe(timeZone);
  });
});

describe("a schedule's years are checked as every other year (review finding)", () => {
  it('refuses years outside 1990–2199 and non-integers, as parseSchedule does', () => {
    for (const years of [[1800], [3000], [2027.5]])
      expect(() =>
        vietnamCalendar({
          schedules: [{ years, source: { document: 'x', confidence: 'high' }, days: [] } as never],
        }),
      ).toThrowError(
        expect.objectContaining({
          code: expect.stringMatching(/^(OUT_OF_RANGE|INVALID_ARGUMENT)$/),
        }),
      );
  });
});
