import { describe, expect, it } from 'vitest';
import { documentChecklist } from '../form/documentChecklist';
import { safeParseFormDefinition as parseFormDefinition } from '../form/parseFormDefinition';
import type { FormIssue } from '../form/types';
import { validateForm } from '../form/validateForm';
import { birthRegistrationForm, birthRegistrationSample } from './birthRegistration';
import { certifiedCopyForm } from './certifiedCopy';

// Node APIs, without @types/node in the package's type space.
interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
}
interface NodeUrl {
  fileURLToPath(url: string): string;
}
const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as NodeFs;
const url = (await import(/* @vite-ignore */ 'node:url' as string)) as NodeUrl;
const examples = `${(import.meta as unknown as { url: string }).url.replace(/[^/]*$/, '')}../../../../examples/forms/`;
const example = (name: string): unknown =>
  JSON.parse(fs.readFileSync(url.fileURLToPath(examples + name), 'utf8'));

const codes = (issues: readonly FormIssue[]) => issues.map((i) => `${i.path.join('.')}:${i.code}`);

describe.each([
  ['birth-registration', birthRegistrationForm],
  ['certified-copy', certifiedCopyForm],
] as const)('sample %s', (name, form) => {
  it('is shipped as JSON in examples/forms, identical to the exported definition', () => {
    const json = example(`${name}.json`);
    expect(json).toEqual(JSON.parse(JSON.stringify(form)));
    expect(parseFormDefinition(json).ok).toBe(true);
  });

  it('validates its valid sample dossier, from the JSON definition too', () => {
    const dossier = example(`${name}.valid.json`);
    const r = validateForm(form, dossier);
    expect(r.ok ? [] : codes(r.issues)).toEqual([]);
    const parsed = parseFormDefinition(example(`${name}.json`));
    expect(parsed.ok && validateForm(parsed.value, dossier)).toEqual(r);
  });

  it('rejects its invalid sample dossier', () => {
    expect(validateForm(form, example(`${name}.invalid.json`)).ok).toBe(false);
  });
});

