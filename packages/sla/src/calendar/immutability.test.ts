import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, isWorkingTime } from '../worktime/worktime';
import { vietnamCalendar, withOverrides } from './calendar';
import { daysOff, describeDay, makeUpDays } from './days';

describe('a calendar is a value', () => {
  it('publishes no internals and is frozen', () => {
    const cal = vietnamCalendar();
    expect(Object.keys(cal).sort()).toEqual(['kind', 'standardDayMinutes', 'timeZone']);
    expect(Object.isFrozen(cal)).toBe(true);
    expect(JSON.parse(JSON.stringify(cal))).toEqual({
      kind: 'motcua.working-calendar',
      timeZone: 'Asia/Ho_Chi_Minh',
      standardDayMinutes: 480,
    });
  });

  it('answers the same whatever was asked first (rule-based years are not order-dependent)', () => {
    // 2030-01-01 is New Year's Day, a rule-based (estimated) year.
    const newYear = new Date('2030-01-01T09:00:00+07:00');
    const fresh = vietnamCalendar();
    expect(isWorkingTime(fresh, newYear)).toBe(false);
    expect(isWorkingDay(fresh, '2030-01-01')).toBe(false);
    expect(isWorkingTime(fresh, newYear)).toBe(false);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1991, max: 2198 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 364 }),
        (years, offset) => {
          const a = vietnamCalendar();
          const b = vietnamCalendar();
          for (const y of years) daysOff(a, y);
          const day = new Date(Date.UTC(years[0] ?? 2030, 0, 1 + offset, 2));
          expect(isWorkingTime(a, day)).toBe(isWorkingTime(b, day));
          expect(describeDay(a, day)).toEqual(describeDay(b, day));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('hands out frozen entries: a caller cannot turn Tết into working time for everyone', () => {
    const cal = vietnamCalendar();
    const tet = daysOff(cal, 2026).find((d) => d.date === '2026-02-16');
    expect(tet && Object.isFrozen(tet)).toBe(true);
    expect(() => {
      (tet as { kind: string }).kind = 'make-up';
    }).toThrow(TypeError);
    const desc = describeDay(cal, '2026-02-16');
    expect(Object.isFrozen(desc.entry)).toBe(true);
    expect(isWorkingDay(cal, '2026-02-16')).toBe(false);
    expect(Object.isFrozen(makeUpDays(cal, 2026)[0]?.name)).toBe(true);
  });

  it('copies the options: changing them afterwards changes nothing', () => {
    const overrides = [{ date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }] }];
    const schedule = {
      source: { document: 'Quyết định thử', confidence: 'high' as const },
      days: [
        { date: '2026-10-10', kind: 'local' as const, name: { vi: 'Ngày thử', en: 'Test day' } },
      ],
    };
    const cal = vietnamCalendar({ overrides, schedules: [schedule] });
    overrides[0] = { date: '2026-03-14', hours: [{ start: '08:00', end: '11:30' }] };
    (schedule.days[0] as { date: string }).date = '2026-10-12';
    (schedule.source as { document: string }).document = 'changed';
    expect(isWorkingDay(cal, '2026-03-07')).toBe(true);
    expect(isWorkingDay(cal, '2026-03-14')).toBe(false);
    expect(isWorkingDay(cal, '2026-10-10')).toBe(false);
    expect(isWorkingDay(cal, '2026-10-12')).toBe(true);
    expect(describeDay(cal, '2026-10-10').entry?.source?.document).toBe('Quyết định thử');
  });

  it('withOverrides leaves the base calendar as it was', () => {
    const base = vietnamCalendar();
    const ward = withOverrides(base, [
      { date: '2026-03-07', hours: [{ start: '08:00', end: '11:30' }] },
    ]);
    expect(isWorkingDay(ward, '2026-03-07')).toBe(true);
    expect(isWorkingDay(base, '2026-03-07')).toBe(false);
    expect(addWorkingDays(base, '2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays(ward, '2026-03-06', 1)).toBe('2026-03-07');
  });

  it('refuses what is not a calendar with a typed error', () => {
    for (const bad of [undefined, null, {}, JSON.parse(JSON.stringify(vietnamCalendar())), 'cal'])
      expect(() => isWorkingDay(bad as never, '2026-02-16')).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
  });

  it('officialSchedules: false gives the statutory rules alone, every year estimated', () => {
    const rules = vietnamCalendar({ officialSchedules: false });
    expect(isWorkingDay(rules, '2025-05-02')).toBe(true); // an official swap the rules cannot know
    expect(daysOff(rules, 2026).every((d) => d.estimated)).toBe(true);
    expect(daysOff(vietnamCalendar(), 2026).every((d) => !d.estimated)).toBe(true);
  });

  it("sector: 'private' keeps the statutory days and compensations, not the public sector's swaps", () => {
    const business = vietnamCalendar({ sector: 'private' });
    expect(isWorkingDay(business, '2025-05-02')).toBe(true); // swapped for civil servants only
    expect(isWorkingDay(business, '2025-04-26')).toBe(false); // their make-up Saturday
    expect(isWorkingDay(business, '2026-01-02')).toBe(true);
    expect(isWorkingDay(business, '2026-02-16')).toBe(false); // Tết
    expect(isWorkingDay(business, '2026-04-27')).toBe(false); // compensatory (Hùng Kings on Sunday)
    expect(daysOff(business, 2025).some((d) => d.kind === 'swapped')).toBe(false);
    expect(() => vietnamCalendar({ sector: 'ngo' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
