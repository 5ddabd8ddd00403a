import { describe, expect, it } from 'vitest';
import { examples, motcua } from '../test/run';

describe('motcua validate', () => {
  it('accepts a valid dossier (exit 0)', () => {
    const r = motcua(
      'validate',
      examples('forms/birth-registration.json'),
      examples('forms/birth-registration.valid.json'),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Hợp lệ: /);
  });

  it('lists the issues of an invalid dossier in Vietnamese or English, and exits 1', () => {
    const vi = motcua(
      'validate',
      examples('forms/certified-copy.json'),
      examples('forms/certified-copy.invalid.json'),
    );
    expect(vi.status).toBe(1);
    expect(vi.stdout).toMatch(/^Không hợp lệ: .*\(\d+ lỗi\)/);
    const en = motcua(
      'validate',
      examples('forms/certified-copy.json'),
      examples('forms/certified-copy.invalid.json'),
      '--locale',
      'en',
      '--json',
    );
    expect(en.status).toBe(1);
    const body = JSON.parse(en.stdout) as {
      ok: boolean;
      issues: { path: unknown[]; code: string; message: string }[];
    };
    expect(body.ok).toBe(false);
    expect(body.issues.length).toBeGreaterThan(0);
    for (const i of body.issues) expect(typeof i.code).toBe('string');
  });

  it('reports a bad definition or an unreadable file as bad input (exit 1)', () => {
    const missing = motcua(
      'validate',
      'no-such-form.json',
      examples('forms/certified-copy.valid.json'),
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/không tìm thấy tệp: no-such-form.json/);
    const notAForm = motcua(
      'validate',
      examples('forms/certified-copy.valid.json'),
      examples('forms/certified-copy.valid.json'),
    );
    expect(notAForm.status).toBe(1);
    expect(notAForm.stderr).toMatch(
      /không phải là định nghĩa biểu mẫu hợp lệ:\n {2}id: thiếu thuộc tính bắt buộc/,
    );
    const notAFormEn = motcua(
      'validate',
      examples('forms/certified-copy.valid.json'),
      examples('forms/certified-copy.valid.json'),
      '--locale',
      'en',
    );
    expect(notAFormEn.status).toBe(1);
    expect(notAFormEn.stderr).toMatch(
      /not a valid form definition:\n {2}id: missing required property/,
    );
  });

  it('rejects bad usage (exit 2)', () => {
    expect(motcua('validate').status).toBe(2);
    expect(motcua('validate', 'a', 'b', '--locale', 'fr').status).toBe(2);
    expect(motcua('validate', 'a', 'b', '--nope').status).toBe(2);
    const help = motcua('validate', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Validate a dossier/);
  });
});
