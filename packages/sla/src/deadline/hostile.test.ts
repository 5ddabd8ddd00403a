import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/calendar';
import { dueDate } from './deadline';
import { parseProcessingTime, safeParseProcessingTime } from './processingTime';

const cal = vietnamCalendar();
const at = new Date('2026-02-13T10:00:00+07:00');
const code = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe('deadlines and processing times on hostile input (issue reproducers)', () => {
  it('a calendar-day limit past the supported range is OUT_OF_RANGE, never an Invalid Date or 2299', () => {
    expect(code(() => dueDate(cal, at, { days: 1e15 }))).toBe('OUT_OF_RANGE');
    expect(code(() => dueDate(cal, at, { days: 99_999 }))).toBe('OUT_OF_RANGE');
    expect(code(() => dueDate(cal, at, { workingDays: 1e15 }))).toBe('OUT_OF_RANGE');
  });

  it('zero, negative, fractional or infinite calendar days are refused (0 days would end before the receipt)', () => {
    for (const days of [0, -1, 1.5, Number.POSITIVE_INFINITY, Number.NaN])
      expect(code(() => dueDate(cal, at, { days }))).toBe('INVALID_ARGUMENT');
    expect(dueDate(cal, at, { days: 1 }).getTime()).toBeGreaterThan(at.getTime());
  });

  it('a processing time of 400 nines is refused, not read as Infinity', () => {
    expect(code(() => parseProcessingTime(`${'9'.repeat(400)} ngày`))).toBe(
      'UNKNOWN_PROCESSING_TIME',
    );
    expect(code(() => parseProcessingTime('0 ngày'))).toBe('UNKNOWN_PROCESSING_TIME');
  });

  it('100,000 digits are refused at once (the parser reads at most 1,000 characters)', () => {
    const r = safeParseProcessingTime(`${'1'.repeat(100_000)} ngày làm việc`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe('TOO_LARGE');
    if (!r.ok) expect(r.issues[0]?.message.length).toBeLessThan(400);
  });

  it('junk values are typed errors whatever their shape', () => {
    for (const junk of [
      null,
      { toString: 1 },
      Object.create(null),
      [],
      { days: '5' },
      { workingDays: 1n },
    ])
      expect(code(() => dueDate(cal, at, junk as never))).toBe('INVALID_ARGUMENT');
  });
});
