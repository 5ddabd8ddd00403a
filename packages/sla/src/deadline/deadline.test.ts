import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/calendar';
import { isSlaError } from '../errors';
import {
  addWorkingTime,
  isWorkingTime,
  nextOpening,
  workingIntervals,
  workingTimeBetween,
} from '../worktime/worktime';
import { classifyTimeliness, dueDate, explainDueDate } from './deadline';
import {
  formatProcessingTime,
  parseProcessingTime,
  safeParseProcessingTime,
} from './processingTime';

const cal = vietnamCalendar();
const vn = (local: string) => new Date(`${local}+07:00`);
const iso = (d: Date) => d.toISOString();

describe('working time', () => {
  it('handles lunch breaks, closing time and Tết', () => {
    expect(isWorkingTime(cal, vn('2026-03-02T12:30:00'))).toBe(false);
    expect(iso(nextOpening(cal, vn('2026-03-02T12:30:00')))).toBe(iso(vn('2026-03-02T13:00:00')));
    expect(iso(nextOpening(cal, vn('2026-02-13T17:00:00')))).toBe(iso(vn('2026-02-23T08:00:00')));
    expect(iso(addWorkingTime(cal, vn('2026-03-02T11:00:00'), { hours: 2 }))).toBe(
      iso(vn('2026-03-02T14:00:00')),
    );
    // A limit used up at 17:00 is due at 17:00, not at 08:00 the next working day.
    expect(iso(addWorkingTime(cal, vn('2026-03-02T08:00:00'), { days: 1 }))).toBe(
      iso(vn('2026-03-02T17:00:00')),
    );
    expect(iso(addWorkingTime(cal, vn('2026-02-13T16:00:00'), { hours: 2 }))).toBe(
      iso(vn('2026-02-23T09:00:00')),
    );
    expect(iso(addWorkingTime(cal, vn('2026-02-23T09:00:00'), { hours: -2 }))).toBe(
      iso(vn('2026-02-13T16:00:00')),
    );
    expect(workingTimeBetween(cal, vn('2026-02-13T10:00:00'), vn('2026-02-27T10:00:00'))).toBe(
      2400,
    );
    expect(workingIntervals(cal, '2026-02-16')).toEqual([]);
    expect(workingIntervals(cal, '2025-04-26').map((i) => iso(i.start))).toEqual([
      iso(vn('2025-04-26T08:00:00')),
      iso(vn('2025-04-26T13:00:00')),
    ]);
  });

  const instant = fc
    .integer({ min: 0, max: 8 * 365 * 1440 })
    .map((m) => new Date(Date.UTC(2019, 0, 1) + m * 60_000));
  it('adding then measuring gives back the minutes (property)', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 30 * 480 }),
        (t, m) => workingTimeBetween(cal, t, addWorkingTime(cal, t, { minutes: m })) === m,
      ),
    );
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 30 * 480 }),
        (t, m) => workingTimeBetween(cal, addWorkingTime(cal, t, { minutes: -m }), t) === m,
      ),
    );
  });

  it('a positive add lands inside a working interval or exactly at its close (property)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 10 * 480 }), (t, m) => {
        const r = addWorkingTime(cal, t, { minutes: m });
        return (
          isWorkingTime(cal, r) ||
          workingIntervals(cal, r).some((i) => i.end.getTime() === r.getTime())
        );
      }),
    );
  });
});

