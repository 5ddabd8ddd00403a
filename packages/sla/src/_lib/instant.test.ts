import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/calendar';
import { applyClockEvent, clockState, createClock } from '../clock/clock';
import { dueDate } from '../deadline/deadline';
import { addWorkingTime, isWorkingTime, workingTimeBetween } from '../worktime/worktime';
import { instantMs, parseInstant, tryInstantMs } from './instant';

const cal = vietnamCalendar();

describe('the one instant reader', () => {
  it('reads a Date or an ISO string with its offset, the same on every host zone', () => {
    expect(parseInstant('2026-02-24T09:00:00+07:00').toISOString()).toBe(
      '2026-02-24T02:00:00.000Z',
    );
    expect(parseInstant('2026-02-24T02:00:00Z').toISOString()).toBe('2026-02-24T02:00:00.000Z');
    expect(parseInstant('2026-02-24T09:00+07:00').toISOString()).toBe('2026-02-24T02:00:00.000Z');
    expect(parseInstant('2026-02-23T21:00:00.123-05:00').toISOString()).toBe(
      '2026-02-24T02:00:00.123Z',
    );
    const d = new Date('2026-02-24T02:00:00Z');
    expect(parseInstant(d)).not.toBe(d);
    expect(parseInstant(d).getTime()).toBe(d.getTime());
  });

  it('refuses a string without an offset, with the fix in both languages', () => {
    let caught: unknown;
    try {
      parseInstant('2026-02-24T09:00:00');
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'INVALID_DATE', name: 'SlaError' });
    expect((caught as Error).message).toContain("'2026-02-24T09:00:00+07:00'");
    expect((caught as { messageVi: string }).messageVi).toContain('thiếu độ lệch múi giờ');
  });

  it('refuses dates that do not exist and junk, never returning NaN or throwing TypeError', () => {
    for (const bad of [
      '2026-02-30T09:00:00+07:00',
      '2026-13-01T09:00:00Z',
      '2026-02-24T24:00:00Z',
      '2026-02-24',
      '',
      'not-a-date',
      '2026-02-24T09:00:00+25:00',
      `${'9'.repeat(100_000)}`,
      new Date(Number.NaN),
      { toString: 1 },
      Object.create(null),
      12345,
      null,
      undefined,
    ])
      expect(() => instantMs(bad, 'test')).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE' }),
      );
  });

  it('agrees with Date.parse on every valid offset string (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(tryInstantMs(`${local}${zone}`)).toBe(date.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every sla function that takes an instant reads it through the same reader', () => {
    const iso = '2026-02-13T10:00:00+07:00';
    const bare = '2026-02-13T10:00:00';
    expect(dueDate(cal, iso, { workingDays: 5 }).toISOString()).toBe('2026-02-27T03:00:00.000Z');
    expect(isWorkingTime(cal, iso)).toBe(true);
    expect(addWorkingTime(cal, iso, { hours: 1 }).toISOString()).toBe('2026-02-13T04:00:00.000Z');
    expect(workingTimeBetween(cal, iso, '2026-02-13T11:00:00+07:00')).toBe(60);
    const clock = applyClockEvent(createClock({ limit: { workingDays: 1 } }), {
      type: 'start',
      at: iso,
    });
    expect(clockState(cal, clock, '2026-02-13T11:00:00+07:00').elapsedMinutes).toBe(60);
    for (const call of [
      () => dueDate(cal, bare, { workingDays: 5 }),
      () => isWorkingTime(cal, bare),
      () => addWorkingTime(cal, bare, { hours: 1 }),
      () => workingTimeBetween(cal, bare, iso),
      () => clockState(cal, clock, bare),
      () => applyClockEvent(clock, { type: 'pause', at: bare, reason: 'other' }),
    ])
      expect(call).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
