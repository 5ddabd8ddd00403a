import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateOf, fromLocal, offsetMinutes, startOfCivilDay } from './zone';

describe('historical offsets of the +7 zones', () => {
  it('tabulated offsets equal the runtime time-zone data on every instant 1900–1976 (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Asia/Ho_Chi_Minh', 'Asia/Saigon', 'Asia/Bangkok'),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(1976, 11, 31) }),
        (zone, ms) => {
          expect(offsetMinutes(zone, ms)).toBe(tzOffset(zone, new Date(ms)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is exact at the changes themselves (to the millisecond)', () => {
    const zone = 'Asia/Ho_Chi_Minh';
    // 1975-06-13: the South moved from UTC+8 to UTC+7.
    for (let ms = Date.UTC(1975, 5, 12, 12); ms < Date.UTC(1975, 5, 13, 12); ms += 60_000)
      expect(offsetMinutes(zone, ms)).toBe(tzOffset(zone, new Date(ms)));
  });
});

describe('fromLocal across a change of offset (fuzz finding)', () => {
  it('the start of a day whose midnight is skipped is the instant the day begins; a repeated hour gives its first instant', () => {
    for (const [date, zone] of [
      ['2018-11-04', 'America/Sao_Paulo'],
      ['2026-03-08', 'America/Havana'],
      ['2026-03-29', 'Asia/Beirut'],
      ['2026-03-08', 'America/New_York'],
      ['2026-11-01', 'America/New_York'],
    ] as const) {
      const t = startOfCivilDay(date, zone);
      expect(civilDateOf(t, zone)).toBe(date);
      expect(civilDateOf(new Date(t.getTime() - 1), zone)).not.toBe(date);
    }
    // New York, 1/11/2026: 01:30 happens twice (EDT, then EST); 03:00 once, in EST.
    const day = Date.UTC(2026, 10, 1) / 86_400_000;
    expect(new Date(fromLocal(day, 90, 'America/New_York')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(new Date(fromLocal(day, 180, 'America/New_York')).toISOString()).toBe(
      '2026-11-01T08:00:00.000Z',
    );
    // 8/3/2026: 02:30 does not exist; read with the offset before the change, it is 03:30 EDT.
    const spring = Date.UTC(2026, 2, 8) / 86_400_000;
    expect(new Date(fromLocal(spring, 150, 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });
});
