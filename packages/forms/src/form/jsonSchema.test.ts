import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthRegistrationForm, birthRegistrationSample } from '../samples/birthRegistration';
import { certifiedCopyForm } from '../samples/certifiedCopy';
import { formJsonSchema } from './jsonSchema';
import type { FormDefinition, FormField } from './types';
import { validateForm } from './validateForm';

// Node's environment, without @types/node in the package's type space.
const env =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const RUNS = Number(env['MOTCUA_SCHEMA_RUNS'] ?? 10_000);

function ajvFor(form: FormDefinition) {
  const ajv = new Ajv2020({ allErrors: false });
  ajv.addKeyword('x-motcua');
  ajv.addKeyword('x-motcua-label');
  return ajv.compile(formJsonSchema(form));
}

/** Values of every kind for a field: valid, boundary and junk, as a citizen portal may send them. */
function fieldValue(f: FormField): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.constantFrom(null, '', '   ', '\u200b', 0, -1, 1.5, true, false, [], {}, 'x'),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const typed: fc.Arbitrary<unknown> = (() => {
    switch (f.type) {
      case 'text':
      case 'longText':
        return fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('  Kinh  ', 'A1', 'x'.repeat(1001)),
        );
      case 'number':
        return fc.oneof(
          fc.integer({ min: -5, max: 200 }),
          fc.constantFrom('5', ' 7 ', '1.5', 'x', 2.5),
        );
      case 'money':
        return fc.constantFrom('50.000 đồng', 50000, '50000', 'abc', -1);
      case 'date':
        return fc.constantFrom(
          '01/02/2020',
          '2020-02-01',
          '31/02/2020',
          '1/1/1990',
          'x'.repeat(21),
          '2026-12-31',
        );
      case 'boolean':
        return fc.boolean();
      case 'choice':
        return fc.oneof(fc.constantFrom(...f.options.map((o) => o.value)), fc.constant('nope'));
      case 'multiChoice':
        return fc.array(fc.constantFrom(...f.options.map((o) => o.value), 'nope'), {
          maxLength: 4,
        });
      case 'citizenId':
        return fc.constantFrom(
          '001085012345',
          '001185012345',
          '00108501234',
          '999085012345',
          ' 001085012345 ',
        );
      case 'taxCode':
        return fc.constantFrom('0100109106', '0100109107', '0100109106-001', 'x');
      case 'phone':
        return fc.constantFrom(
          '0912345678',
          '0912 345 678',
          '+84912345678',
          '01623456789',
          '0241234567',
        );
      case 'personName':
        return fc.constantFrom('Nguyễn Văn An', 'LÊ THỊ B', 'A', 'Nguyễn1', '  Trần Văn C  ');
      case 'email':
        return fc.constantFrom('a@b.vn', 'a@b', ' a@b.vn ', 'x');
      case 'address':
        return fc.record(
          {
            province: fc.constantFrom('01', '79', '99', ''),
            commune: fc.constantFrom('00235', '26734', '99999', ''),
            detail: fc.oneof(fc.constant('Số 1 ngõ 2'), fc.constant(null), fc.constant(5)),
          },
          { requiredKeys: [] },
        );
      case 'group':
        return fc.array(dataOf(f.fields), { maxLength: 3 });
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: junk });
}

/** Form data: each field present (at its dotted path) or not. */
function dataOf(fields: readonly FormField[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(...fields.map((f) => fc.option(fieldValue(f), { freq: 4, nil: undefined })))
    .map((values) => {
      const out: Record<string, unknown> = {};
      fields.forEach((f, i) => {
        const v = values[i];
        if (v === undefined) return;
        const path = f.key.split('.');
        let cur = out;
        for (const seg of path.slice(0, -1)) {
          if (typeof cur[seg] !== 'object' || cur[seg] === null) cur[seg] = {};
          cur = cur[seg] as Record<string, unknown>;
        }
        cur[path.at(-1) as string] = v;
      });
      return out;
    });
}

/**
 * The field keys whose schema names something as unchecked (`x-motcua`): a dossier the schema
 * accepts and motcua refuses must be refused only there.
 */
function uncheckedKeys(fields: readonly FormField[], prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const f of fields) {
    const key = prefix + f.key;
    const annotated =
      !['boolean', 'choice', 'multiChoice', 'group'].includes(f.type) ||
      (f.type === 'multiChoice' && f.maxItems !== undefined) ||
      f.visibleIf !== undefined ||
      f.requiredIf !== undefined;
    if (annotated) out.add(key);
    if (f.type === 'group') {
      if ((f.rules?.length ?? 0) > 0) out.add(key);
      for (const k of uncheckedKeys(f.fields, `${key}.*.`)) out.add(k);
    }
  }
  return out;
}