describe('birth registration', () => {
  it('ships its sample dossier once: the export, and examples/forms a checked copy of it', () => {
    expect(example('birth-registration.valid.json')).toEqual(birthRegistrationSample);
    expect(validateForm(birthRegistrationForm, birthRegistrationSample).ok).toBe(true);
  });

  it('normalises the valid dossier', () => {
    const r = validateForm(birthRegistrationForm, example('birth-registration.valid.json'));
    expect(r.ok && r.value).toMatchObject({
      child: {
        birthDate: '2025-05-12',
        birthPlace: { province: '01', commune: '00235', detail: '929 đường La Thành' },
      },
      father: { birthDate: '1992-03-02', citizenId: '001092067890' },
      requester: { relationship: 'father', phone: '+84912345678' },
      extractCopies: 2,
    });
    expect(r.ok && r.value.witnesses).toBeUndefined();
  });

  it('reports what is wrong in the invalid dossier, in field order, and nothing about hidden fields', () => {
    const r = validateForm(birthRegistrationForm, example('birth-registration.invalid.json'));
    expect(r.ok ? [] : r.issues).toEqual([
      {
        path: ['child', 'fullName'],
        code: 'invalid_person_name',
        message:
          "Họ, chữ đệm và tên của trẻ chỉ được gồm chữ cái tiếng Việt, dấu cách, dấu ' hoặc - giữa các chữ",
      },
      { path: ['child', 'sex'], code: 'required', message: 'Giới tính của trẻ là bắt buộc' },
      {
        path: ['child', 'birthDate'],
        code: 'invalid_date',
        message:
          'Ngày, tháng, năm sinh của trẻ phải là ngày có thật, dạng ngày/tháng/năm (dd/mm/yyyy)',
      },
      {
        path: ['child', 'birthPlace', 'commune'],
        code: 'commune_not_in_province',
        message: 'Nơi sinh của trẻ: xã, phường, đặc khu không thuộc tỉnh, thành phố đã chọn',
      },
      {
        path: ['requester', 'phone'],
        code: 'phone_legacy_number',
        message:
          'Số điện thoại liên hệ là số 11 chữ số cũ: số di động đã chuyển sang 10 chữ số từ năm 2018',
      },
      { path: ['witnesses'], code: 'required', message: 'Người làm chứng là bắt buộc' },
      {
        path: ['pledge'],
        code: 'must_be_true',
        message: 'Lời cam đoan những nội dung khai trên là đúng sự thật phải được xác nhận',
      },
      {
        path: ['mother', 'citizenId'],
        code: 'citizen_id_birth_year_mismatch',
        message: 'Số định danh cá nhân của mẹ không khớp với năm của Ngày sinh của mẹ',
      },
    ]);
  });

  it('speaks English', () => {
    const r = validateForm(birthRegistrationForm, example('birth-registration.invalid.json'), {
      locale: 'en',
    });
    expect(r.ok ? [] : r.issues.slice(0, 2).map((i) => i.message)).toEqual([
      "Child's full name may contain only Vietnamese letters, spaces, and an apostrophe or hyphen inside a word",
      "Child's sex is required",
    ]);
  });

  it('asks for witnesses when there is no birth certificate, and the documents follow', () => {
    const dossier = example('birth-registration.valid.json') as Record<string, unknown>;
    const witness = { ...dossier, birthProof: 'witness' };
    const r1 = validateForm(birthRegistrationForm, witness);
    expect(r1.ok ? [] : codes(r1.issues)).toEqual(['witnesses:required']);
    const withWitnesses = {
      ...witness,
      witnesses: [{ fullName: 'Phạm Văn Dũng', citizenId: '036080001234', phone: '0987654321' }],
    };
    const r2 = validateForm(birthRegistrationForm, withWitnesses);
    expect(r2.ok && r2.value.witnesses).toEqual([
      { fullName: 'Phạm Văn Dũng', citizenId: '036080001234', phone: '+84987654321' },
    ]);
    expect(
      r2.ok &&
        documentChecklist(birthRegistrationForm, r2.value)
          .filter((l) => l.required)
          .map((l) => l.document.id),
    ).toEqual(['to-khai-dang-ky-khai-sinh', 'van-ban-nguoi-lam-chung', 'giay-chung-nhan-ket-hon']);
  });

  it('hides the father when unknown and the requester when a parent registers', () => {
    const dossier = example('birth-registration.valid.json') as Record<string, unknown>;
    const r = validateForm(birthRegistrationForm, {
      ...dossier,
      fatherKnown: false,
      requester: { relationship: 'mother', fullName: 'x', citizenId: 'y', phone: '0912345678' },
    });
    expect(r.ok && r.value.father).toBeUndefined();
    expect(r.ok && r.value.requester).toEqual({ relationship: 'mother', phone: '+84912345678' });
  });

  it('refuses the same personal identification number for both parents', () => {
    const dossier = example('birth-registration.valid.json') as { father: Record<string, unknown> };
    const r = validateForm(birthRegistrationForm, {
      ...dossier,
      father: { ...dossier.father, citizenId: '001195012345', birthDate: '1995-01-01' },
    });
    expect(r.ok ? [] : codes(r.issues)).toEqual(['father.citizenId:different_from']);
  });
});

describe('certified copy', () => {
  it('reports what is wrong in the invalid dossier', () => {
    const r = validateForm(certifiedCopyForm, example('certified-copy.invalid.json'), {
      locale: 'en',
    });
    expect(r.ok ? [] : r.issues).toEqual([
      {
        path: ['requester', 'passportNumber'],
        code: 'invalid_format',
        message: 'Passport number is not in the expected format',
      },
      {
        path: ['document', 'otherType'],
        code: 'required',
        message: 'Other kind of document is required',
      },
      {
        path: ['document', 'issueDate'],
        code: 'invalid_date',
        message: 'Date of issue must be a real date, dd/mm/yyyy or yyyy-mm-dd',
      },
      {
        path: ['document', 'pageCount'],
        code: 'too_small',
        message: 'Pages of the original must be at least 1',
      },
      {
        path: ['copyCount'],
        code: 'invalid_number',
        message: 'Copies to certify must be a number',
      },
    ]);
  });

  it('carries the fee per page', () => {
    expect(certifiedCopyForm.fees.map((f) => f.amount)).toEqual([2000, 1000]);
  });
});
