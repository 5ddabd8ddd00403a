import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParsePersonName } from './personName';

describe('safeParsePersonName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['  Nguyễn   Văn  An ', 'Nguyễn Văn An'],
    ['Trần\tThị\u00a0Bình', 'Trần Thị Bình'],
    ['H’Hen Niê', "H'Hen Niê"],
    ['Ksor H\u02bcWơn', "Ksor H'Wơn"],
    ['Y Wang Mlô', 'Y Wang Mlô'],
    ['Nguyễn Thị Mai-Anh', 'Nguyễn Thị Mai-Anh'],
    ['ĐẶNG THỊ HỒNG', 'ĐẶNG THỊ HỒNG'],
    ['An', 'An'],
  ])('accepts %j as %j', (input, value) => {
    expect(safeParsePersonName(input)).toEqual({ ok: true, value });
  });

  it('normalises decomposed (NFD) input to NFC', () => {
    const nfd = 'Nguyễn Văn Ân'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn Ân');
    expect(safeParsePersonName(nfd)).toEqual({ ok: true, value: 'Nguyễn Văn Ân' });
  });

  it.each([
    '',
    '   ',
    'Nguyễn Văn 2',
    'Nguyễn_Văn',
    'Nguyễn Văn An!',
    "'Hen",
    "H''Hen",
    'Mai-',
    '-Mai',
    'Nguyễn. Văn',
    'Иван Петров',
    '王小明',
    'Nguyễn Văn A <script>',
  ])('rejects %j', (input) => {
    expect(safeParsePersonName(input)).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'invalid_person_name' }],
    });
  });

  it('changes the case only when asked', () => {
    expect(safeParsePersonName('nguyễn văn an', { case: 'title' })).toEqual({
      ok: true,
      value: 'Nguyễn Văn An',
    });
    expect(safeParsePersonName("h'hen niê", { case: 'title' })).toEqual({
      ok: true,
      value: "H'Hen Niê",
    });
    expect(safeParsePersonName('đặng thị hồng', { case: 'upper' })).toEqual({
      ok: true,
      value: 'ĐẶNG THỊ HỒNG',
    });
    expect(safeParsePersonName('nguyễn văn an', { case: 'keep' })).toEqual({
      ok: true,
      value: 'nguyễn văn an',
    });
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = safeParsePersonName(s);
        if (!r.ok) return true;
        const again = safeParsePersonName(r.value);
        return again.ok && again.value === r.value;
      }),
    );
  });
});
