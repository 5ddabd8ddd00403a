/**
 * Dossier forms: validating a birth-registration dossier (33 fields: names, personal
 * identification numbers, phone, dates, addresses, choices, a repeating group of witnesses, six
 * cross-field rules) with the compiled sample form, against the same rules written by hand in zod
 * (with the same `vn.*` identifier schemas, so only the form machinery is compared).
 */
import {
  birthRegistrationForm,
  birthRegistrationSample,
  isCommuneInProvince,
  validateForm,
  vn,
} from '@motcua/forms';
import * as z from 'zod';
import type { BenchCase } from '../harness';

const address = z
  .object({
    province: z.string(),
    commune: z.string(),
    detail: z.string().trim().max(500).optional(),
  })
  .superRefine((a, ctx) => {
    if (!isCommuneInProvince(a.commune, a.province)) {
      ctx.addIssue({ code: 'custom', path: ['commune'], message: 'commune_not_in_province' });
    }
  })
  .transform((a) => (a.detail ? a : { province: a.province, commune: a.commune }));

const nationality = z.enum(['vn', 'foreign']);
const ethnicity = z.string().trim().min(1).max(50);

const parent = z.object({
  fullName: vn.personName(),
  birthDate: vn.date(),
  ethnicity,
  nationality,
  citizenId: vn.citizenId().optional(),
  passportNumber: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{6,12}$/)
    .optional(),
  residence: address,
});

const REQUESTER_DETAILS = ['grandparent', 'relative', 'authorised'];

/** The birth registration rules, written by hand in zod. */
const handWritten = z
  .object({
    child: z.object({
      fullName: vn.personName(),
      sex: z.enum(['male', 'female']),
      birthDate: vn.date(),
      birthFacility: z.string().trim().max(200).optional(),
      birthPlace: address,
      ethnicity,
      nationality,
      hometown: z.string().trim().max(200).optional(),
    }),
    mother: parent,
    fatherKnown: z.boolean(),
    father: parent.optional(),
    requester: z.object({
      relationship: z.enum(['mother', 'father', 'grandparent', 'relative', 'authorised']),
      fullName: vn.personName().optional(),
      citizenId: vn.citizenId().optional(),
      phone: vn.phone(),
      email: z.email().optional(),
    }),
    birthProof: z.enum(['birthCertificate', 'witness', 'commitment']),
    witnesses: z
      .array(
        z.object({
          fullName: vn.personName(),
          citizenId: vn.citizenId(),
          phone: vn.phone().optional(),
        }),
      )
      .min(1)
      .max(3)
      .optional(),
    extractCopies: z.number().int().min(0).max(20).optional(),
    resultChannels: z
      .array(z.enum(['counter', 'post', 'online']))
      .max(3)
      .optional(),
    pledge: z.literal(true),
  })
  .superRefine((d, ctx) => {
    const need = (ok: unknown, path: (string | number)[]) => {
      if (ok === undefined) ctx.addIssue({ code: 'custom', path, message: 'required' });
    };
    const parentRules = (p: z.infer<typeof parent>, key: string) => {
      if (p.nationality === 'vn') need(p.citizenId, [key, 'citizenId']);
      else need(p.passportNumber, [key, 'passportNumber']);
      if (d.child.birthDate <= p.birthDate) {
        ctx.addIssue({ code: 'custom', path: ['child', 'birthDate'], message: 'date_after' });
      }
      if (p.citizenId !== undefined && vn2year(p.citizenId) !== Number(p.birthDate.slice(0, 4))) {
        ctx.addIssue({ code: 'custom', path: [key, 'citizenId'], message: 'citizen_id_mismatch' });
      }
    };
    parentRules(d.mother, 'mother');
    if (d.fatherKnown) {
      need(d.father, ['father']);
      if (d.father) parentRules(d.father, 'father');
      if (d.father?.citizenId !== undefined && d.father.citizenId === d.mother.citizenId) {
        ctx.addIssue({ code: 'custom', path: ['father', 'citizenId'], message: 'different_from' });
      }
    }
    if (REQUESTER_DETAILS.includes(d.requester.relationship)) {
      need(d.requester.fullName, ['requester', 'fullName']);
      need(d.requester.citizenId, ['requester', 'citizenId']);
      if (d.requester.citizenId !== undefined && d.requester.citizenId === d.mother.citizenId) {
        ctx.addIssue({
          code: 'custom',
          path: ['requester', 'citizenId'],
          message: 'different_from',
        });
      }
    }
    if (d.birthProof === 'witness') need(d.witnesses, ['witnesses']);
  })
  .transform((d) => {
    // Drop what the conditions hide.
    const { father, witnesses, ...rest } = d;
    const requester = REQUESTER_DETAILS.includes(d.requester.relationship)
      ? d.requester
      : {
          relationship: d.requester.relationship,
          phone: d.requester.phone,
          ...(d.requester.email ? { email: d.requester.email } : {}),
        };
    const strip = (p: z.infer<typeof parent>) => {
      const { citizenId, passportNumber, ...r } = p;
      return p.nationality === 'vn' ? { ...r, citizenId } : { ...r, passportNumber };
    };
    return {
      ...rest,
      mother: strip(d.mother),
      requester,
      ...(d.fatherKnown && father ? { father: strip(father) } : {}),
      ...(d.birthProof === 'witness' ? { witnesses } : {}),
    };
  });

