import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as vn from './schemas';

function firstIssue(r: { success: boolean; error?: z.ZodError }) {
  const issue = r.error?.issues[0];
  return issue === undefined
    ? undefined
    : {
        path: issue.path,
        message: issue.message,
        code:
          issue.code === 'custom'
            ? (issue.params as { code?: string } | undefined)?.code
            : issue.code,
      };
}

describe('vn schemas', () => {
  it('phone: the contract', () => {
    expect(vn.phone().parse('0912 345 678')).toBe('+84912345678');
    expect(firstIssue(vn.phone().safeParse('01623456789'))).toEqual({
      path: [],
      code: 'phone_legacy_number',
      message: 'Số điện thoại là số 11 chữ số cũ: số di động đã chuyển sang 10 chữ số từ năm 2018',
    });
  });

  it('speaks English and uses the given label', () => {
    const schema = vn.citizenId({
      locale: 'en',
      label: { vi: 'Số định danh của mẹ', en: "Mother's ID number" },
    });
    expect(firstIssue(schema.safeParse('123'))).toEqual({
      path: [],
      code: 'invalid_citizen_id',
      message: "Mother's ID number must be 12 digits",
    });
    expect(firstIssue(vn.citizenId().safeParse('123'))?.message).toBe(
      'Số định danh cá nhân phải gồm 12 chữ số',
    );
  });

  it('reports a wrong type with a localised message', () => {
    expect(firstIssue(vn.phone().safeParse(912345678))).toEqual({
      path: [],
      code: 'invalid_type',
      message: 'Số điện thoại phải là văn bản',
    });
    expect(firstIssue(vn.money({ locale: 'en' }).safeParse(true))?.message).toBe(
      'Amount must be a non-negative whole amount in đồng, e.g. 1.500.000',
    );
  });

  it.each([
    ['citizenId', vn.citizenId(), '001 203 012 345', '001203012345'],
    ['taxCode', vn.taxCode(), '0100109106 001', '0100109106-001'],
    ['personName', vn.personName(), ' Lê  Thị Hoa ', 'Lê Thị Hoa'],
    ['date', vn.date(), '05/03/2025', '2025-03-05'],
    ['money', vn.money(), '1.500.000 đ', 1500000],
    ['provinceCode', vn.provinceCode(), '79', '79'],
    ['communeCode', vn.communeCode(), '00235', '00235'],
  ] as const)('%s normalises', (_, schema, input, output) => {
    expect((schema as z.ZodType).parse(input)).toEqual(output);
  });

  it.each([
    ['citizenId', vn.citizenId(), '003203012345', 'citizen_id_unknown_province'],
    ['taxCode', vn.taxCode(), '0100109107', 'invalid_tax_code_checksum'],
    ['personName', vn.personName(), 'Lê 2', 'invalid_person_name'],
    ['date', vn.date(), '30/02/2025', 'invalid_date'],
    ['money', vn.money(), '1,5', 'invalid_money'],
    ['provinceCode', vn.provinceCode(), '02', 'unknown_province'],
    ['communeCode', vn.communeCode(), '99999', 'unknown_commune'],
  ] as const)('%s rejects with a stable code', (_, schema, input, code) => {
    expect(firstIssue((schema as z.ZodType).safeParse(input))?.code).toBe(code);
  });

  it('personName can change the case', () => {
    expect(vn.personName({ case: 'upper' }).parse('lê thị hoa')).toBe('LÊ THỊ HOA');
  });

  it('citizenId can accept unknown province codes', () => {
    expect(vn.citizenId({ allowUnknownProvince: true }).parse('003203012345')).toBe('003203012345');
  });

  describe('adminUnit', () => {
    it('accepts a commune of the chosen province and drops other keys', () => {
      expect(vn.adminUnit().parse({ province: '01', commune: '00235', extra: 1 })).toEqual({
        province: '01',
        commune: '00235',
      });
    });

    it.each([
      [{ province: '79', commune: '00235' }, ['commune'], 'commune_not_in_province'],
      [{ province: '02', commune: '00235' }, ['province'], 'unknown_province'],
      [{ province: '01', commune: '00001' }, ['commune'], 'unknown_commune'],
    ])('rejects %j at %j with %s', (input, path, code) => {
      expect(firstIssue(vn.adminUnit().safeParse(input))).toMatchObject({ path, code });
    });

    it('says where the commune went wrong', () => {
      expect(
        firstIssue(vn.adminUnit().safeParse({ province: '79', commune: '00235' }))?.message,
      ).toBe('Xã, phường, đặc khu: xã, phường, đặc khu không thuộc tỉnh, thành phố đã chọn');
    });

    it('works inside an object schema (issue paths are nested)', () => {
      const Address = z.object({ home: vn.adminUnit() });
      const r = Address.safeParse({ home: { province: '79', commune: '00235' } });
      expect(r.error?.issues[0]?.path).toEqual(['home', 'commune']);
    });
  });
});
