import { describe, expect, it } from 'vitest';
import { isFormsError } from '../errors';
import { documentChecklist } from './documentChecklist';
import { formSchema } from './formSchema';
import type { FormDefinition } from './types';
import { validateForm } from './validateForm';

const def = (fields: unknown[]) =>
  ({ id: 'f', version: '1', title: { vi: 'F', en: 'F' }, fields }) as unknown as FormDefinition;

function definitionError(run: () => unknown): {
  issues: { path: unknown[]; message: string; code?: string }[];
} {
  try {
    run();
  } catch (e) {
    expect(isFormsError(e)).toBe(true);
    expect((e as { code: string }).code).toBe('INVALID_DEFINITION');
    return (e as { details: { issues: { path: unknown[]; message: string; code?: string }[] } })
      .details;
  }
  throw new Error('expected INVALID_DEFINITION');
}

describe('definitions are checked before data, by every entry point', () => {
  const typo = def([{ key: 'phone', type: 'phon', label: { vi: 'Điện thoại', en: 'Phone' } }]);
  const misspelt = def([
    { key: 'name', type: 'text', label: { vi: 'Tên', en: 'Name' }, requierd: true },
  ]);

  it("an unknown field type is the program's error naming the field and the real types, not the citizen's", () => {
    for (const run of [
      () => validateForm(typo, {}),
      () => formSchema(typo),
      () => documentChecklist(typo, {}),
    ]) {
      const { issues } = definitionError(run);
      expect(issues[0]?.path).toEqual(['fields', 0, 'type']);
      expect(issues[0]?.message).toContain('unknown field type "phon"');
      expect(issues[0]?.message).toContain('phone');
    }
  });

  it('a misspelt property no longer makes a field silently optional', () => {
    const { issues } = definitionError(() => validateForm(misspelt, {}));
    expect(issues.some((i) => i.message.includes('"requierd" (misspelt?)'))).toBe(true);
  });

  it('checks a definition object once, and a sound one still validates data', () => {
    const ok = def([
      { key: 'name', type: 'text', label: { vi: 'Tên', en: 'Name' }, required: true },
    ]);
    expect(validateForm(ok, { name: 'An' }).ok).toBe(true);
    const r = validateForm(ok, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: ['name'], code: 'required' });
  });
});

describe('definitions from hostile JSON (issue reproducers)', () => {
  it('refuses a pattern that can take exponential time, naming it', () => {
    const { issues } = definitionError(() =>
      validateForm(
        def([{ key: 'a', type: 'text', label: { vi: 'A', en: 'A' }, pattern: '(a|a)*c' }]),
        {},
      ),
    );
    expect(issues[0]).toMatchObject({ path: ['fields', 0, 'pattern'], code: 'unsafe_pattern' });
    // A plain pattern stays accepted.
    const ok = def([
      { key: 'a', type: 'text', label: { vi: 'A', en: 'A' }, pattern: '[A-Z]{2}\\d{4}' },
    ]);
    expect(validateForm(ok, { a: 'AB1234' }).ok).toBe(true);
  });

  it('refuses 1,000-level nested conditions with a typed error instead of overflowing the stack', () => {
    let cond: unknown = { field: 'a', equals: 1 };
    for (let i = 0; i < 1000; i++) cond = { not: cond };
    const nested = def([
      { key: 'a', type: 'number', label: { vi: 'A', en: 'A' } },
      { key: 'b', type: 'text', label: { vi: 'B', en: 'B' }, visibleIf: cond },
    ]);
    const { issues } = definitionError(() => validateForm(nested, {}));
    expect(issues[0]?.message).toContain('64');
    expect(issues[0]?.code).toBe('too_large');
  });
});
