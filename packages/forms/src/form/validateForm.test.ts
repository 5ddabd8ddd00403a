import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormsError } from '../errors';
import { birthRegistrationForm } from '../samples/birthRegistration';
import { certifiedCopyForm } from '../samples/certifiedCopy';
import { defineForm } from './defineForm';
import type { FormIssue } from './types';
import { validateForm } from './validateForm';

const L = (vi: string, en = vi) => ({ vi, en });

const form = defineForm({
  id: 'test',
  version: '1',
  title: L('Biểu mẫu thử', 'Test form'),
  fields: [
    {
      key: 'applicant.fullName',
      type: 'personName',
      required: true,
      label: L('Họ và tên', 'Full name'),
    },
    {
      key: 'applicant.kind',
      type: 'choice',
      required: true,
      label: L('Loại người nộp', 'Applicant kind'),
      options: [
        { value: 'citizen', label: L('Công dân', 'Citizen') },
        { value: 'company', label: L('Doanh nghiệp', 'Company') },
      ],
    },
    {
      key: 'applicant.citizenId',
      type: 'citizenId',
      required: true,
      visibleIf: { field: 'applicant.kind', equals: 'citizen' },
      label: L('Số định danh cá nhân', 'Personal ID number'),
    },
    {
      key: 'applicant.taxCode',
      type: 'taxCode',
      requiredIf: { field: 'applicant.kind', equals: 'company' },
      label: L('Mã số thuế', 'Tax code'),
    },
    {
      key: 'applicant.birthDate',
      type: 'date',
      min: '1900-01-01',
      label: L('Ngày sinh', 'Date of birth'),
    },
    {
      key: 'applicant.sex',
      type: 'choice',
      label: L('Giới tính', 'Sex'),
      options: [
        { value: 'male', label: L('Nam', 'Male') },
        { value: 'female', label: L('Nữ', 'Female') },
      ],
    },
    { key: 'phone', type: 'phone', required: true, label: L('Số điện thoại', 'Phone') },
    { key: 'email', type: 'email', label: L('Thư điện tử', 'E-mail') },
    { key: 'note', type: 'longText', maxLength: 20, label: L('Ghi chú', 'Note') },
    { key: 'code', type: 'text', pattern: '[A-Z]{2}-\\d{3}', label: L('Mã hồ sơ', 'File code') },
    { key: 'pages', type: 'number', integer: true, min: 1, max: 10, label: L('Số trang', 'Pages') },
    { key: 'fee', type: 'money', max: 200000, label: L('Lệ phí', 'Fee') },
    { key: 'startDate', type: 'date', label: L('Ngày bắt đầu', 'Start date') },
    { key: 'endDate', type: 'date', label: L('Ngày kết thúc', 'End date') },
    {
      key: 'channels',
      type: 'multiChoice',
      maxItems: 2,
      label: L('Kênh nhận', 'Channels'),
      options: [
        { value: 'counter', label: L('Tại quầy', 'Counter') },
        { value: 'post', label: L('Bưu điện', 'Post') },
        { value: 'online', label: L('Trực tuyến', 'Online') },
      ],
    },
    {
      key: 'postAddress',
      type: 'address',
      requireDetail: true,
      requiredIf: { field: 'channels', equals: 'post' },
      label: L('Địa chỉ nhận', 'Delivery address'),
    },
    {
      key: 'urgent',
      type: 'boolean',
      label: L('Khẩn', 'Urgent'),
    },
    {
      key: 'urgentReason',
      type: 'text',
      required: true,
      visibleIf: {
        all: [
          { field: 'urgent', equals: true },
          { not: { field: 'applicant.kind', equals: 'company' } },
        ],
      },
      label: L('Lý do khẩn', 'Reason for urgency'),
    },
    {
      key: 'members',
      type: 'group',
      minItems: 1,
      maxItems: 3,
      visibleIf: { field: 'applicant.kind', in: ['citizen'] },
      label: L('Thành viên', 'Members'),
      fields: [
        {
          key: 'name',
          type: 'personName',
          required: true,
          label: L('Họ tên thành viên', "Member's name"),
        },
        { key: 'hasId', type: 'boolean', label: L('Có số định danh', 'Has an ID number') },
        {
          key: 'id',
          type: 'citizenId',
          required: true,
          visibleIf: { field: 'hasId', equals: true },
          label: L('Số định danh thành viên', "Member's ID number"),
        },
        {
          key: 'companyRef',
          type: 'text',
          visibleIf: { field: 'applicant.kind', equals: 'company' },
          label: L('Mã doanh nghiệp', 'Company reference'),
        },
        { key: 'from', type: 'date', label: L('Từ ngày', 'From') },
        { key: 'to', type: 'date', label: L('Đến ngày', 'To') },
      ],
      rules: [{ rule: 'dateNotBefore', field: 'to', other: 'from' }],
    },
    {
      key: 'pledge',
      type: 'boolean',
      required: true,
      mustBeTrue: true,
      label: L('Cam đoan', 'Pledge'),
    },
  ],
  rules: [
    { rule: 'dateNotBefore', field: 'endDate', other: 'startDate' },
    {
      rule: 'citizenIdMatches',
      field: 'applicant.citizenId',
      birthDate: 'applicant.birthDate',
      sex: 'applicant.sex',
    },
    {
      rule: 'lessOrEqual',
      field: 'pages',
      other: 'fee',
      message: L('Số trang quá nhiều', 'Too many pages'),
    },
  ],
});