describe('dueDate', () => {
  it('working-hours convention (the default, as receipts print)', () => {
    expect(iso(dueDate(cal, vn('2026-02-13T10:00:00'), { workingDays: 5 }))).toBe(
      '2026-02-27T03:00:00.000Z',
    );
    expect(iso(dueDate(cal, vn('2026-03-02T10:00:00'), { workingDays: 5 }))).toBe(
      iso(vn('2026-03-09T10:00:00')),
    ); // Mon → next Mon
    expect(iso(dueDate(cal, vn('2026-03-07T09:00:00'), { workingDays: 5 }))).toBe(
      iso(vn('2026-03-13T17:00:00')),
    ); // Sat → Fri 17:00
    expect(iso(dueDate(cal, vn('2026-03-02T15:00:00'), { workingHours: 3 }))).toBe(
      iso(vn('2026-03-03T09:00:00')),
    );
    // Make-up Saturday 26/4/2025 counts (Fri 6 h + Sat 8 h + Mon 2 h); swapped Friday 2/5/2025 does not.
    expect(iso(dueDate(cal, vn('2025-04-25T10:00:00'), { workingDays: 2 }))).toBe(
      iso(vn('2025-04-28T10:00:00')),
    );
    expect(iso(dueDate(cal, vn('2025-04-29T10:00:00'), { workingDays: 1 }))).toBe(
      iso(vn('2025-05-05T10:00:00')),
    );
  });

  it('end-of-day convention', () => {
    expect(
      iso(
        dueDate(cal, vn('2026-02-13T10:00:00'), { workingDays: 5 }, { convention: 'end-of-day' }),
      ),
    ).toBe(iso(vn('2026-02-27T17:00:00')));
    expect(
      iso(
        dueDate(cal, vn('2026-03-07T09:00:00'), { workingDays: 1 }, { convention: 'end-of-day' }),
      ),
    ).toBe(iso(vn('2026-03-09T17:00:00')));
  });

  it('same day with the 15:00 cutoff (Decree 23/2015 Art. 7)', () => {
    const sameDay = { sameDay: { cutoff: '15:00' } };
    expect(iso(dueDate(cal, vn('2026-02-13T14:59:00'), sameDay))).toBe(
      iso(vn('2026-02-13T17:00:00')),
    );
    expect(iso(dueDate(cal, vn('2026-02-13T15:01:00'), sameDay))).toBe(
      iso(vn('2026-02-23T17:00:00')),
    );
    expect(iso(dueDate(cal, vn('2026-02-14T09:00:00'), sameDay))).toBe(
      iso(vn('2026-02-23T17:00:00')),
    );
    // "Trong ngày làm việc tiếp theo" (cutoff 00:00): the next working day, even at 00:00:00.000.
    expect(iso(dueDate(cal, vn('2026-03-10T00:00:00'), { sameDay: { cutoff: '00:00' } }))).toBe(
      iso(vn('2026-03-11T17:00:00')),
    );
    // "after 15:00": 15:00:00.000 exactly is not after it; one millisecond later is.
    expect(iso(dueDate(cal, vn('2026-03-10T15:00:00'), sameDay))).toBe(
      iso(vn('2026-03-10T17:00:00')),
    );
    expect(iso(dueDate(cal, vn('2026-03-10T15:00:00.001'), sameDay))).toBe(
      iso(vn('2026-03-11T17:00:00')),
    );
    expect(iso(dueDate(cal, vn('2026-03-02T18:00:00'), { sameDay: { cutoff: '24:00' } }))).toBe(
      iso(vn('2026-03-03T17:00:00')),
    );
  });

  it('calendar days: from the day after receipt; a last day off moves to the next working day', () => {
    expect(iso(dueDate(cal, vn('2026-02-06T10:00:00'), { days: 10 }))).toBe(
      iso(vn('2026-02-23T17:00:00')),
    ); // 16/2 is Tết
    expect(iso(dueDate(cal, vn('2026-03-02T10:00:00'), { days: 3 }))).toBe(
      iso(vn('2026-03-05T17:00:00')),
    );
  });

  it('explains the days skipped, for the receipt', () => {
    const e = explainDueDate(cal, vn('2026-02-13T10:00:00'), { workingDays: 5 });
    expect(e.trace.map((t) => t.date)).toEqual([
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
    expect(e.text.vi).toMatch(
      /^2026-02-14: Thứ Bảy; 2026-02-15: Chủ nhật; 2026-02-16: Tết Nguyên đán/,
    );
    expect(e.text.en).toMatch(/2026-02-21: Saturday/);
  });

  it('never gives a due instant before the receipt, and it is monotonic in the limit (property)', () => {
    const instant = fc
      .integer({ min: 0, max: 8 * 365 * 1440 })
      .map((m) => new Date(Date.UTC(2019, 0, 1) + m * 60_000));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), (t, n) => {
        const a = dueDate(cal, t, { workingDays: n });
        const b = dueDate(cal, t, { workingDays: n + 1 });
        return a > t && b > a && workingTimeBetween(cal, a, b) === 480;
      }),
    );
  });

  it('rejects bad input', () => {
    expect(() => dueDate(cal, new Date('nope'), { workingDays: 1 })).toThrowError(/valid Date/);
    expect(() => dueDate(cal, vn('2026-03-02T10:00:00'), { workingDays: -1 })).toThrowError(
      /processing time/,
    );
    expect(() =>
      dueDate(cal, vn('2026-03-02T10:00:00'), { sameDay: { cutoff: '25:00' } }),
    ).toThrowError(/HH:mm/);
  });

  it('names the years whose days off it estimated, so a receipt can say the appointment may move', () => {
    const wd = { workingDays: 3 };
    expect(explainDueDate(cal, vn('2026-02-13T10:00:00'), wd).estimatedYears).toEqual([]);
    expect(explainDueDate(cal, vn('2027-02-02T14:00:00'), wd).estimatedYears).toEqual([2027]);
    expect(explainDueDate(cal, vn('2026-12-30T10:00:00'), wd).estimatedYears).toEqual([2027]);
    // Clock time counts no days off: nothing estimated.
    expect(explainDueDate(cal, vn('2027-03-03T10:00:00'), { minutes: 30 }).estimatedYears).toEqual(
      [],
    );
    expect(explainDueDate(cal, vn('2026-12-30T10:00:00'), { days: 800 }).estimatedYears).toEqual([
      2027, 2028, 2029,
    ]);
    // Once the 2027 notice is loaded, nothing is estimated.
    const announced = vietnamCalendar({
      schedules: [
        {
          years: [2027],
          source: { document: 'Thông báo thử', confidence: 'high' },
          days: [
            { date: '2027-01-01', kind: 'holiday', name: { vi: 'Tết Dương lịch', en: 'New Year' } },
          ],
        },
      ],
    });
    expect(explainDueDate(announced, vn('2027-02-02T14:00:00'), wd).estimatedYears).toEqual([]);
  });

  it('refuses a receipt outside 1990–2199 for every kind, never an Invalid Date (fuzz finding)', () => {
    const kinds = [
      { workingDays: 1 },
      { days: 15 },
      { weeks: 1 },
      { months: 1 },
      { hours: 24 },
      { minutes: 30 },
      { sameDay: { cutoff: '15:00' } },
      { immediate: true },
    ] as const;
    for (const at of [
      new Date(-8.64e15),
      '1800-01-01T00:00:00Z',
      '1989-12-31T16:59:59Z',
      new Date(8.64e15),
    ])
      for (const pt of kinds) {
        let code = '';
        try {
          dueDate(cal, at, pt);
        } catch (e) {
          code = (e as { code?: string }).code ?? String(e);
        }
        expect([String(at), pt, code]).toEqual([String(at), pt, 'OUT_OF_RANGE']);
      }
    // The first supported instant still answers (1/1/1990 00:00 in Hà Nội, 1 day → 2/1 17:00).
    expect(dueDate(cal, '1989-12-31T17:00:00Z', { days: 1 }).toISOString()).toBe(
      '1990-01-02T10:00:00.000Z',
    );
    // Clock time ending past 2199 in Việt Nam (though not yet in UTC) is refused too.
    expect(() => dueDate(cal, '2199-12-31T23:00:00+07:00', { minutes: 90 })).toThrowError(
      expect.objectContaining({ code: 'OUT_OF_RANGE' }),
    );
  });
});

