import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetMinutes } from './zone';

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
