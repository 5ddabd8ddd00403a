import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTaxCode, safeParseTaxCode } from './taxCode';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
const sum = (nine: string) => [...nine].reduce((s, d, i) => s + Number(d) * (WEIGHTS[i] ?? 0), 0);

describe('safeParseTaxCode', () => {
  it.each([
    ['0100109106', '0100109106'], // Viettel
    ['0301442379', '0301442379'], // FPT
    [' 0301 442 379 ', '0301442379'],
  ])('accepts the real code %j', (input, taxCode) => {
    expect(safeParseTaxCode(input)).toEqual({ ok: true, value: { taxCode, kind: 'main' } });
  });

  it.each([
    ['0100109106-001', '0100109106-001'],
    ['0100109106001', '0100109106-001'],
    ['0100109106 001', '0100109106-001'],
    ['0301442379-999', '0301442379-999'],
  ])('normalises the branch code %j', (input, taxCode) => {
    expect(safeParseTaxCode(input)).toEqual({
      ok: true,
      value: { taxCode, kind: 'dependent', parent: taxCode.slice(0, 10) },
    });
  });

  it('accepts a 12-digit personal identification number (Circular 86/2024/TT-BTC)', () => {
    expect(safeParseTaxCode('001203012345')).toEqual({
      ok: true,
      value: { taxCode: '001203012345', kind: 'personalId' },
    });
    expect(safeParseTaxCode('003203012345')).toMatchObject({
      ok: false,
      issues: [{ path: [], code: 'invalid_tax_code' }],
    });
  });

  it.each([
    ['', 'invalid_tax_code'],
    ['010010910', 'invalid_tax_code'],
    ['01001091061', 'invalid_tax_code'],
    ['0100109106-00', 'invalid_tax_code'],
    ['0100109106-000', 'invalid_tax_code'],
    ['0100109106--001', 'invalid_tax_code'],
    ['01000000006', 'invalid_tax_code'],
    ['0100000000', 'invalid_tax_code'], // N3–N9 all zeros
    ['01001091O6', 'invalid_tax_code'],
    ['0100109107', 'invalid_tax_code_checksum'],
    ['0301442378', 'invalid_tax_code_checksum'],
    ['0100109107-001', 'invalid_tax_code_checksum'],
  ])('rejects %j with %s', (input, code) => {
    expect(safeParseTaxCode(input)).toMatchObject({ ok: false, issues: [{ path: [], code }] });
    expect(isTaxCode(input)).toBe(false);
  });

  it('rejects codes whose weighted sum is a multiple of 11 (documented choice)', () => {
    // Find a nine-digit prefix whose weighted sum is a multiple of 11: no tenth digit can fit.
    let nine = '';
    for (let n = 10000000; n < 99999999; n++) {
      const s = String(n).padStart(9, '0');
      if (sum(s) % 11 === 0 && s.slice(2) !== '0000000') {
        nine = s;
        break;
      }
    }
    expect(nine).not.toBe('');
    for (let d = 0; d <= 9; d++) {
      expect(safeParseTaxCode(`${nine}${d}`)).toMatchObject({
        ok: false,
        issues: [{ path: [], code: 'invalid_tax_code_checksum' }],
      });
    }
  });

  it('accepts exactly one check digit for every other prefix (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => {
        fc.pre(nine.slice(2) !== '0000000');
        const valid = [...'0123456789'].filter((d) => safeParseTaxCode(nine + d).ok);
        return sum(nine) % 11 === 0
          ? valid.length === 0
          : valid.length === 1 && valid[0] === String(10 - (sum(nine) % 11)).slice(-1);
      }),
    );
  });

  it('a branch code is valid exactly when its parent is (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), fc.integer({ min: 1, max: 999 }), (main, n) => {
        const suffix = String(n).padStart(3, '0');
        return safeParseTaxCode(`${main}-${suffix}`).ok === safeParseTaxCode(main).ok;
      }),
    );
  });
});
