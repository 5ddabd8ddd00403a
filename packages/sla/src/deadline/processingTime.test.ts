import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/calendar';
import { isSlaError } from '../errors';
import { dueDate, explainDueDate } from './deadline';
import {
  formatProcessingTime,
  parseProcessingTime,
  safeParseProcessingTime,
} from './processingTime';
import type { ProcessingLimit, ProcessingTime } from './value';
import { isProcessingTime } from './value';

const cal = vietnamCalendar();
const vn = (local: string) => new Date(`${local}+07:00`);

/** The corpus: phrase, source, expected value (JSON) or `!CODE` for a refusal. */
const corpus = readFileSync(new URL('./__fixtures__/processing-times.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string]);

describe('the processing-time corpus (real catalogue phrases)', () => {
  it('holds at least 120 phrases, each with a source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    for (const [phrase, source, expected] of corpus) {
      expect(phrase.trim()).not.toBe('');
      expect(source.trim()).not.toBe('');
      expect(expected.trim()).not.toBe('');
    }
  });

  it.each(corpus)('%s', (phrase, _source, expected) => {
    const r = safeParseProcessingTime(phrase);
    if (expected.startsWith('!')) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe(expected.slice(1));
    } else {
      expect(r.ok ? r.value : r.issues[0]?.message).toEqual(JSON.parse(expected));
    }
  });
});

describe('the misreadings of issue #14 (regressions)', () => {
  it('reads decimals as fractions of a working day, not as whole numbers', () => {
    expect(parseProcessingTime('0,5 ngày làm việc')).toEqual({ workingDays: 0.5 });
    expect(parseProcessingTime('0.5 ngày làm việc')).toEqual({ workingDays: 0.5 });
    expect(parseProcessingTime('1,5 ngày làm việc')).toEqual({ workingDays: 1.5 });
    // Half the public sector's 8-hour day: 4 working hours.
    const at = vn('2026-03-02T08:00:00');
    expect(dueDate(cal, at, { workingDays: 0.5 })).toEqual(vn('2026-03-02T12:00:00'));
  });
  it('reads a cutoff as a cutoff, not as working hours', () => {
    expect(parseProcessingTime('Trong ngày làm việc (nếu nộp hồ sơ trước 15 giờ)')).toEqual({
      sameDay: { cutoff: '15:00' },
    });
  });
  it('reads "ngày LV" as working days', () => {
    expect(parseProcessingTime('05 ngày LV')).toEqual({ workingDays: 5 });
  });
  it('refuses a range instead of taking its maximum', () => {
    expect(() => parseProcessingTime('Từ 05 đến 07 ngày làm việc')).toThrow(/range/);
  });
  it('keeps the same-day standard of a text followed by a conditional extension', () => {
    expect(
      parseProcessingTime(
        'Ngay trong ngày; trường hợp cần xác minh thì không quá 05 ngày làm việc',
      ),
    ).toEqual({
      sameDay: { cutoff: '24:00' },
      alternatives: [{ condition: 'trường hợp cần xác minh', limit: { workingDays: 5 } }],
    });
  });
  it('reads plain hours as clock hours and "giờ làm việc" as working hours', () => {
    expect(parseProcessingTime('24 giờ')).toEqual({ hours: 24 });
    expect(parseProcessingTime('48 giờ')).toEqual({ hours: 48 });
    expect(parseProcessingTime('04 giờ làm việc')).toEqual({ workingHours: 4 });
  });
  it('reads what catalogues publish', () => {
    expect(parseProcessingTime('02 tháng')).toEqual({ months: 2 });
    expect(parseProcessingTime('Giải quyết ngay')).toEqual({ immediate: true });
    expect(parseProcessingTime('05 (năm) ngày làm việc')).toEqual({ workingDays: 5 });
    expect(parseProcessingTime('Năm (05) ngày làm việc')).toEqual({ workingDays: 5 });
    expect(
      parseProcessingTime(
        '20 ngày làm việc, trong đó: Sở Xây dựng 15 ngày làm việc, UBND tỉnh 05 ngày làm việc',
      ),
    ).toEqual({
      workingDays: 20,
      allotments: [
        { agency: 'Sở Xây dựng', limit: { workingDays: 15 } },
        { agency: 'UBND tỉnh', limit: { workingDays: 5 } },
      ],
    });
    expect(parseProcessingTime('Không quy định')).toEqual({ noLimit: true });
    const r = safeParseProcessingTime('Theo quy định');
    expect(!r.ok && r.issues[0]?.code).toBe('PROCESSING_TIME_UNSPECIFIED');
  });
  it('never reads a number it did not understand', () => {
    for (const text of [
      '05 ngày làm việc kể từ ngày 01/7/2025',
      'Năm (06) ngày làm việc',
      'thời hạn nói trên được kéo dài thêm không quá năm ngày',
      '05 ngày làm việc; 10 ngày làm việc',
    ]) {
      const r = safeParseProcessingTime(text);
      expect(r.ok, text).toBe(false);
    }
  });
});

