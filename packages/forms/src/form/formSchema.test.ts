import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { birthRegistrationForm } from '../samples/birthRegistration';
import { certifiedCopyForm } from '../samples/certifiedCopy';
import { formSchema } from './formSchema';
import { validateForm } from './validateForm';

describe('formSchema', () => {
  it('is a zod schema that validates like validateForm', () => {
    const schema = formSchema(certifiedCopyForm);
    expect(schema).toBeInstanceOf(z.ZodType);
    const data = {
      requester: { fullName: 'Lê Văn Cường', idType: 'citizenId', citizenId: '001085012345' },
      document: { type: 'diploma', title: 'Bằng tốt nghiệp', pageCount: '2' },
      copyCount: 3,
    };
    const r = validateForm(certifiedCopyForm, data);
    expect(r.ok).toBe(true);
    expect(r.ok && schema.parse(data)).toEqual(r.ok && r.value);
    expectTypeOf(schema.parse(data).copyCount).toEqualTypeOf<number>();
  });

  it('reports the same issues, with the code in params', () => {
    const data = {
      requester: { fullName: 'Lê Văn Cường', idType: 'passport', passportNumber: 'b1' },
    };
    const r = validateForm(certifiedCopyForm, data, { locale: 'en' });
    const s = formSchema(certifiedCopyForm, { locale: 'en' }).safeParse(data);
    expect(s.success).toBe(false);
    expect(r.ok).toBe(false);
    expect(
      s.error?.issues.map((i) => ({
        path: i.path,
        code: i.code === 'custom' ? (i.params as { code?: string } | undefined)?.code : i.code,
        message: i.message,
      })),
    ).toEqual(r.ok ? [] : r.issues);
  });

  it('nests in other schemas, with prefixed paths', () => {
    const Envelope = z.object({ dossier: formSchema(birthRegistrationForm) });
    const r = Envelope.safeParse({ dossier: { child: { fullName: 'An 1' } } });
    expect(r.error?.issues[0]?.path).toEqual(['dossier', 'child', 'fullName']);
  });

  it('is built once per definition and language', () => {
    expect(formSchema(certifiedCopyForm)).toBe(formSchema(certifiedCopyForm));
    expect(formSchema(certifiedCopyForm, { locale: 'vi' })).toBe(formSchema(certifiedCopyForm));
    expect(formSchema(certifiedCopyForm, { locale: 'en' })).not.toBe(formSchema(certifiedCopyForm));
  });
});
