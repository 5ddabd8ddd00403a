import { describe, expect, it } from 'vitest';
import { birthRegistrationForm } from '../samples/birthRegistration';
import { certifiedCopyForm } from '../samples/certifiedCopy';
import { documentChecklist } from './documentChecklist';

const required = (form: Parameters<typeof documentChecklist>[0], value: Record<string, unknown>) =>
  documentChecklist(form, value)
    .filter((l) => l.required)
    .map((l) => l.document.id);

describe('documentChecklist', () => {
  it('lists every document with whether this dossier needs it', () => {
    const lines = documentChecklist(birthRegistrationForm, { birthProof: 'birthCertificate' });
    expect(lines.map((l) => l.document.id)).toEqual(
      birthRegistrationForm.documents.map((d) => d.id),
    );
    expect(required(birthRegistrationForm, { birthProof: 'birthCertificate' })).toEqual([
      'to-khai-dang-ky-khai-sinh',
      'giay-chung-sinh',
    ]);
  });

  it('follows requiredIf on the data', () => {
    expect(
      required(birthRegistrationForm, {
        birthProof: 'commitment',
        fatherKnown: true,
        requester: { relationship: 'authorised' },
      }),
    ).toEqual([
      'to-khai-dang-ky-khai-sinh',
      'giay-cam-doan-viec-sinh',
      'giay-chung-nhan-ket-hon',
      'van-ban-uy-quyen',
    ]);
    expect(required(certifiedCopyForm, {})).toEqual(['ban-chinh']);
  });

  it('keeps the document attributes', () => {
    const original = documentChecklist(certifiedCopyForm, {})[0]?.document;
    expect(original).toMatchObject({ originals: 1, presentOnly: true });
    const id = documentChecklist(birthRegistrationForm, {}).find(
      (l) => l.document.id === 'giay-to-tuy-than',
    );
    expect(id).toMatchObject({ required: false, document: { reusable: true, presentOnly: true } });
  });
});
