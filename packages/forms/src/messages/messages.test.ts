import { describe, expect, it } from 'vitest';
import { type FormIssueCode, formatIssueMessage } from './messages';

const ALL: FormIssueCode[] = [
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_number',
  'not_integer',
  'must_be_true',
  'invalid_money',
  'invalid_date',
  'invalid_choice',
  'invalid_email',
  'invalid_citizen_id',
  'citizen_id_unknown_province',
  'citizen_id_invalid_century',
  'citizen_id_birth_year_mismatch',
  'citizen_id_sex_mismatch',
  'invalid_tax_code',
  'invalid_tax_code_checksum',
  'invalid_phone',
  'phone_legacy_number',
  'unknown_phone_prefix',
  'invalid_person_name',
  'unknown_province',
  'unknown_commune',
  'commune_not_in_province',
  'date_not_before',
  'date_not_after',
  'date_before',
  'date_after',
  'less_or_equal',
  'less_than',
  'greater_or_equal',
  'greater_than',
  'same_as',
  'different_from',
  'unreadable_input',
];

describe('formatIssueMessage', () => {
  it('has a message in both languages for every code, on the label', () => {
    const label = { vi: 'NHÃN', en: 'LABEL' };
    for (const code of ALL) {
      const vi = formatIssueMessage(code, { label });
      const en = formatIssueMessage(code, { label, locale: 'en' });
      expect(vi).not.toBe(en);
      if (code !== 'unreadable_input') {
        expect(vi.startsWith('NHÃN')).toBe(true);
        expect(en.startsWith('LABEL')).toBe(true);
      }
      expect(`${vi}${en}`).not.toMatch(/undefined|\$\{/);
    }
  });

  it.each([
    ['required', { label: { vi: 'Họ và tên', en: 'Full name' } }, 'Họ và tên là bắt buộc'],
    ['invalid_citizen_id', {}, 'Số định danh cá nhân phải gồm 12 chữ số'],
    ['invalid_tax_code_checksum', { locale: 'en' }, 'Tax code has a wrong check digit'],
    [
      'too_small',
      { params: { measure: 'date', minimum: '2025-07-01' } },
      'Trường này không được trước ngày 01/07/2025',
    ],
    [
      'too_small',
      { locale: 'en', params: { measure: 'date', minimum: '2025-07-01' } },
      'This field must not be before 2025-07-01',
    ],
    [
      'too_big',
      { params: { measure: 'length', maximum: 100 } },
      'Trường này chỉ được có tối đa 100 ký tự',
    ],
    [
      'too_big',
      { params: { measure: 'items', maximum: 3 } },
      'Trường này chỉ được có tối đa 3 mục',
    ],
    ['invalid_type', { params: { expected: 'list' } }, 'Trường này phải là một danh sách'],
    [
      'date_after',
      {
        label: { vi: 'Ngày sinh của trẻ', en: '' },
        params: { other: { vi: 'Ngày sinh của mẹ', en: '' } },
      },
      'Ngày sinh của trẻ phải sau Ngày sinh của mẹ',
    ],
    [
      'commune_not_in_province',
      { locale: 'en' },
      'Commune: the commune is not in the chosen province',
    ],
  ] as const)('%s %j → %s', (code, options, message) => {
    expect(formatIssueMessage(code, options)).toBe(message);
  });
});
