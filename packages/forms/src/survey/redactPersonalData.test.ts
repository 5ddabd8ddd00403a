import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redactPersonalData';

describe('redactPersonalData', () => {
  it.each([
    ['0912345678', '[số điện thoại]'],
    ['0912 345 678', '[số điện thoại]'],
    ['0912.345.678', '[số điện thoại]'],
    ['0912-345-678', '[số điện thoại]'],
    ['+84 912 345 678', '[số điện thoại]'],
    ['+84912345678', '[số điện thoại]'],
    ['84912345678', '[số điện thoại]'],
    ['(+84) 912 345 678', '[số điện thoại]'],
    ['SĐT:0387654321.', 'SĐT:[số điện thoại].'],
    ['máy bàn 024 3825 1234', 'máy bàn [số điện thoại]'],
    ['CCCD 001090012345', 'CCCD [số định danh]'],
    ['CMND 012345678', 'CMND [số CMND]'],
    ['email: nguyen.van.a+1@gmail.com!', 'email: [email]!'],
    ['thư: lan@hanoi.gov.vn', 'thư: [email]'],
  ])('redacts %j', (text, expected) => {
    expect(redactPersonalData(text)).toBe(expected);
  });

  it.each([
    'Lệ phí 150.000.000 đồng',
    'Khoảng 100 000 000 000 đồng',
    'Mã hồ sơ 000.A0.01.H26-210212-9090',
    'Ngày 12/02/2021 lúc 15:00',
    'Thủ tục 2.000908, phường 00235',
    'Số 12345678901234 quá dài',
    'Nộp 3 lần, chờ 45 phút',
  ])('leaves %j alone', (text) => {
    expect(redactPersonalData(text)).toBe(text);
  });

  it('uses English placeholders on request', () => {
    expect(
      redactPersonalData('0912345678 / 001090012345 / 012345678 / a@b.vn', { locale: 'en' }),
    ).toBe('[phone number] / [personal ID] / [ID card number] / [email]');
  });

  it('handles several items in one text', () => {
    expect(
      redactPersonalData(
        'Gọi tôi: 0912 345 678 hoặc +84 987.654.321, CCCD 001090012345, a.b@gmail.com',
      ),
    ).toBe('Gọi tôi: [số điện thoại] hoặc [số điện thoại], CCCD [số định danh], [email]');
  });

  it('redacts every generated mobile number and ID, and is idempotent (property)', () => {
    const prefix = fc.constantFrom('3', '5', '7', '8', '9');
    const mobile = fc
      .tuple(
        prefix,
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom('', ' ', '.', '-'),
      )
      .map(([p, rest, sep]) => {
        const d = `${p}${rest.join('')}`;
        return `0${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
      });
    const id = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 })
      .map((d) => d.join(''));
    const words = fc.constantFrom('Xin chào', 'số của tôi là', 'cảm ơn', '');
    fc.assert(
      fc.property(words, fc.oneof(mobile, id), words, (a, pii, b) => {
        const out = redactPersonalData(`${a} ${pii} ${b}`);
        expect(out).not.toContain(pii);
        expect(redactPersonalData(out)).toBe(out);
      }),
    );
  });
});
