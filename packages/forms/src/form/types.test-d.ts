import { describe, expectTypeOf, it } from 'vitest';
import type { birthRegistrationForm } from '../samples/birthRegistration';
import type { certifiedCopyForm } from '../samples/certifiedCopy';
import { defineForm } from './defineForm';
import { formSchema } from './formSchema';
import type { AddressValue, FormData, FormDefinition } from './types';
import { validateForm } from './validateForm';

const L = { vi: 'x', en: 'x' };

const form = defineForm({
  id: 'types',
  version: '1',
  title: L,
  fields: [
    { key: 'father.fullName', type: 'personName', required: true, label: L },
    { key: 'father.citizenId', type: 'citizenId', label: L },
    { key: 'age', type: 'number', required: true, label: L },
    { key: 'fee', type: 'money', label: L },
    {
      key: 'sex',
      type: 'choice',
      required: true,
      label: L,
      options: [
        { value: 'male', label: L },
        { value: 'female', label: L },
      ],
    },
    {
      key: 'channels',
      type: 'multiChoice',
      label: L,
      options: [
        { value: 'post', label: L },
        { value: 'online', label: L },
      ],
    },
    { key: 'home', type: 'address', required: true, label: L },
    { key: 'agree', type: 'boolean', required: true, label: L },
    {
      key: 'reason',
      type: 'text',
      required: true,
      visibleIf: { field: 'agree', equals: true },
      label: L,
    },
    { key: 'taxCode', type: 'taxCode', requiredIf: { field: 'agree', equals: true }, label: L },
    {
      key: 'kids',
      type: 'group',
      label: L,
      fields: [
        { key: 'name', type: 'personName', required: true, label: L },
        { key: 'birth.date', type: 'date', label: L },
      ],
    },
  ],
});

type Data = FormData<typeof form>;

describe('FormData', () => {
  it('infers nested objects, required and optional keys, literal unions and groups', () => {
    expectTypeOf<Data>().toEqualTypeOf<{
      father: { fullName: string; citizenId?: string };
      age: number;
      sex: 'male' | 'female';
      home: AddressValue;
      agree: boolean;
      fee?: number;
      channels?: ('post' | 'online')[];
      reason?: string;
      taxCode?: string;
      kids?: { name: string; birth?: { date?: string } }[];
    }>();
  });

  it('types the results of validateForm and formSchema', () => {
    const r = validateForm(form, {});
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Data>();
    expectTypeOf(formSchema(form).parse({})).toEqualTypeOf<Data>();
  });

  it('types the sample forms', () => {
    type Birth = FormData<typeof birthRegistrationForm>;
    expectTypeOf<Birth['child']['sex']>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<Birth['requester']['relationship']>().toEqualTypeOf<
      'mother' | 'father' | 'grandparent' | 'relative' | 'authorised'
    >();
    expectTypeOf<Birth['mother']['citizenId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<Birth['witnesses']>[number]>().toEqualTypeOf<{
      fullName: string;
      citizenId: string;
      phone?: string;
    }>();
    type Copy = FormData<typeof certifiedCopyForm>;
    expectTypeOf<Copy['copyCount']>().toEqualTypeOf<number>();
    expectTypeOf<Copy['document']['type']>().toEqualTypeOf<
      'diploma' | 'civilStatus' | 'landCertificate' | 'identity' | 'other'
    >();
  });

  it('falls back to a record for definitions that are not literal (from JSON)', () => {
    expectTypeOf<FormData<FormDefinition>>().toEqualTypeOf<Record<string, unknown>>();
  });

  it('rejects unknown field types and bad shapes at compile time', () => {
    const base = { id: 'x', version: '1', title: L } as const;
    // @ts-expect-error 'signature' is not a field type
    defineForm({ ...base, fields: [{ key: 'a', type: 'signature', label: L }] });
    // @ts-expect-error a choice needs options
    defineForm({ ...base, fields: [{ key: 'a', type: 'choice', label: L }] });
    // @ts-expect-error a label needs both languages
    defineForm({ ...base, fields: [{ key: 'a', type: 'text', label: { vi: 'a' } }] });
  });
});
