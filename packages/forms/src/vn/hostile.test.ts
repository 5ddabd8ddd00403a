import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../form/types';
import { validateForm } from '../form/validateForm';
import { redactPersonalData } from '../survey/redactPersonalData';
import { searchUnits } from '../units/units';
import { safeParseCitizenId } from './citizenId';
import { safeParseVnDate } from './date';
import { safeParseVnd } from './money';
import { safeParsePersonName } from './personName';
import { safeParsePhone } from './phone';
import { safeParseTaxCode } from './taxCode';

describe('plain helpers and text tools on hostile input (issue reproducers)', () => {
  it('never throw TypeError on a non-string: the value is simply invalid', () => {
    for (const junk of [5, null, undefined, {}, { toString: 1 }, ['0912345678']]) {
      for (const f of [
        safeParsePhone,
        safeParseCitizenId,
        safeParseTaxCode,
        safeParsePersonName,
        safeParseVnDate,
      ])
        expect((f as (v: unknown) => { ok: boolean })(junk).ok).toBe(false);
      if (typeof junk !== 'number') expect(safeParseVnd(junk as never).ok).toBe(false);
    }
  });

  it('read "đồng" typed in NFD, and refuse a 100,000-character amount at once', () => {
    expect(safeParseVnd('1.500.000 đồng'.normalize('NFD'))).toEqual({ ok: true, value: 1_500_000 });
    expect(safeParseVnd(`1${' 000'.repeat(25_000)}`).ok).toBe(false);
  });

  it('a lone zero-width space does not satisfy a required text field', () => {
    const form = {
      id: 'f',
      version: '1',
      title: { vi: 'F', en: 'F' },
      fields: [{ key: 'name', type: 'text', label: { vi: 'Tên', en: 'Name' }, required: true }],
    } as const satisfies FormDefinition;
    for (const blank of ['\u200B', ' \u200C\u200D ', '\uFEFF']) {
      const r = validateForm(form, { name: blank });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('required');
    }
  });

  it('redactPersonalData is linear: a 100,000-character answer is redacted in one pass', () => {
    const long = `${'a'.repeat(100_000)} liên hệ 0912 345 678 hoặc an.nguyen@example.com`;
    const out = redactPersonalData(long);
    expect(out.endsWith('liên hệ [số điện thoại] hoặc [email]')).toBe(true);
    expect(redactPersonalData('x@y'.repeat(30_000)).length).toBe(90_000);
    expect(() => redactPersonalData(5 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('searchUnits answers a megabyte query with nothing, and a non-string with a typed error', () => {
    expect(searchUnits('Đống Đa '.repeat(125_000))).toEqual([]);
    expect(() => searchUnits(5 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
