import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedSurvey } from './__fixtures__/surveys';
import { dossierEvaluation } from './builtins/dossierEvaluation';
import { defineSurvey } from './defineSurvey';
import { isSurveyError } from './errors';
import type { SurveyDefinition } from './types';
import { validateResponse } from './validateResponse';

const survey = mixedSurvey();

/** A deep copy of plain data (arrays and objects, own keys including `__proto__`). */
function snapshot(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(snapshot);
  const copy: Record<string, unknown> = Object.create(
    Object.getPrototypeOf(value) as object | null,
  );
  for (const key of Reflect.ownKeys(value)) {
    const desc = Object.getOwnPropertyDescriptor(value, key);
    if (desc !== undefined)
      Object.defineProperty(copy, key, { ...desc, value: snapshot(desc.value) });
  }
  return copy;
}

function issueCodes(input: unknown, s: SurveyDefinition = survey): string[] {
  const r = validateResponse(s, input, { locale: 'en' });
  return r.ok ? [] : r.issues.map((i) => `${i.path.join('.')}:${i.code}`);
}

describe('validateResponse', () => {
  it('rejects junk responses such as { answers: null } instead of reading them as empty', () => {
    const survey = dossierEvaluation();
    for (const junk of [{ answers: null }, { answers: 5 }, { answers: [] }, null, 'x']) {
      const r = validateResponse(survey, junk);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_type');
    }
  });

  it('accepts the contract example', () => {
    const s = defineSurvey({
      id: 'contract',
      version: 1,
      title: { vi: 'K', en: 'S' },
      questions: [
        { key: 'q1', type: 'rating', element: 'e', label: { vi: 'a', en: 'a' } },
        { key: 'q2', type: 'nps', element: 'e', label: { vi: 'b', en: 'b' } },
      ],
    });
    expect(
      validateResponse(s, {
        answers: { q1: 5, q2: 9 },
        meta: { unit: '00235', channel: 'online' },
      }),
    ).toEqual({
      ok: true,
      value: { answers: { q1: 5, q2: 9 }, meta: { unit: '00235', channel: 'online' } },
    });
  });

  it('returns clean answers for every question type', () => {
    const r = validateResponse(survey, {
      answers: {
        overall: 2,
        recommend: 0,
        attitude: 3,
        time: 'late',
        sources: ['friends', 'portal'],
        oneStop: false,
        why: '  Phải đi lại nhiều lần  ',
        contacts: 4,
      },
      meta: {
        unit: '00235',
        channel: 'direct',
        procedure: '2.000908',
        period: '2026-Q1',
        stratum: 'urban',
        weight: 1.5,
      },
    });
    expect(r).toEqual({
      ok: true,
      value: {
        answers: {
          overall: 2,
          recommend: 0,
          attitude: 3,
          time: 'late',
          sources: ['portal', 'friends'], // options' order
          oneStop: false,
          why: 'Phải đi lại nhiều lần',
          contacts: 4,
        },
        meta: {
          channel: 'direct',
          unit: '00235',
          procedure: '2.000908',
          period: '2026-Q1',
          stratum: 'urban',
          weight: 1.5,
        },
      },
    });
  });

  it('drops unknown keys, unanswered values and hidden questions', () => {
    const r = validateResponse(survey, {
      answers: {
        overall: 5,
        why: 'hidden because overall is 5',
        extra: 1,
        time: '',
        sources: [],
        oneStop: null,
      },
      meta: { unit: '00235', phone: '0912345678' },
      other: true,
    });
    expect(r).toEqual({ ok: true, value: { answers: { overall: 5 }, meta: { unit: '00235' } } });
  });

  it.each([
    [{ answers: {} }, ['answers.overall:required']],
    [{ answers: { overall: 6 } }, ['answers.overall:out_of_range']],
    [{ answers: { overall: 4.5 } }, ['answers.overall:not_integer']],
    [{ answers: { overall: '5' } }, ['answers.overall:invalid_type']],
    [{ answers: { overall: 5, recommend: 11 } }, ['answers.recommend:out_of_range']],
    [{ answers: { overall: 5, attitude: 4 } }, ['answers.attitude:out_of_range']],
    [{ answers: { overall: 5, time: 'soon' } }, ['answers.time:unknown_option']],
    [
      { answers: { overall: 5, sources: ['portal', 'portal'] } },
      ['answers.sources.1:duplicate_option'],
    ],
    [
      { answers: { overall: 5, sources: ['portal', 'counter', 'friends'] } },
      ['answers.sources:too_many_selected'],
    ],
    [{ answers: { overall: 5, sources: 'portal' } }, ['answers.sources:invalid_type']],
    [{ answers: { overall: 5, oneStop: 'yes' } }, ['answers.oneStop:invalid_type']],
    [{ answers: { overall: 1, why: 'x'.repeat(51) } }, ['answers.why:too_long']],
    [{ answers: { overall: 5, contacts: -1 } }, ['answers.contacts:out_of_range']],
    [{ answers: { overall: 5, contacts: 31 } }, ['answers.contacts:out_of_range']],
    [{ answers: { overall: 5 }, meta: { channel: 'fax' } }, ['meta.channel:invalid_value']],
    [{ answers: { overall: 5 }, meta: { unit: '../x' } }, ['meta.unit:invalid_format']],
    [{ answers: { overall: 5 }, meta: { period: '2026-13' } }, ['meta.period:invalid_format']],
    [{ answers: { overall: 5 }, meta: { weight: 0 } }, ['meta.weight:out_of_range']],
    [{ answers: { overall: 5 }, meta: { weight: Number.NaN } }, ['meta.weight:out_of_range']],
    [{ answers: { overall: 5 }, meta: 'x' }, ['meta:invalid_type']],
    [{ answers: [5] }, ['answers:invalid_type', 'answers.overall:required']],
    [null, [':invalid_type']],
    ['{"answers":{}}', [':invalid_type']],
  ])('reports %j', (input, expected) => {
    expect(issueCodes(input)).toEqual(expected);
  });

  it('requires the metadata the survey lists (dossier code for the per-dossier evaluation)', () => {
    const d = dossierEvaluation();
    expect(issueCodes({ answers: { overall: 4 } }, d)).toEqual(['meta.dossierCode:required']);
    expect(issueCodes({ answers: { overall: 4 }, meta: { dossierCode: 'H26-2602-1' } }, d)).toEqual(
      ['meta.dossierCode:invalid_format'],
    );
    for (const code of [
      '000.A0.01.H26-210212-9090',
      'H15.50.05.13-261008-0975',
      '000.00.01.H26-260213-0912345',
    ]) {
      expect(issueCodes({ answers: { overall: 4 }, meta: { dossierCode: code } }, d)).toEqual([]);
    }
  });

  it('gives messages in Vietnamese by default, English on request', () => {
    const vi = validateResponse(survey, { answers: { overall: 9 } });
    const en = validateResponse(survey, { answers: { overall: 9 } }, { locale: 'en' });
    expect(vi.ok ? null : vi.issues[0]).toEqual({
      path: ['answers', 'overall'],
      code: 'out_of_range',
      message: 'Giá trị phải từ 1 đến 5',
      params: { min: 1, max: 5 },
    });
    expect(en.ok ? null : en.issues[0]?.message).toBe('Must be between 1 and 5');
    const req = validateResponse(survey, {});
    expect(req.ok ? null : req.issues[0]?.message).toBe('Bắt buộc phải trả lời');
  });

  it('shows a conditional question only when its condition holds', () => {
    expect(validateResponse(survey, { answers: { overall: 1, why: 'Chậm' } })).toMatchObject({
      ok: true,
      value: { answers: { overall: 1, why: 'Chậm' } },
    });
    expect(validateResponse(survey, { answers: { overall: 3, why: 'Chậm' } })).toMatchObject({
      ok: true,
      value: { answers: { overall: 3 } },
    });
    // An invalid answer to the controlling question hides its dependants.
    expect(issueCodes({ answers: { overall: 0, why: 'x'.repeat(99) } })).toEqual([
      'answers.overall:out_of_range',
    ]);
  });

  it('strips personal data from text answers unless asked not to', () => {
    const input = { answers: { overall: 1, why: 'Gọi 0912 345 678' } };
    expect(validateResponse(survey, input)).toMatchObject({
      value: { answers: { why: 'Gọi [số điện thoại]' } },
    });
    expect(validateResponse(survey, input, { locale: 'en' })).toMatchObject({
      value: { answers: { why: 'Gọi [phone number]' } },
    });
    expect(validateResponse(survey, input, { redactPersonalData: false })).toMatchObject({
      value: { answers: { why: 'Gọi 0912 345 678' } },
    });
  });

  it('ignores __proto__ keys and inherited properties', () => {
    const answers = JSON.parse('{"__proto__": {"overall": 1}, "overall": 4}') as object;
    const r = validateResponse(survey, {
      answers,
      meta: JSON.parse('{"__proto__": {"unit": "x"}}'),
    });
    expect(r).toEqual({ ok: true, value: { answers: { overall: 4 }, meta: {} } });
    expect(({} as Record<string, unknown>)['overall']).toBeUndefined();
    const inherited = Object.create({ overall: 5 }) as object;
    expect(issueCodes({ answers: inherited })).toEqual(['answers.overall:required']);
  });

  it('throws only for an invalid survey (a programmer error)', () => {
    const broken = {
      id: 's',
      version: 1,
      title: { vi: 'a', en: 'a' },
      questions: [],
    } as SurveyDefinition;
    let caught: unknown;
    try {
      validateResponse(broken, {});
    } catch (e) {
      caught = e;
    }
    expect(isSurveyError(caught) && caught.code).toBe('INVALID_SURVEY');
  });

  it('never throws and never mutates its input (fuzz)', () => {
    const answer = fc.oneof(
      fc.anything(),
      fc.integer({ min: -2, max: 12 }),
      fc.constantFrom('early', 'late', 'portal', '', '0912345678'),
      fc.array(fc.constantFrom('portal', 'counter', 'friends', 'x'), { maxLength: 4 }),
      fc.boolean(),
    );
    const input = fc.oneof(
      fc.anything(),
      fc.record(
        {
          answers: fc.oneof(
            fc.dictionary(
              fc.constantFrom(
                'overall',
                'recommend',
                'attitude',
                'time',
                'sources',
                'oneStop',
                'why',
                'contacts',
                '__proto__',
              ),
              answer,
            ),
            fc.anything(),
          ),
          meta: fc.oneof(
            fc.record(
              {
                unit: fc.oneof(fc.string(), fc.anything()),
                channel: fc.oneof(fc.constantFrom('direct', 'online', 'postal'), fc.anything()),
                weight: fc.oneof(fc.double(), fc.anything()),
                period: fc.string(),
              },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(input, fc.constantFrom<'vi' | 'en'>('vi', 'en'), (value, locale) => {
        const before = snapshot(value);
        const r = validateResponse(survey, value, { locale });
        expect(value).toEqual(before);
        if (r.ok) {
          // Idempotent: a clean response validates to itself.
          expect(validateResponse(survey, r.value, { locale })).toEqual(r);
        } else {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const issue of r.issues) expect(typeof issue.message).toBe('string');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('survives exotic inputs (throwing getters, proxies)', () => {
    const hostile = {
      get answers(): never {
        throw new Error('boom');
      },
    };
    expect(validateResponse(survey, hostile)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_input' }],
    });
    const proxy = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    expect(validateResponse(survey, { answers: proxy })).toMatchObject({ ok: false });
  });
});