/** A valid certified-copy request (checked below). */
const certifiedCopySample = {
  requester: {
    fullName: 'Lê Văn Cường',
    idType: 'citizenId',
    citizenId: '001085012345',
    phone: '0912345678',
  },
  document: {
    type: 'diploma',
    title: 'Bằng tốt nghiệp đại học',
    pageCount: 1,
    issueDate: '15/06/2020',
  },
  copyCount: 2,
};

/** Dossiers near a valid one: up to three fields replaced (valid, boundary or junk values) or removed. */
function nearValid(form: FormDefinition, base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const edits = fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: form.fields.length - 1 }).chain((i) => {
        const f = form.fields[i] as FormField;
        return fc.tuple(fc.constant(f.key), fc.option(fieldValue(f), { nil: undefined }));
      }),
    ),
    { maxLength: 3 },
  );
  return edits.map((list) => {
    const out = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    for (const [[key, value]] of list) {
      const path = key.split('.');
      let cur = out;
      for (const seg of path.slice(0, -1)) {
        if (typeof cur[seg] !== 'object' || cur[seg] === null) cur[seg] = {};
        cur = cur[seg] as Record<string, unknown>;
      }
      if (value === undefined) delete cur[path.at(-1) as string];
      else cur[path.at(-1) as string] = value;
    }
    return out;
  });
}

describe('formJsonSchema', () => {
  it('is a draft 2020-12 schema with the labels in both languages', () => {
    const s = formJsonSchema(birthRegistrationForm);
    expect(s['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s['x-motcua-label']).toEqual({
      vi: birthRegistrationForm.title.vi,
      en: birthRegistrationForm.title.en,
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s); // plain JSON
  });

  it('accepts the sample dossier, and a standard validator agrees with validateForm on it', () => {
    const check = ajvFor(birthRegistrationForm);
    expect(validateForm(birthRegistrationForm, birthRegistrationSample).ok).toBe(true);
    expect(check(birthRegistrationSample)).toBe(true);
    expect(check({})).toBe(false); // required fields
    expect(check('not an object')).toBe(false);
  });

  for (const [form, base] of [
    [birthRegistrationForm, birthRegistrationSample],
    [certifiedCopyForm, certifiedCopySample],
  ] as const) {
    it(`never refuses what validateForm accepts, on ${RUNS} generated dossiers (${form.id})`, () => {
      expect(validateForm(form, base).ok).toBe(true);
      const check = ajvFor(form);
      const unchecked = uncheckedKeys(form.fields);
      let valid = 0;
      let agree = 0;
      let refusedBySchema = 0;
      // Half near a valid dossier (valid, boundary, junk), half any shape.
      const dossier = fc.oneof(
        nearValid(form, base as Record<string, unknown>),
        dataOf(form.fields),
      );
      fc.assert(
        fc.property(dossier, (data) => {
          const motcua = validateForm(form, data).ok;
          const schema = check(data) === true;
          // Sound: the schema never refuses a dossier motcua accepts.
          if (motcua) expect(schema, JSON.stringify(data)).toBe(true);
          if (motcua) valid++;
          if (!schema) refusedBySchema++;
          if (motcua === schema) agree++;
          else {
            // Where they differ, motcua refused only what the schema names as unchecked.
            const r = validateForm(form, data);
            if (!r.ok && ((form as FormDefinition).rules?.length ?? 0) === 0)
              for (const issue of r.issues) {
                const key = issue.path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
                const named = [...unchecked].some((k) => key === k || key.startsWith(`${k}.`));
                expect(named, `${key} (${issue.code}) in ${JSON.stringify(data)}`).toBe(true);
              }
          }
        }),
        { numRuns: RUNS },
      );
      if (env['MOTCUA_SCHEMA_STATS'])
        (globalThis as { console?: { log(...a: unknown[]): void } }).console?.log(form.id, {
          runs: RUNS,
          valid,
          refusedBySchema,
          agree,
        });
      // The generated set has both valid and invalid dossiers, and the schema catches most invalid
      // ones by itself; the rest are what it names as unchecked (x-motcua).
      expect(valid).toBeGreaterThan(RUNS / 20);
      expect(refusedBySchema).toBeGreaterThan(RUNS / 4);
    });
  }

  it('refuses a definition that does not validate', () => {
    expect(() => formJsonSchema({ id: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_DEFINITION' }),
    );
  });
});