const valid = {
  applicant: { fullName: '  Nguyễn   Văn An ', kind: 'citizen', citizenId: '001 203 012 345' },
  phone: '0912.345.678',
  pledge: true,
  members: [{ name: 'Trần Thị Bình' }],
};

const codes = (issues: readonly FormIssue[]) => issues.map((i) => `${i.path.join('.')}:${i.code}`);

function issuesOf(data: unknown, locale?: 'vi' | 'en'): readonly FormIssue[] {
  const r = validateForm(form, data, locale === undefined ? undefined : { locale });
  return r.ok ? [] : r.issues;
}

describe('validateForm', () => {
  it('returns the normalised value of a valid dossier, nested by dotted keys', () => {
    expect(validateForm(form, valid)).toEqual({
      ok: true,
      value: {
        applicant: { fullName: 'Nguyễn Văn An', kind: 'citizen', citizenId: '001203012345' },
        phone: '+84912345678',
        pledge: true,
        members: [{ name: 'Trần Thị Bình' }],
      },
    });
  });

  it('reports required fields on their own label, in Vietnamese by default', () => {
    const issues = issuesOf({});
    expect(issues).toEqual([
      { path: ['applicant', 'fullName'], code: 'required', message: 'Họ và tên là bắt buộc' },
      { path: ['applicant', 'kind'], code: 'required', message: 'Loại người nộp là bắt buộc' },
      { path: ['phone'], code: 'required', message: 'Số điện thoại là bắt buộc' },
      { path: ['pledge'], code: 'required', message: 'Cam đoan là bắt buộc' },
    ]);
    expect(issuesOf({}, 'en')[0]?.message).toBe('Full name is required');
  });

  it('treats null, blank strings and empty lists as missing', () => {
    expect(codes(issuesOf({ ...valid, phone: '   ' }))).toEqual(['phone:required']);
    expect(codes(issuesOf({ ...valid, phone: null }))).toEqual(['phone:required']);
    const r = validateForm(form, { ...valid, email: '', channels: [], note: null });
    expect(r.ok && r.value).not.toHaveProperty('email');
    expect(r.ok && r.value).not.toHaveProperty('channels');
  });

  it('rejects a non-object dossier with one issue', () => {
    for (const data of [null, undefined, 'x', 42, [], [valid]]) {
      expect(issuesOf(data)).toEqual([
        { path: [], code: 'invalid_type', message: 'Biểu mẫu thử phải là một nhóm thông tin' },
      ]);
    }
  });

  describe('visibility and conditional requirements', () => {
    it('never requires a hidden field, and drops it from the output', () => {
      const company = {
        ...valid,
        applicant: { fullName: 'An', kind: 'company', citizenId: 'garbage', taxCode: '0100109106' },
      };
      const r = validateForm(form, { ...company, members: 'garbage too' });
      expect(r).toEqual({
        ok: true,
        value: {
          applicant: { fullName: 'An', kind: 'company', taxCode: '0100109106' },
          phone: '+84912345678',
          pledge: true,
        },
      });
    });

    it('requires a field when requiredIf holds', () => {
      const company = { ...valid, applicant: { fullName: 'An', kind: 'company' } };
      expect(codes(issuesOf(company))).toEqual(['applicant.taxCode:required']);
    });

    it('requires the visible field and checks it', () => {
      expect(codes(issuesOf({ ...valid, applicant: { fullName: 'An', kind: 'citizen' } }))).toEqual(
        ['applicant.citizenId:required'],
      );
    });

    it('combines conditions with all / not', () => {
      expect(codes(issuesOf({ ...valid, urgent: true }))).toEqual(['urgentReason:required']);
      const company = {
        ...valid,
        applicant: { fullName: 'An', kind: 'company', taxCode: '0100109106' },
      };
      expect(codes(issuesOf({ ...company, urgent: true }))).toEqual([]);
    });

    it('evaluates conditions on normalised, valid values only', () => {
      // An invalid kind counts as empty: the citizen fields are hidden, only the kind is reported.
      expect(codes(issuesOf({ ...valid, applicant: { fullName: 'An', kind: 'alien' } }))).toEqual([
        'applicant.kind:invalid_choice',
      ]);
    });

    it('evaluates `in` and `equals` on a multi-choice as membership', () => {
      expect(codes(issuesOf({ ...valid, channels: ['post'] }))).toEqual(['postAddress:required']);
      expect(codes(issuesOf({ ...valid, channels: ['counter'] }))).toEqual([]);
    });
  });

  describe('field types', () => {
    it.each([
      [{ note: 'x'.repeat(21) }, 'note:too_big'],
      [{ note: 42 }, 'note:invalid_type'],
      [{ code: 'ab-123' }, 'code:invalid_format'],
      [{ code: 'AB-1234' }, 'code:invalid_format'],
      [{ pages: 0 }, 'pages:too_small'],
      [{ pages: 11 }, 'pages:too_big'],
      [{ pages: 2.5 }, 'pages:not_integer'],
      [{ pages: 'ba' }, 'pages:invalid_number'],
      [{ pages: true }, 'pages:invalid_number'],
      [{ fee: '1,5' }, 'fee:invalid_money'],
      [{ fee: -1 }, 'fee:invalid_money'],
      [{ fee: '300.000' }, 'fee:too_big'],
      [{ startDate: '31/02/2025' }, 'startDate:invalid_date'],
      [
        { applicant: { ...valid.applicant, birthDate: '31/12/1899' } },
        'applicant.birthDate:too_small',
      ],
      [{ email: 'an@' }, 'email:invalid_email'],
      [{ email: 'an @example.com' }, 'email:invalid_email'],
      [{ phone: '01623456789' }, 'phone:phone_legacy_number'],
      [{ phone: '0241234567' }, 'phone:unknown_phone_prefix'],
      [{ phone: 912345678 }, 'phone:invalid_type'],
      [
        { applicant: { ...valid.applicant, citizenId: '12345' } },
        'applicant.citizenId:invalid_citizen_id',
      ],
      [
        { applicant: { ...valid.applicant, fullName: 'An 2' } },
        'applicant.fullName:invalid_person_name',
      ],
      [{ channels: ['counter', 'fax'] }, 'channels.1:invalid_choice'],
      [{ channels: 'counter' }, 'channels:invalid_type'],
      [
        {
          channels: ['counter', 'post', 'online'],
          postAddress: { province: '01', commune: '00235', detail: 'x' },
        },
        'channels:too_big',
      ],
      [{ urgent: 'yes' }, 'urgent:invalid_type'],
      [{ pledge: false }, 'pledge:must_be_true'],
      [{ pledge: 'true' }, 'pledge:invalid_type'],
    ])('%j → %s', (patch, expected) => {
      expect(codes(issuesOf({ ...valid, ...patch }))).toEqual([expected]);
    });

    it('normalises values', () => {
      const r = validateForm(form, {
        ...valid,
        note: '  Ghi chú\nhai dòng  ',
        code: 'AB-123',
        pages: ' 7 ',
        fee: '150.000 đ',
        startDate: '1/2/2025',
        endDate: '2025-02-03',
        channels: ['online', 'counter', 'online'],
        email: ' an@example.com ',
      });
      expect(r.ok && r.value).toMatchObject({
        note: 'Ghi chú\nhai dòng',
        code: 'AB-123',
        pages: 7,
        fee: 150000,
        startDate: '2025-02-01',
        endDate: '2025-02-03',
        channels: ['online', 'counter'],
        email: 'an@example.com',
      });
    });

    it('normalises text to NFC', () => {
      const r = validateForm(form, { ...valid, note: 'Hà Nội'.normalize('NFD') });
      expect(r.ok && r.value.note).toBe('Hà Nội');
    });

    describe('address', () => {
      const post = { ...valid, channels: ['post'] };
      it('accepts a commune of the province, with the detail', () => {
        const r = validateForm(form, {
          ...post,
          postAddress: { province: '01', commune: '00235', detail: ' 71 Tôn Đức Thắng ', x: 1 },
        });
        expect(r.ok && r.value.postAddress).toEqual({
          province: '01',
          commune: '00235',
          detail: '71 Tôn Đức Thắng',
        });
      });

      it.each([
        [
          { province: '79', commune: '00235', detail: 'x' },
          ['postAddress.commune:commune_not_in_province'],
        ],
        [
          { province: '02', commune: '00235', detail: 'x' },
          ['postAddress.province:unknown_province'],
        ],
        [
          { province: '01', commune: '00001', detail: 'x' },
          ['postAddress.commune:unknown_commune'],
        ],
        [{ province: '01', commune: '00235' }, ['postAddress.detail:required']],
        [{ commune: '00235', detail: 'x' }, ['postAddress.province:required']],
        [
          { province: 1, commune: 235, detail: 'x' },
          ['postAddress.province:unknown_province', 'postAddress.commune:unknown_commune'],
        ],
        ['Hà Nội', ['postAddress:invalid_type']],
      ])('%j → %j', (address, expected) => {
        expect(codes(issuesOf({ ...post, postAddress: address }))).toEqual(expected);
      });

      it('words the issue on the field', () => {
        expect(
          issuesOf({ ...post, postAddress: { province: '79', commune: '00235', detail: 'x' } })[0]
            ?.message,
        ).toBe('Địa chỉ nhận: xã, phường, đặc khu không thuộc tỉnh, thành phố đã chọn');
        expect(
          issuesOf({ ...post, postAddress: { province: '01', commune: '00235' } }, 'en')[0]
            ?.message,
        ).toBe('Delivery address: house number and street is required');
      });
    });

    describe('groups', () => {
      it('validates each item with paths that carry the index', () => {
        const issues = issuesOf({
          ...valid,
          members: [{ name: 'Bình' }, { name: 'An 3' }, { hasId: true, id: '1' }],
        });
        expect(codes(issues)).toEqual([
          'members.1.name:invalid_person_name',
          'members.2.name:required',
          'members.2.id:invalid_citizen_id',
        ]);
        expect(issues[0]?.message).toBe(
          "Họ tên thành viên chỉ được gồm chữ cái tiếng Việt, dấu cách, dấu ' hoặc - giữa các chữ",
        );
      });

      it('applies conditions on siblings and on top-level fields inside items', () => {
        const r = validateForm(form, {
          ...valid,
          members: [
            { name: 'Bình', hasId: true, id: '001203012345', companyRef: 'hidden' },
            { name: 'An', hasId: false, id: 'x' },
          ],
        });
        expect(r.ok && r.value.members).toEqual([
          { name: 'Bình', hasId: true, id: '001203012345' },
          { name: 'An', hasId: false },
        ]);
      });

      it('checks the item count and item types', () => {
        expect(codes(issuesOf({ ...valid, members: [] }))).toEqual([]);
        expect(
          codes(
            issuesOf({
              ...valid,
              members: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }],
            }),
          ),
        ).toEqual(['members:too_big']);
        expect(codes(issuesOf({ ...valid, members: [{ name: 'A' }, 'B', null] }))).toEqual([
          'members.1:invalid_type',
          'members.2:invalid_type',
        ]);
        expect(codes(issuesOf({ ...valid, members: { name: 'A' } }))).toEqual([
          'members:invalid_type',
        ]);
      });

      it('checks rules inside each item', () => {
        const issues = issuesOf({
          ...valid,
          members: [{ name: 'A', from: '2025-02-01', to: '2025-01-31' }],
        });
        expect(issues).toEqual([
          {
            path: ['members', 0, 'to'],
            code: 'date_not_before',
            message: 'Đến ngày không được trước Từ ngày',
          },
        ]);
      });
    });
  });

  describe('cross-field rules', () => {
    it('dateNotBefore', () => {
      expect(issuesOf({ ...valid, startDate: '2025-02-02', endDate: '01/02/2025' })).toEqual([
        {
          path: ['endDate'],
          code: 'date_not_before',
          message: 'Ngày kết thúc không được trước Ngày bắt đầu',
        },
      ]);
      expect(codes(issuesOf({ ...valid, startDate: '2025-02-02', endDate: '2025-02-02' }))).toEqual(
        [],
      );
    });

    it('is skipped when a side is missing or invalid', () => {
      expect(codes(issuesOf({ ...valid, endDate: '2025-01-01' }))).toEqual([]);
      expect(codes(issuesOf({ ...valid, startDate: 'x', endDate: '2025-01-01' }))).toEqual([
        'startDate:invalid_date',
      ]);
    });

    it('uses the rule message when given', () => {
      expect(issuesOf({ ...valid, pages: 5, fee: 4 }, 'en')).toEqual([
        { path: ['pages'], code: 'less_or_equal', message: 'Too many pages' },
      ]);
    });

    it('citizenIdMatches checks the year of birth and the sex', () => {
      const applicant = { ...valid.applicant, birthDate: '2004-01-01', sex: 'female' };
      expect(issuesOf({ ...valid, applicant })).toEqual([
        {
          path: ['applicant', 'citizenId'],
          code: 'citizen_id_birth_year_mismatch',
          message: 'Số định danh cá nhân không khớp với năm của Ngày sinh',
        },
      ]);
      expect(
        codes(issuesOf({ ...valid, applicant: { ...applicant, birthDate: '2003-01-01' } })),
      ).toEqual(['applicant.citizenId:citizen_id_sex_mismatch']);
      expect(
        codes(
          issuesOf({ ...valid, applicant: { ...applicant, birthDate: '2003-01-01', sex: 'male' } }),
        ),
      ).toEqual([]);
    });
  });

  describe('untrusted data', () => {
    it('drops unknown keys', () => {
      const r = validateForm(form, {
        ...valid,
        isAdmin: true,
        applicant: { ...valid.applicant, role: 'root' },
      });
      expect(r).toEqual(validateForm(form, valid));
      expect(r.ok && JSON.stringify(r.value)).not.toMatch(/isAdmin|root/);
    });

    it('never mutates the input', () => {
      const data = { ...valid, channels: ['online', 'online'], members: [{ name: ' Bình ' }] };
      const before = JSON.parse(JSON.stringify(data)) as unknown;
      const frozen = deepFreeze(data);
      validateForm(form, frozen);
      expect(frozen).toEqual(before);
    });

    it('is immune to prototype pollution', () => {
      const data = JSON.parse(
        '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "applicant": {"__proto__": {"kind": "citizen"}, "fullName": "An", "kind": "company", "taxCode": "0100109106"}, "phone": "0912345678", "pledge": true}',
      );
      const r = validateForm(form, data);
      expect(r.ok).toBe(true);
      expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
      expect(r.ok && Object.keys(r.value)).toEqual(['applicant', 'phone', 'pledge']);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('does not read inherited properties', () => {
      const proto = { phone: '0912345678', pledge: true };
      const data = Object.create(proto) as { applicant?: unknown };
      data.applicant = valid.applicant;
      expect(codes(issuesOf(data))).toEqual(['phone:required', 'pledge:required']);
    });

    it('reports an unreadable input instead of throwing', () => {
      const hostile = new Proxy(
        {},
        {
          getOwnPropertyDescriptor() {
            throw new Error('boom');
          },
        },
      );
      expect(validateForm(form, hostile)).toEqual({
        ok: false,
        issues: [{ path: [], code: 'unreadable_input', message: 'Không đọc được dữ liệu đã gửi' }],
      });
    });

    it.each([
      ['the test form', form],
      ['the birth registration form', birthRegistrationForm],
      ['the certified copy form', certifiedCopyForm],
    ] as const)('never throws on junk against %s (fuzz)', (_, f) => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.object({ maxDepth: 4 })), (data) => {
          const r = validateForm(f, data);
          if (r.ok) return typeof r.value === 'object';
          return (
            r.issues.length > 0 &&
            r.issues.every((i) => i.code !== 'unreadable_input' && typeof i.message === 'string')
          );
        }),
        { numRuns: 300 },
      );
    });

    it('never throws on dossiers shaped like the form (fuzz)', () => {
      const value = fc.oneof(
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string()),
        fc.dictionary(fc.string(), fc.string()),
      );
      const shaped = fc.record(
        {
          applicant: fc.record({
            fullName: value,
            kind: fc.constantFrom('citizen', 'company', 'x'),
            citizenId: value,
            taxCode: value,
            birthDate: value,
            sex: value,
          }),
          phone: value,
          channels: fc.array(fc.constantFrom('counter', 'post', 'online', 'x')),
          postAddress: fc.record({ province: value, commune: value, detail: value }),
          urgent: value,
          members: fc.array(
            fc.record({ name: value, hasId: fc.boolean(), id: value, from: value, to: value }),
            { maxLength: 4 },
          ),
          pledge: value,
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(shaped, (data) => {
          const r = validateForm(form, data);
          return r.ok || r.issues.length > 0;
        }),
        { numRuns: 500 },
      );
    });

    it('is deterministic and idempotent on its own output (property)', () => {
      const r = validateForm(form, valid);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(validateForm(form, r.value)).toEqual(r);
    });
  });

  describe('definitions', () => {
    it('throws INVALID_DEFINITION for an unsound definition, listing every problem', () => {
      const bad = defineForm({
        id: 'bad',
        version: '1',
        title: L('X'),
        fields: [
          { key: 'a', type: 'text', label: L('A') },
          { key: 'a', type: 'text', label: L('A') },
          { key: 'b', type: 'text', label: L('B'), visibleIf: { field: 'zzz', equals: 'x' } },
        ],
      });
      expect.assertions(5);
      try {
        validateForm(bad, {});
      } catch (e) {
        expect(isFormsError(e) && e.code).toBe('INVALID_DEFINITION');
        expect(isFormsError(e) && e.message).toBe(
          'Invalid form definition "bad": fields.1.key: duplicate key "a"; fields.2.visibleIf.field: condition on unknown field "zzz"',
        );
        expect(isFormsError(e) && e.messageVi).toBe(
          'Định nghĩa biểu mẫu "bad" không hợp lệ: fields.1.key: khoá "a" bị trùng; fields.2.visibleIf.field: điều kiện tham chiếu trường không tồn tại "zzz"',
        );
        expect(isFormsError(e) && (e.details as { issues?: unknown[] }).issues?.length).toBe(2);
        expect(isFormsError(e) && (e.details as { issuesVi?: unknown[] }).issuesVi?.[0]).toEqual({
          path: ['fields', 1, 'key'],
          code: 'duplicate_key',
          message: 'khoá "a" bị trùng',
        });
      }
    });

    it('compiles once per definition object', () => {
      const f = defineForm({
        id: 'c',
        version: '1',
        title: L('C'),
        fields: [{ key: 'a', type: 'text', label: L('A') }],
      });
      expect(validateForm(f, { a: 'x' })).toEqual({ ok: true, value: { a: 'x' } });
      // Mutating the (cached) definition afterwards has no effect: the plan was compiled once.
      (f.fields as unknown as { key: string }[])[0] = { key: 'b' };
      expect(validateForm(f, { a: 'x' })).toEqual({ ok: true, value: { a: 'x' } });
    });
  });
});

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
