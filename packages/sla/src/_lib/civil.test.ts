import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  formatCivilDate,
  parseCivilDate,
  tryParseCivilDate,
  weekdayOf,
} from './civil';

describe('civil dates', () => {
  it('maps known dates to epoch days and weekdays', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(tryParseCivilDate('2026-02-17')).toBe(Date.UTC(2026, 1, 17) / 86_400_000);
    expect(weekdayOf(tryParseCivilDate('2026-02-17'))).toBe(2); // Tuesday
    expect(weekdayOf(tryParseCivilDate('1900-01-01'))).toBe(1); // Monday
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '2026-02-30',
      '2026-2-01',
      '2026-13-01',
      '0000-01-01',
      '2026-02-1x',
      '',
      '2025-02-29',
    ]) {
      expect(Number.isNaN(tryParseCivilDate(bad))).toBe(true);
    }
    expect(() => parseCivilDate('2026-02-30', 'fn')).toThrowError(/fn: expected a civil date/);
    expect(tryParseCivilDate('2024-02-29')).not.toBeNaN();
  });

  it('round-trips every day against the host-independent UTC calendar (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const p = civilFromDays(n);
        const iso = new Date(n * 86_400_000).toISOString();
        return (
          daysFromCivil(p.year, p.month, p.day) === n &&
          (p.year < 1 || p.year > 9999 || iso.startsWith(formatCivilDate(n)))
        );
      }),
    );
  });
});
