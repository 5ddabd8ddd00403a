import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormsError } from '../errors';
import {
  communesOf,
  foldVietnamese,
  isCommuneInProvince,
  lookupCommune,
  lookupProvince,
  provinces,
  searchUnits,
} from './units';

const names = (hits: ReturnType<typeof searchUnits>) =>
  hits.map((h) =>
    h.level === 'province' ? h.province.name : `${h.commune.name}, ${h.commune.province.name}`,
  );

describe('administrative units 2025', () => {
  it('has 34 provinces and 3,321 communes, 126 in Hà Nội', () => {
    expect(provinces()).toHaveLength(34);
    expect(provinces().reduce((n, p) => n + (communesOf(p.code)?.length ?? 0), 0)).toBe(3321);
    expect(communesOf('01')).toHaveLength(126);
  });

  it('counts wards, communes and special zones as in the Decision 19/2025 data', () => {
    const kinds = { phuong: 0, xa: 0, dac_khu: 0 };
    for (const p of provinces()) for (const c of communesOf(p.code) ?? []) kinds[c.kind]++;
    expect(kinds).toEqual({ phuong: 687, xa: 2621, dac_khu: 13 });
    const hanoi = communesOf('01') ?? [];
    expect(hanoi.filter((c) => c.kind === 'phuong')).toHaveLength(51);
    expect(hanoi.filter((c) => c.kind === 'xa')).toHaveLength(75);
  });

  it('looks a commune up (contract: exactly these keys)', () => {
    expect(lookupCommune('00235')).toStrictEqual({
      code: '00235',
      name: 'Phường Đống Đa',
      kind: 'phuong',
      province: { code: '01', name: 'Thành phố Hà Nội' },
    });
    expect(Object.keys(lookupCommune('00235') ?? {})).toEqual(['code', 'name', 'kind', 'province']);
  });

  it.each([
    ['26732', 'Đặc khu Côn Đảo', 'dac_khu', '79'],
    ['31078', 'Đặc khu Phú Quốc', 'dac_khu', '91'],
    ['00070', 'Phường Hoàn Kiếm', 'phuong', '01'],
  ])('looks up %s', (code, name, kind, province) => {
    expect(lookupCommune(code)).toMatchObject({ code, name, kind, province: { code: province } });
  });

  it('returns undefined for unknown codes', () => {
    expect(lookupCommune('99999')).toBeUndefined();
    expect(lookupCommune('235')).toBeUndefined();
    expect(lookupCommune('')).toBeUndefined();
    expect(lookupProvince('02')).toBeUndefined(); // Hà Giang, merged into Tuyên Quang
    expect(lookupProvince('1')).toBeUndefined();
    expect(communesOf('02')).toBeUndefined();
  });

  it('lists the provinces in code order with their full names', () => {
    expect(provinces()[0]).toEqual({ code: '01', name: 'Thành phố Hà Nội' });
    expect(lookupProvince('79')).toEqual({ code: '79', name: 'Thành phố Hồ Chí Minh' });
    expect(lookupProvince('04')).toEqual({ code: '04', name: 'Tỉnh Cao Bằng' });
    expect(lookupProvince('46')).toEqual({ code: '46', name: 'Thành phố Huế' });
    const codes = provinces().map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(provinces().filter((p) => p.name.startsWith('Thành phố '))).toHaveLength(6);
  });

  it('hands out frozen objects, so the shared cache cannot be corrupted', () => {
    const c = lookupCommune('00235');
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c?.province)).toBe(true);
    expect(Object.isFrozen(provinces())).toBe(true);
    expect(Object.isFrozen(communesOf('01'))).toBe(true);
  });

  it('checks membership', () => {
    expect(isCommuneInProvince('00235', '01')).toBe(true);
    expect(isCommuneInProvince('00235', '79')).toBe(false);
    expect(isCommuneInProvince('99999', '01')).toBe(false);
  });

  it('every commune is found again by its code and listed under its province (property)', () => {
    const all = provinces().flatMap((p) => [...(communesOf(p.code) ?? [])]);
    fc.assert(
      fc.property(fc.constantFrom(...all), (c) => {
        const again = lookupCommune(c.code);
        return (
          again === c &&
          isCommuneInProvince(c.code, c.province.code) &&
          (communesOf(c.province.code) ?? []).includes(c) &&
          /^\d{5}$/.test(c.code)
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('searchUnits', () => {
  it('ignores diacritics and case, exact matches first', () => {
    expect(names(searchUnits('dong da')).at(0)).toBe('Phường Đống Đa, Thành phố Hà Nội');
    expect(names(searchUnits('ĐỐNG ĐA')).at(0)).toBe('Phường Đống Đa, Thành phố Hà Nội');
    expect(names(searchUnits('phuong dong da')).at(0)).toBe('Phường Đống Đa, Thành phố Hà Nội');
    expect(names(searchUnits('Dong-Da')).at(0)).toBe('Phường Đống Đa, Thành phố Hà Nội');
  });

  it('ranks exact and prefix matches before word and substring matches', () => {
    const hits = names(searchUnits('dong da', { limit: 50 }));
    const exact = hits.indexOf('Phường Đống Đa, Thành phố Hà Nội');
    const prefix = hits.findIndex((h) => h.startsWith('Xã Đồng Đăng'));
    expect(exact).toBe(0);
    expect(prefix).toBeGreaterThan(0);
    // "dong da" as a substring of a longer word sequence comes after the prefix matches.
    for (let i = 1; i < prefix; i++)
      expect(foldVietnamese(hits[i] ?? '')).toMatch(/^(phuong|xa|dac khu) dong da/);
  });

  it('finds provinces, and a commune with its province name', () => {
    expect(searchUnits('ha noi', { limit: 1 })).toEqual([
      { level: 'province', province: { code: '01', name: 'Thành phố Hà Nội' } },
    ]);
    expect(names(searchUnits('hoan kiem ha noi')).at(0)).toBe('Phường Hoàn Kiếm, Thành phố Hà Nội');
    expect(names(searchUnits('mieu giam')).at(0)).toBe(
      'Phường Văn Miếu - Quốc Tử Giám, Thành phố Hà Nội',
    );
  });

  it('restricts to a province', () => {
    const hits = searchUnits('phu', { province: '79', limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.level === 'commune' && h.commune.province.code === '79')).toBe(true);
    expect(
      searchUnits('dong da', { province: '79' }).some(
        (h) => h.level === 'commune' && h.commune.code === '00235',
      ),
    ).toBe(false);
  });

  it('limits the hits', () => {
    expect(searchUnits('xa', { limit: 5 })).toHaveLength(5);
    expect(searchUnits('a')).toHaveLength(20);
  });

  it('finds nothing for an empty query', () => {
    expect(searchUnits('')).toEqual([]);
    expect(searchUnits(' - ')).toEqual([]);
  });

  it('throws INVALID_ARGUMENT for a bad limit', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      expect(() => searchUnits('a', { limit })).toThrow();
      try {
        searchUnits('a', { limit });
      } catch (e) {
        expect(isFormsError(e) && e.code).toBe('INVALID_ARGUMENT');
      }
    }
  });

  it('finds every commune by its own name, first among equals (property)', () => {
    const all = provinces().flatMap((p) => [...(communesOf(p.code) ?? [])]);
    fc.assert(
      fc.property(fc.constantFrom(...all), (c) => {
        const hits = searchUnits(c.name, { province: c.province.code, limit: 50 });
        return hits.some((h) => h.level === 'commune' && h.commune === c);
      }),
      { numRuns: 100 },
    );
  });
});

describe('foldVietnamese', () => {
  it('folds', () => {
    expect(foldVietnamese('Phường Văn Miếu - Quốc Tử Giám')).toBe('phuong van mieu quoc tu giam');
    expect(foldVietnamese('Đặc khu Côn Đảo')).toBe('dac khu con dao');
    expect(foldVietnamese("Xã Ea M'Droh")).toBe('xa ea m droh');
    expect(foldVietnamese('Xã Đắk Lắk'.normalize('NFD'))).toBe('xa dak lak');
  });
});
