import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, safeParsePhone } from './phone';

describe('safeParsePhone', () => {
  it.each([
    '0912 345 678',
    '0912.345.678',
    '0912-345-678',
    '0912345678',
    '+84 912345678',
    '+84912345678',
    '84912345678',
    '0084 912 345 678',
    '(+84) 912-345-678',
    '+84 0912 345 678',
    '  0912345678  ',
  ])('normalises %j to +84912345678', (input) => {
    expect(safeParsePhone(input)).toEqual({ ok: true, value: '+84912345678' });
  });

  it.each([
    ['0321234567', '+84321234567'], // Viettel
    ['0861234567', '+84861234567'],
    ['0812345678', '+84812345678'], // VinaPhone
    ['0701234567', '+84701234567'], // MobiFone
    ['0561234567', '+84561234567'], // Vietnamobile
    ['0591234567', '+84591234567'], // Gmobile
    ['0991234567', '+84991234567'],
    ['0871234567', '+84871234567'], // accepted, not verified
  ])('accepts the prefix of %s', (input, e164) => {
    expect(safeParsePhone(input)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    ['01623456789', 'phone_legacy_number'],
    ['0162 345 6789', 'phone_legacy_number'],
    ['+841623456789', 'phone_legacy_number'],
    ['0241234567', 'unknown_phone_prefix'], // a Hà Nội landline prefix
    ['0311234567', 'unknown_phone_prefix'],
    ['0951234567', 'unknown_phone_prefix'],
    ['0801234567', 'unknown_phone_prefix'],
    ['', 'invalid_phone'],
    ['abc', 'invalid_phone'],
    ['091234567', 'invalid_phone'],
    ['09123456789', 'invalid_phone'],
    ['912345678', 'invalid_phone'],
    ['+1 912345678', 'invalid_phone'],
    ['++84912345678', 'invalid_phone'],
    ['0912+345678', 'invalid_phone'],
    ['0912/345/678', 'invalid_phone'],
    ['0912 345 678 ext 1', 'invalid_phone'],
  ])('rejects %j with %s', (input, code) => {
    expect(safeParsePhone(input)).toMatchObject({ ok: false, issues: [{ path: [], code }] });
  });

  it('accepts every writing of every accepted number the same way (property)', () => {
    const prefixes = [
      '32',
      '39',
      '86',
      '96',
      '81',
      '85',
      '88',
      '91',
      '94',
      '70',
      '79',
      '89',
      '90',
      '93',
      '56',
      '58',
      '92',
      '59',
      '99',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.stringMatching(/^\d{7}$/),
        fc.constantFrom('0', '+84', '84', '+84 ', '(+84) ', '0084'),
        fc.constantFrom('', ' ', '.', '-'),
        (prefix, rest, lead, sep) => {
          const national = `${prefix}${rest}`;
          const written = `${lead}${national.slice(0, 3)}${sep}${national.slice(3, 6)}${sep}${national.slice(6)}`;
          const r = safeParsePhone(written);
          return r.ok && r.value === `+84${national}` && safeParsePhone(r.value).ok;
        },
      ),
    );
  });

  it('never throws and only returns E.164 (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = safeParsePhone(s);
        return !r.ok || /^\+84\d{9}$/.test(r.value);
      }),
    );
  });
});

describe('formatPhone', () => {
  it('writes the national format', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('84 912.345.678')).toBe('0912 345 678');
    expect(formatPhone('12345')).toBeUndefined();
  });
});