describe('dueDate and explainDueDate for every kind', () => {
  const thu = vn('2026-02-12T10:00:00'); // Thursday before Tết 2026 (14–22/2 off)

  it('counts calendar days with Tết and lists only the days off that moved the end', () => {
    const e = explainDueDate(cal, thu, { days: 15 });
    expect(e.due).toEqual(vn('2026-02-27T17:00:00'));
    // 27/2 is a Friday and a working day: nothing moved the end, so no Tết day is listed.
    expect(e.trace).toEqual([]);
    const moved = explainDueDate(cal, thu, { days: 2 }); // 14/2 is a Saturday of Tết
    expect(moved.due).toEqual(vn('2026-02-23T17:00:00'));
    expect(moved.trace.map((t) => t.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
  });

  it('lists every day off for working time', () => {
    const e = explainDueDate(cal, thu, { workingDays: 5 });
    expect(e.due).toEqual(vn('2026-02-26T10:00:00'));
    expect(e.trace).toHaveLength(9);
  });

  it('counts months as the Civil Code does (corresponding day, else the month’s last day)', () => {
    expect(dueDate(cal, vn('2026-03-16T10:00:00'), { months: 2 })).toEqual(
      vn('2026-05-18T17:00:00'), // 16/5 is a Saturday → Monday 18/5
    );
    expect(dueDate(cal, vn('2026-01-31T10:00:00'), { months: 1 })).toEqual(
      vn('2026-03-02T17:00:00'), // 28/2 (no 31/2) is a Saturday → Monday 2/3
    );
    expect(dueDate(cal, vn('2026-03-12T10:00:00'), { weeks: 2 })).toEqual(
      vn('2026-03-26T17:00:00'),
    );
  });

  it('counts clock hours and minutes as elapsed time, days off included', () => {
    expect(dueDate(cal, vn('2026-02-13T10:00:00'), { hours: 24 })).toEqual(
      vn('2026-02-14T10:00:00'),
    );
    expect(dueDate(cal, vn('2026-02-13T10:00:00'), { minutes: 30 })).toEqual(
      vn('2026-02-13T10:30:00'),
    );
    expect(explainDueDate(cal, vn('2026-02-13T10:00:00'), { hours: 72 }).trace).toEqual([]);
  });

  it('an immediate limit is due at the end of the working session', () => {
    expect(dueDate(cal, vn('2026-03-02T09:10:00'), { immediate: true })).toEqual(
      vn('2026-03-02T12:00:00'),
    );
    expect(dueDate(cal, vn('2026-03-02T14:00:00'), { immediate: true })).toEqual(
      vn('2026-03-02T17:00:00'),
    );
    expect(dueDate(cal, vn('2026-02-13T18:00:00'), { immediate: true })).toEqual(
      vn('2026-02-23T12:00:00'),
    );
  });

  it('"by the next working day" (cutoff 00:00) ends at the next working day’s close', () => {
    expect(dueDate(cal, vn('2026-02-13T09:00:00'), { sameDay: { cutoff: '00:00' } })).toEqual(
      vn('2026-02-23T17:00:00'),
    );
  });

  it('no statutory limit has no due date (a typed error)', () => {
    try {
      dueDate(cal, thu, { noLimit: true });
      throw new Error('no error');
    } catch (e) {
      expect(isSlaError(e) && e.code).toBe('NO_LIMIT');
    }
  });

  const instant = fc
    .integer({ min: 0, max: 6 * 365 * 1440 })
    .map((m) => new Date(Date.UTC(2020, 0, 1) + m * 60_000));

  it('a month limit never ends before the same limit counted as 28 days (property)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 24 }), (t, n) => {
        expect(dueDate(cal, t, { months: n }).getTime()).toBeGreaterThanOrEqual(
          dueDate(cal, t, { days: 28 * n }).getTime(),
        );
      }),
    );
  });

  it('weeks are seven calendar days each (property)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 52 }), (t, n) => {
        expect(dueDate(cal, t, { weeks: n })).toEqual(dueDate(cal, t, { days: 7 * n }));
      }),
    );
  });

  const limit: fc.Arbitrary<ProcessingLimit> = fc.oneof(
    fc.integer({ min: 1, max: 60 }).map((n) => ({ workingDays: n })),
    fc.constantFrom(0.5, 1.5, 2.5).map((n) => ({ workingDays: n })),
    fc.integer({ min: 1, max: 90 }).map((n) => ({ days: n })),
    fc.integer({ min: 1, max: 12 }).map((n) => ({ weeks: n })),
    fc.integer({ min: 1, max: 24 }).map((n) => ({ months: n })),
    fc.integer({ min: 1, max: 72 }).map((n) => ({ hours: n })),
    fc.integer({ min: 1, max: 600 }).map((n) => ({ minutes: n })),
    fc.integer({ min: 1, max: 48 }).map((n) => ({ workingHours: n })),
    fc
      .integer({ min: 8, max: 17 })
      .map((h) => ({ sameDay: { cutoff: `${h < 10 ? '0' : ''}${h}:00` } })),
    fc.constant({ immediate: true } as const),
  );

  it('alternatives never change the standard’s due instant (property)', () => {
    fc.assert(
      fc.property(instant, limit, limit, (t, std, alt) => {
        const pt = { ...std, alternatives: [{ condition: 'trường hợp cần xác minh', limit: alt }] };
        expect(dueDate(cal, t, pt as ProcessingTime)).toEqual(dueDate(cal, t, std));
      }),
    );
  });

  it('every kind is due no earlier than the receipt (property)', () => {
    fc.assert(
      fc.property(instant, limit, (t, pt) => {
        expect(dueDate(cal, t, pt).getTime()).toBeGreaterThanOrEqual(t.getTime());
      }),
    );
  });

  it('formats every kind and parses the Vietnamese back (property)', () => {
    // A cutoff belongs to the standard limit: an alternative is any other kind.
    const alternative = limit.filter((l) => !('sameDay' in l));
    const withExtras = fc
      .tuple(limit, fc.option(alternative), fc.boolean())
      .map(([std, alt, excl]) => ({
        ...std,
        ...(alt === null
          ? {}
          : { alternatives: [{ condition: 'trường hợp cần xác minh', limit: alt }] }),
        ...(excl ? { excluding: ['thời gian niêm yết'] } : {}),
      }));
    fc.assert(
      fc.property(withExtras, (p) => {
        expect(parseProcessingTime(formatProcessingTime(p as ProcessingTime))).toEqual(p);
        expect(formatProcessingTime(p as ProcessingTime, 'en')).not.toMatch(/ngày|giờ|tháng/);
      }),
    );
  });

  it('isProcessingTime accepts the values and refuses junk', () => {
    expect(isProcessingTime({ months: 2, excluding: ['thời gian niêm yết'] })).toBe(true);
    expect(isProcessingTime({ months: 2.5 })).toBe(false);
    expect(isProcessingTime({ immediate: false })).toBe(false);
    expect(
      isProcessingTime({
        workingDays: 20,
        allotments: [{ agency: 'A', limit: { workingDays: 19 } }],
      }),
    ).toBe(false);
  });
});
