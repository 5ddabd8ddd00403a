import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateOf } from '../_lib/zone';
import { isSlaError } from '../errors';
import { formatInstant } from './instant';

describe('formatInstant (whatever the host zone)', () => {
  it('writes receipts and letters the way forms and citizens read them', () => {
    expect(formatInstant('2026-02-27T03:00:00Z')).toBe('Thứ Sáu, 27/02/2026, 10:00');
    expect(formatInstant(new Date('2026-02-13T09:00:00+07:00'), { style: 'letter' })).toBe(
      '09 giờ 00 phút, ngày 13 tháng 02 năm 2026',
    );
    expect(formatInstant('2026-02-27T03:00:00Z', { locale: 'en' })).toBe(
      'Friday 27 February 2026, 10:00',
    );
    expect(formatInstant('2026-03-01T03:00:00Z', { style: 'date' })).toBe('Chủ nhật, 01/03/2026');
    // The first day of Tết 2026, with the lunar date beside it.
    expect(formatInstant('2026-02-17T03:00:00Z', { style: 'date', lunar: true })).toBe(
      'Thứ Ba, 17/02/2026 (âm lịch: ngày 1 tháng Giêng năm Bính Ngọ)',
    );
  });

  it('reads the instant in the calendar’s zone: 20:00 UTC is the next day in Hà Nội', () => {
    expect(formatInstant('2026-02-13T20:00:00Z', { style: 'date' })).toBe('Thứ Bảy, 14/02/2026');
    expect(formatInstant('2026-02-13T20:00:00Z', { style: 'date', timeZone: 'UTC' })).toBe(
      'Thứ Sáu, 13/02/2026',
    );
  });

  it('agrees with the civil date and time in Việt Nam (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 * 365 * 1440 }), (m) => {
        const d = new Date(Date.UTC(1990, 0, 1) + m * 60_000);
        const local = new Date(d.getTime() + 7 * 3_600_000).toISOString(); // +07:00 since 1975
        const [date = '', time = ''] = local.split('T');
        const [y, mo, day] = date.split('-');
        expect(formatInstant(d, { style: 'letter' })).toBe(
          `${time.slice(0, 2)} giờ ${time.slice(3, 5)} phút, ngày ${day} tháng ${mo} năm ${y}`,
        );
      }),
    );
  });

  it('refuses what it cannot read with a typed error', () => {
    for (const [input, options] of [
      ['2026-02-13T10:00:00', undefined],
      ['2026-02-13T03:00:00Z', { style: 'poem' }],
      ['2026-02-13T03:00:00Z', { locale: 'fr' }],
      ['2026-02-13T03:00:00Z', { timeZone: 'Mars/Olympus' }],
    ] as const) {
      try {
        formatInstant(input, options as never);
        throw new Error('no error');
      } catch (e) {
        expect(isSlaError(e)).toBe(true);
      }
    }
  });
});

describe('the edges of Date (fuzz finding)', () => {
  it('formatInstant and civilDateOf refuse an instant whose local year cannot be written, never print NaN', () => {
    for (const at of [new Date(8.64e15), new Date(-8.64e15), new Date('9999-12-31T17:00:00Z')]) {
      for (const f of [() => formatInstant(at), () => civilDateOf(at)]) {
        expect(f).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
      }
    }
    expect(civilDateOf(new Date('9999-12-31T16:59:59Z'))).toBe('9999-12-31');
    expect(civilDateOf(new Date('0001-01-01T00:00:00Z'))).toBe('0001-01-01');
  });
});