function vn2year(id: string): number {
  return 1900 + (Number(id[3]) >> 1) * 100 + Number(id.slice(4, 6));
}

/** The shipped sample, with the birth proven by two witnesses instead (exercises the group rules). */
const validDossier = {
  ...birthRegistrationSample,
  requester: {
    relationship: 'grandparent',
    fullName: 'Nguyễn Văn Bình',
    citizenId: '036060001234',
    phone: '0912 345 678',
    email: 'binh.nguyen@example.com',
  },
  birthProof: 'witness',
  witnesses: [
    { fullName: 'Phạm Văn Dũng', citizenId: '036080001234', phone: '0987654321' },
    { fullName: 'Lê Thị Hoa', citizenId: '001185004321' },
  ],
};

/** The same dossier with five mistakes a citizen makes. */
const invalidDossier = {
  ...validDossier,
  child: {
    ...validDossier.child,
    fullName: 'Nguyễn Minh Khang 2',
    birthPlace: { province: '79', commune: '00235' },
  },
  mother: { ...validDossier.mother, citizenId: '00119501234' },
  requester: { ...validDossier.requester, phone: '01623456789' },
  witnesses: [
    { fullName: 'Phạm Văn Dũng', citizenId: '036080001234', phone: '0987654321' },
    { fullName: 'Lê Thị Hoa' },
  ],
};

function verify(): void {
  const ours = validateForm(birthRegistrationForm, validDossier);
  const theirs = handWritten.safeParse(validDossier);
  if (!ours.ok || !theirs.success) throw new Error('the valid dossier must pass both validators');
  if (JSON.stringify(sortKeys(ours.value)) !== JSON.stringify(sortKeys(theirs.data))) {
    throw new Error(
      `outputs differ:\n${JSON.stringify(ours.value)}\n${JSON.stringify(theirs.data)}`,
    );
  }
  const bad = validateForm(birthRegistrationForm, invalidDossier);
  const badTheirs = handWritten.safeParse(invalidDossier);
  if (bad.ok || badTheirs.success) throw new Error('the invalid dossier must fail both validators');
  if (bad.issues.length !== 5 || badTheirs.error.issues.length !== 5) {
    throw new Error(
      `expected 5 issues each, got ${bad.issues.length} and ${badTheirs.error.issues.length}`,
    );
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  }
  return v;
}

const cases: BenchCase[] = [
  {
    name: 'Validate a valid 33-field birth-registration dossier',
    target: '≥ 0.9× the same rules hand-written in zod',
    verify,
    ours: {
      name: '@motcua/forms validateForm(birthRegistrationForm)',
      fn: () => validateForm(birthRegistrationForm, validDossier),
    },
    others: [
      {
        name: 'zod, hand-written schema .safeParse',
        fn: () => handWritten.safeParse(validDossier),
      },
    ],
  },
  {
    name: 'Validate an invalid birth-registration dossier (5 issues)',
    target: '≥ 0.9× the same rules hand-written in zod',
    ours: {
      name: '@motcua/forms validateForm(birthRegistrationForm)',
      fn: () => validateForm(birthRegistrationForm, invalidDossier),
    },
    others: [
      {
        name: 'zod, hand-written schema .safeParse',
        fn: () => handWritten.safeParse(invalidDossier),
      },
    ],
  },
];

export default cases;
