import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormsError } from '../errors';
import { formatVnd, safeParseVnd } from './money';

describe('safeParseVnd', () => {
  it.each([
    ['1.500.000', 1500000],
    ['1,500,000', 1500000],
    ['1500000 đ', 1500000],
    ['1500000đ', 1500000],
    ['1.500.000 VND', 1500000],
    ['1.500.000 VNĐ', 1500000],
    ['1 500 000 đồng', 1500000],
    ['₫1,500,000', 1500000],
    ['0', 0],
    ['200', 200],
    [1500000, 1500000],
    [0, 0],
  ] as const)('reads %j as %i', (input, value) => {
    expect(safeParseVnd(input)).toEqual({ ok: true, value });
  });

  it.each([
    '',
    'đ',
    '1.5',
    '1,50',
    '1.500,000',
    '1.500.00',
    '1,500.000',
    '-1.000',
    '1.500.000,00',
    '12ab',
    '9007199254740993',
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
  ])('rejects %j', (input) => {
    expect(safeParseVnd(input)).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'invalid_money' }],
    });
  });

  it('reads back what formatVnd writes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const r = safeParseVnd(formatVnd(n));
        return r.ok && r.value === n;
      }),
    );
  });
});

describe('formatVnd', () => {
  it('groups by threes with dots', () => {
    expect(formatVnd(1500000)).toBe('1.500.000 đ');
    expect(formatVnd(200000)).toBe('200.000 đ');
    expect(formatVnd(999)).toBe('999 đ');
    expect(formatVnd(0)).toBe('0 đ');
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 60])('throws INVALID_ARGUMENT for %d', (n) => {
    expect.assertions(1);
    try {
      formatVnd(n);
    } catch (e) {
      expect(isFormsError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
  });
});
