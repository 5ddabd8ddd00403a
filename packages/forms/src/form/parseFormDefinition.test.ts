import { describe, expect, it } from 'vitest';
import { birthRegistrationForm } from '../samples/birthRegistration';
import { certifiedCopyForm } from '../samples/certifiedCopy';
import { safeParseFormDefinition as parseFormDefinition } from './parseFormDefinition';
import { validateForm } from './validateForm';

const L = (t: string) => ({ vi: t, en: t });
const def = (fields: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'x',
  version: '1',
  title: L('X'),
  fields,
  ...extra,
});
const text = (key: string, more: Record<string, unknown> = {}) => ({
  key,
  type: 'text',
  label: L(key),
  ...more,
});
const choice = (key: string, values: string[], more: Record<string, unknown> = {}) => ({
  key,
  type: 'choice',
  label: L(key),
  options: values.map((value) => ({ value, label: L(value) })),
  ...more,
});

function problems(json: unknown): string[] {
  const r = parseFormDefinition(json);
  return r.ok ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
}

describe('parseFormDefinition', () => {
  it('accepts the sample definitions, as JSON, and returns a usable copy', () => {
    for (const form of [birthRegistrationForm, certifiedCopyForm]) {
      const json: unknown = JSON.parse(JSON.stringify(form));
      const r = parseFormDefinition(json);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value).toEqual(json);
      expect(r.value).not.toBe(json);
      expect(validateForm(r.value, {}).ok).toBe(false);
    }
  });

  it('rejects what is not a definition', () => {
    expect(problems(null)).toEqual([':invalid_definition']);
    expect(problems({})).toContain('id:invalid_definition');
    expect(problems(def([]))).toEqual(['fields:invalid_definition']);
  });

  it('names an unknown field type', () => {
    expect(problems(def([{ key: 'a', type: 'signature', label: L('A') }]))).toEqual([
      'fields.0.type:unknown_field_type',
    ]);
  });

  it('refuses misspelt or unknown properties', () => {
    expect(problems(def([text('a', { requierd: true })]))).toEqual(['fields.0:invalid_definition']);
    expect(problems(def([text('a')], { owner: 'me' }))).toEqual([':invalid_definition']);
  });

  it('needs labels in both languages', () => {
    expect(problems(def([{ key: 'a', type: 'text', label: { vi: 'A' } }]))).toEqual([
      'fields.0.label.en:invalid_definition',
    ]);
  });

  it.each([
    ['a duplicate key', [text('a'), text('a')], 'fields.1.key:duplicate_key'],
    ['a key both leaf and parent', [text('father'), text('father.name')], 'fields:key_conflict'],
    ['an invalid key', [text('a b')], 'fields.0.key:invalid_key'],
    ['a __proto__ key', [text('x.__proto__')], 'fields.0.key:invalid_key'],
    ['a constructor key', [text('constructor')], 'fields.0.key:invalid_key'],
    [
      'a condition on a missing field',
      [text('a', { visibleIf: { field: 'b', equals: 'x' } })],
      'fields.0.visibleIf.field:unknown_field',
    ],
    [
      'a nested condition on a missing field',
      [
        text('x'),
        text('a', {
          requiredIf: {
            any: [{ field: 'x', filled: true }, { not: { field: 'b', filled: true } }],
          },
        }),
      ],
      'fields.1.requiredIf.any.1.not.field:unknown_field',
    ],
    [
      'a group with no fields',
      [{ key: 'g', type: 'group', label: L('g'), fields: [] }],
      'fields.0.fields:empty_group',
    ],
    [
      'a nested group',
      [
        {
          key: 'g',
          type: 'group',
          label: L('g'),
          fields: [{ key: 'h', type: 'group', label: L('h'), fields: [text('a')] }],
        },
      ],
      'fields.0.fields.0.type:nested_group',
    ],
    ['a choice without options', [choice('c', [])], 'fields.0.options:invalid_options'],
    ['duplicate options', [choice('c', ['a', 'a'])], 'fields.0.options:invalid_options'],
    [
      'a condition value that is not an option',
      [choice('c', ['a']), text('t', { visibleIf: { field: 'c', equals: 'b' } })],
      'fields.1.visibleIf:unknown_option',
    ],
    [
      'a condition value of the wrong type',
      [
        { key: 'b', type: 'boolean', label: L('b') },
        text('t', { visibleIf: { field: 'b', equals: 'yes' } }),
      ],
      'fields.1.visibleIf:type_mismatch',
    ],
    ['an invalid pattern', [text('a', { pattern: '([' })], 'fields.0.pattern:invalid_pattern'],
    ['min above max', [text('a', { minLength: 5, maxLength: 2 })], 'fields.0:invalid_bounds'],
    [
      'a bad date bound',
      [{ key: 'd', type: 'date', label: L('d'), min: '01/01/2025' }],
      'fields.0.min:invalid_bounds',
    ],
  ])('rejects %s', (_, fields, expected) => {
    expect(problems(def(fields))).toEqual([expected]);
  });

  it('detects conditions that depend on each other in a circle', () => {
    const fields = [
      text('a', { visibleIf: { field: 'b', filled: true } }),
      text('b', { visibleIf: { field: 'a', filled: true } }),
      text('c'),
    ];
    const r = parseFormDefinition(def(fields));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({ path: ['fields'], code: 'condition_cycle' });
    expect(!r.ok && r.issues[0]?.message).toMatch(/a → b/);
  });

  it('checks rules', () => {
    expect(
      problems(
        def([text('a'), text('b')], { rules: [{ rule: 'dateNotBefore', field: 'a', other: 'b' }] }),
      ),
    ).toEqual(['rules.0:type_mismatch']);
    expect(
      problems(def([text('a')], { rules: [{ rule: 'sameAs', field: 'a', other: 'zz' }] })),
    ).toEqual(['rules.0.other:unknown_field']);
    expect(
      problems(
        def([{ key: 'id', type: 'citizenId', label: L('id') }, choice('sex', ['nam', 'nu'])], {
          rules: [{ rule: 'citizenIdMatches', field: 'id', sex: 'sex' }],
        }),
      ),
    ).toEqual(['rules.0.sex:type_mismatch']);
  });

  it('checks group rules and conditions within the group, and lets them read top-level fields', () => {
    const group = (more: Record<string, unknown>) => ({
      key: 'g',
      type: 'group',
      label: L('g'),
      fields: [
        { key: 'from', type: 'date', label: L('from') },
        { key: 'to', type: 'date', label: L('to') },
        text('t', { visibleIf: { field: 'top', filled: true } }),
      ],
      ...more,
    });
    expect(
      problems(
        def([
          text('top'),
          group({ rules: [{ rule: 'dateNotBefore', field: 'to', other: 'from' }] }),
        ]),
      ),
    ).toEqual([]);
    expect(
      problems(
        def([
          text('top'),
          group({ rules: [{ rule: 'dateNotBefore', field: 'to', other: 'nope' }] }),
        ]),
      ),
    ).toEqual(['fields.1.rules.0.other:unknown_field']);
    // A top-level condition cannot look inside a group.
    expect(
      problems(def([group({}), text('top', { visibleIf: { field: 't', filled: true } })])),
    ).toEqual(['fields.1.visibleIf.field:unknown_field']);
  });

  it('checks documents', () => {
    const docs = [
      { id: 'd', name: L('d'), requiredIf: { field: 'zz', equals: 1 } },
      { id: 'd', name: L('d'), originals: 1 },
    ];
    expect(problems(def([text('a')], { documents: docs }))).toEqual([
      'documents.0.requiredIf.field:unknown_field',
      'documents.1.id:duplicate_key',
    ]);
  });

  describe('messages people can act on, in Vietnamese (default) and English', () => {
    const messages = (json: unknown, locale?: 'vi' | 'en') => {
      const r = parseFormDefinition(json, locale === undefined ? undefined : { locale });
      return r.ok ? [] : r.issues.map((i) => i.message);
    };

    it('names the unknown field type and lists the real ones', () => {
      const json = def([{ key: 'a', type: 'signature', label: L('A') }]);
      expect(messages(json)).toEqual([
        'kiểu trường "signature" không tồn tại; các kiểu hợp lệ: text, longText, number, money, date, boolean, choice, multiChoice, citizenId, taxCode, phone, email, personName, address, group',
      ]);
      expect(messages(json, 'en')[0]).toMatch(
        /^unknown field type "signature"; the types are: text, /,
      );
      expect(messages(def([{ key: 'a', label: L('A') }]), 'en')[0]).toMatch(
        /^missing field type; the types are: text, /,
      );
    });

    it('points at a misspelt property and a missing one', () => {
      const json = def([{ key: 'a', type: 'text', lable: L('A') }]);
      expect(parseFormDefinition(json, { locale: 'en' })).toEqual({
        ok: false,
        issues: [
          {
            path: ['fields', 0, 'label'],
            code: 'invalid_definition',
            message: 'missing required property (expected object)',
          },
          {
            path: ['fields', 0],
            code: 'invalid_definition',
            message: 'unknown property "lable" (misspelt?)',
          },
        ],
      });
      expect(messages(json)).toEqual([
        'thiếu thuộc tính bắt buộc (cần một đối tượng)',
        'thuộc tính không được biết: "lable" (viết sai tên?)',
      ]);
    });

    it('describes wrong types, empty lists and empty labels', () => {
      expect(messages('nope')).toEqual(['cần một đối tượng, nhận được một chuỗi']);
      expect(messages('nope', 'en')).toEqual(['expected object, received string']);
      expect(messages(def([]))).toEqual(['cần ít nhất 1 phần tử']);
      expect(messages(def([{ key: 'a', type: 'text', label: { vi: '', en: 'A' } }]), 'en')).toEqual(
        ['must not be empty'],
      );
    });

    it('shows the accepted shapes of a condition and of a rule', () => {
      const cond = def([text('a', { visibleIf: { field: 'a', eq: 1 } })]);
      expect(messages(cond)[0]).toMatch(
        /^không phải là một điều kiện; các dạng điều kiện: \{ field, equals \}/,
      );
      expect(messages(cond, 'en')[0]).toMatch(/^not a condition; a condition is one of: /);
      const rule = def([text('a')], { rules: [{ rule: 'older', field: 'a', other: 'a' }] });
      expect(messages(rule, 'en')[0]).toMatch(
        /^not a rule; a rule is one of: \{ rule: 'dateNotBefore'/,
      );
    });

    it('words every meaning problem in both languages', () => {
      const bad = def(
        [
          text('a', { visibleIf: { field: 'zz', equals: 1 } }),
          text('a'),
          text('x.__proto__'),
          text('p', { pattern: '([', minLength: 5, maxLength: 2 }),
          choice('c', ['k', 'k']),
          { key: 'g', type: 'group', label: L('g'), fields: [] },
          text('f', { visibleIf: { field: 'h', filled: true } }),
          text('h', { visibleIf: { field: 'f', filled: true } }),
        ],
        {
          rules: [{ rule: 'dateNotBefore', field: 'a', other: 'p' }],
          documents: [
            { id: 'd', name: L('d') },
            { id: 'd', name: L('d') },
          ],
        },
      );
      const vi = parseFormDefinition(bad);
      const en = parseFormDefinition(bad, { locale: 'en' });
      expect(vi.ok || en.ok).toBe(false);
      if (vi.ok || en.ok) return;
      expect(vi.issues.map((i) => i.code)).toEqual(en.issues.map((i) => i.code));
      expect(new Set(vi.issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(8);
      for (const [i, issue] of vi.issues.entries()) {
        expect(issue.message).not.toBe(en.issues[i]?.message);
        expect(issue.message).not.toMatch(/\b(?:unknown|duplicate|invalid|field|rule|group)\b/);
      }
      expect(vi.issues.map((i) => i.message)).toContain('khoá "a" bị trùng');
      expect(en.issues.map((i) => i.message)).toContain('duplicate key "a"');
    });
  });
});
