import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseVnDate } from './date';

describe('safeParseVnDate', () => {
  it.each([
    ['05/03/2025', '2025-03-05'],
    ['5/3/2025', '2025-03-05'],
    ['05.03.2025', '2025-03-05'],
    ['05-03-2025', '2025-03-05'],
    [' 2025-03-05 ', '2025-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/1000', '1000-12-31'],
  ])('reads %j as %s', (input, value) => {
    expect(safeParseVnDate(input)).toEqual({ ok: true, value });
  });

  it.each([
    '',
    '29/02/2025',
    '29/02/1900',
    '31/04/2025',
    '00/01/2025',
    '01/13/2025',
    '2025-3-5',
    '2025/03/05',
    '05/03/25',
    '2025-03-05T00:00:00Z',
    '01/01/0999',
    'hôm nay',
  ])('rejects %j', (input) => {
    expect(safeParseVnDate(input)).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'invalid_date' }],
    });
  });

  it('agrees with the proleptic Gregorian calendar and round-trips (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }),
        (day) => {
          const iso = new Date(day * 864e5).toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          const vn = safeParseVnDate(`${d}/${m}/${y}`);
          const back = safeParseVnDate(iso);
          return vn.ok && vn.value === iso && back.ok && back.value === iso;
        },
      ),
    );
  });
});