describe('parseProcessingTime', () => {
  it.each([
    ['05 ngày làm việc', { workingDays: 5 }],
    ['05 ngay lam viec', { workingDays: 5 }],
    ['  Không quá  02 NGÀY làm việc ', { workingDays: 2 }],
    ['10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', { workingDays: 10 }],
    ['15 ngày', { days: 15 }],
    ['30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', { days: 30 }],
    ['03 giờ làm việc', { workingHours: 3 }],
    ['Trong ngày', { sameDay: { cutoff: '24:00' } }],
    [
      'Ngay trong ngày làm việc; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
      { sameDay: { cutoff: '15:00' } },
    ],
    [
      'Trong ngày, nếu nhận hồ sơ sau 15h thì trả trong ngày làm việc tiếp theo',
      { sameDay: { cutoff: '15:00' } },
    ],
  ])('%s', (text, expected) => {
    expect(parseProcessingTime(text)).toEqual(expected);
  });

  it('refuses what it does not understand, with its own code, listing what it read', () => {
    for (const [text, code] of [
      ['Theo quy định', 'PROCESSING_TIME_UNSPECIFIED'],
      ['05 ngày hoặc 10 ngày', 'PROCESSING_TIME_RANGE'],
      ['Từ 05 đến 07 ngày làm việc', 'PROCESSING_TIME_RANGE'],
      [
        '20 ngày làm việc, trong đó: Sở A 15 ngày làm việc, UBND tỉnh 06 ngày làm việc',
        'PROCESSING_TIME_SPLIT',
      ],
      ['05 ngày làm việc; 10 ngày làm việc', 'UNKNOWN_PROCESSING_TIME'],
      ['', 'UNKNOWN_PROCESSING_TIME'],
    ]) {
      try {
        parseProcessingTime(text as string);
        throw new Error(`parsed ${text}`);
      } catch (e) {
        expect(isSlaError(e) && e.code).toBe(code);
      }
    }
    const r = safeParseProcessingTime('05 ngày hoặc 10 ngày');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.understood).toEqual(['05 ngay', '10 ngay']);
  });

  it('round-trips through formatProcessingTime (property)', () => {
    const pt = fc.oneof(
      fc.integer({ min: 1, max: 90 }).map((n) => ({ workingDays: n })),
      fc.integer({ min: 1, max: 90 }).map((n) => ({ days: n })),
      fc.integer({ min: 1, max: 48 }).map((n) => ({ workingHours: n })),
      fc
        .integer({ min: 8, max: 17 })
        .map((h) => ({ sameDay: { cutoff: `${h < 10 ? '0' : ''}${h}:00` } })),
    );
    fc.assert(
      fc.property(pt, (p) => {
        expect(parseProcessingTime(formatProcessingTime(p))).toEqual(p);
      }),
    );
  });
});

describe('classifyTimeliness', () => {
  it('early before the appointment day, on time on it, late after', () => {
    const due = vn('2026-02-27T10:00:00');
    expect(classifyTimeliness(vn('2026-02-26T16:00:00'), due)).toBe('early');
    expect(classifyTimeliness(vn('2026-02-27T09:00:00'), due)).toBe('on-time');
    expect(classifyTimeliness(vn('2026-02-27T10:00:00'), due)).toBe('on-time');
    expect(classifyTimeliness(vn('2026-02-27T10:01:00'), due)).toBe('late');
    expect(classifyTimeliness(vn('2026-02-27T09:00:00'), due, { granularity: 'instant' })).toBe(
      'early',
    );
  });
});
