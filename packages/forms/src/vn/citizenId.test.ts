import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormsError } from '../errors';
import { isCitizenId, parseCitizenId, safeParseCitizenId } from './citizenId';
import { citizenIdProvinceName, citizenIdProvinces } from './citizenIdProvinces';

describe('safeParseCitizenId', () => {
  it('parses the example of the brief', () => {
    expect(safeParseCitizenId('001203012345')).toEqual({
      ok: true,
      value: {
        id: '001203012345',
        provinceCode: '001',
        provinceName: 'Hà Nội',
        sex: 'male',
        birthYear: 2003,
        serial: '012345',
      },
    });
  });

  it.each([
    ['079190012345', '079', 'Hồ Chí Minh', 'female', 1990],
    ['024099000001', '024', 'Bắc Giang', 'male', 1999],
    ['096000000000', '096', 'Cà Mau', 'male', 1900],
    ['046322123456', '046', 'Thừa Thiên Huế', 'female', 2022],
    ['001 085 012 345', '001', 'Hà Nội', 'male', 1985],
  ] as const)('%s → %s %s %s %i', (id, provinceCode, provinceName, sex, birthYear) => {
    const r = safeParseCitizenId(id);
    expect(r.ok && r.value).toMatchObject({ provinceCode, provinceName, sex, birthYear });
  });

  it.each([
    ['', 'invalid_citizen_id'],
    ['123456789', 'invalid_citizen_id'], // old 9-digit CMND
    ['00120301234', 'invalid_citizen_id'],
    ['0012030123456', 'invalid_citizen_id'],
    ['00120301234a', 'invalid_citizen_id'],
    ['００１２０３０１２３４５', 'invalid_citizen_id'], // full-width digits
    ['003203012345', 'citizen_id_unknown_province'], // 03 is no GSO code
    ['028203012345', 'citizen_id_unknown_province'], // Hà Tây, merged into Hà Nội in 2008
    ['097203012345', 'citizen_id_unknown_province'],
    ['001403012345', 'citizen_id_invalid_century'],
    ['001903012345', 'citizen_id_invalid_century'],
  ])('rejects %j with %s', (id, code) => {
    expect(safeParseCitizenId(id)).toMatchObject({ ok: false, issues: [{ path: [], code }] });
    expect(isCitizenId(id)).toBe(false);
  });

  it('accepts unknown province codes only when asked', () => {
    const r = safeParseCitizenId('003203012345', { allowUnknownProvince: true });
    expect(r).toEqual({
      ok: true,
      value: {
        id: '003203012345',
        provinceCode: '003',
        provinceName: undefined,
        sex: 'male',
        birthYear: 2003,
        serial: '012345',
      },
    });
  });

  it('checks the year of birth and the sex', () => {
    expect(safeParseCitizenId('001203012345', { birthDate: '2003-12-31', sex: 'male' }).ok).toBe(
      true,
    );
    expect(safeParseCitizenId('001203012345', { birthDate: '31/12/2003' }).ok).toBe(true);
    expect(safeParseCitizenId('001203012345', { birthDate: '1903-12-31' })).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'citizen_id_birth_year_mismatch' }],
    });
    expect(safeParseCitizenId('001203012345', { sex: 'female' })).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'citizen_id_sex_mismatch' }],
    });
  });

  it('parseCitizenId returns the parts or throws INVALID_VALUE without copying the value', () => {
    expect(parseCitizenId('001203012345').birthYear).toBe(2003);
    try {
      parseCitizenId('001203012346x');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_VALUE', details: { code: 'invalid_citizen_id' } });
      expect(JSON.stringify((e as { details: unknown }).details)).not.toContain('001203012346');
      expect((e as { messageVi: string }).messageVi).toBe(
        'Số định danh cá nhân phải gồm 12 chữ số',
      );
    }
  });

  it('throws a FormsError for a malformed birthDate option (a programmer error)', () => {
    expect.assertions(2);
    try {
      safeParseCitizenId('001203012345', { birthDate: '2003-02-30' });
    } catch (e) {
      expect(isFormsError(e)).toBe(true);
      expect(isFormsError(e) && e.code).toBe('INVALID_ARGUMENT');
    }
  });

  it('round-trips every province, century and sex (property)', () => {
    const provinces = citizenIdProvinces();
    fc.assert(
      fc.property(
        fc.constantFrom(...provinces),
        fc.integer({ min: 1900, max: 2099 }),
        fc.constantFrom('male' as const, 'female' as const),
        fc.integer({ min: 0, max: 999999 }),
        (province, year, sex, serial) => {
          const centuryDigit = Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
          const id = `${province.code}${centuryDigit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
          const r = safeParseCitizenId(id, { birthDate: `${year}-06-15`, sex });
          return (
            r.ok &&
            r.value.birthYear === year &&
            r.value.sex === sex &&
            r.value.provinceName === province.name &&
            r.value.id === id
          );
        },
      ),
    );
  });
});

describe('citizenIdProvinces', () => {
  it('lists the 63 pre-2025 provinces with distinct codes', () => {
    const list = citizenIdProvinces();
    expect(list).toHaveLength(63);
    expect(new Set(list.map((p) => p.code)).size).toBe(63);
    expect(list.every((p) => /^0\d{2}$/.test(p.code))).toBe(true);
    expect(list[0]).toEqual({ code: '001', name: 'Hà Nội' });
    expect(list.at(-1)).toEqual({ code: '096', name: 'Cà Mau' });
  });

  it.each([
    ['001', 'Hà Nội'],
    ['079', 'Hồ Chí Minh'],
    ['024', 'Bắc Giang'],
    ['044', 'Quảng Bình'],
    ['045', 'Quảng Trị'],
    ['067', 'Đắk Nông'],
    ['093', 'Hậu Giang'],
  ])('%s is %s', (code, name) => {
    expect(citizenIdProvinceName(code)).toBe(name);
  });

  it('returns a fresh array', () => {
    const a = citizenIdProvinces();
    a.pop();
    expect(citizenIdProvinces()).toHaveLength(63);
  });
});
