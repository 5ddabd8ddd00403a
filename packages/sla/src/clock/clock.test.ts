import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/calendar';
import { isSlaError } from '../errors';
import { isWorkingTime, workingIntervals } from '../worktime/worktime';
import {
  applyClockEvent,
  type ClockEvent,
  clockState,
  createClock,
  explainClock,
  replayClock,
} from './clock';

const cal = vietnamCalendar();
const vn = (local: string) => `${local}+07:00`;
const iso = (local: string) => new Date(vn(local)).toISOString();
const at = (local: string) => new Date(vn(local));

describe('SLA clock', () => {
  const started = applyClockEvent(createClock({ limit: { workingDays: 5 } }), {
    type: 'start',
    at: vn('2026-02-13T10:00:00'),
  });

  it('runs across Tết with computed thresholds', () => {
    const s = clockState(cal, started, at('2026-02-23T10:00:00'));
    expect(s.status).toBe('running');
    expect(s.dueAt?.toISOString()).toBe(iso('2026-02-27T10:00:00'));
    expect(s.elapsedMinutes).toBe(480); // Fri 13: 10–12, 13–17 (360) + Mon 23: 08–10 (120)
    expect(s.thresholds.map((t) => t.at?.toISOString())).toEqual([
      iso('2026-02-24T15:00:00'), // 50 %
      iso('2026-02-25T17:00:00'), // 75 %, exactly at a close
      iso('2026-02-27T10:00:00'), // 100 %
    ]);
  });

  it('a pause moves the due instant by the paused working time; resume; stop → met, early', () => {
    let c = applyClockEvent(started, {
      type: 'pause',
      at: vn('2026-02-23T09:00:00'),
      reason: 'awaiting-supplement',
    });
    const paused = clockState(cal, c, at('2026-02-24T09:00:00'));
    expect(paused.status).toBe('paused');
    expect(paused.pausedMinutes).toBe(480);
    expect(paused.dueAt?.toISOString()).toBe(iso('2026-03-02T10:00:00'));
    expect(paused.thresholds.find((t) => t.fraction === 1)?.at?.toISOString()).toBe(
      paused.dueAt?.toISOString(),
    ); // projected as if resumed now
    c = applyClockEvent(c, { type: 'resume', at: vn('2026-02-24T09:00:00') });
    c = applyClockEvent(c, { type: 'stop', at: vn('2026-02-26T16:00:00') });
    const done = clockState(cal, c, at('2026-03-10T00:00:00'));
    expect(done).toMatchObject({ status: 'met', timeliness: 'early', pausedMinutes: 480 });
  });

  it('extends once as the policy allows, and breaches after the due instant', () => {
    const e = applyClockEvent(started, {
      type: 'extend',
      at: vn('2026-02-24T09:00:00'),
      by: { workingDays: 2 },
    });
    expect(clockState(cal, e, at('2026-02-24T10:00:00')).dueAt?.toISOString()).toBe(
      iso('2026-03-03T10:00:00'),
    );
    expect(() =>
      applyClockEvent(e, { type: 'extend', at: vn('2026-02-24T10:00:00'), by: { workingDays: 1 } }),
    ).toThrowError(/allows 1 extension/);
    expect(clockState(cal, started, at('2026-02-27T10:01:00')).status).toBe('breached');
  });

  it('restarts the count on a complete resubmission', () => {
    const r = applyClockEvent(started, { type: 'restart', at: vn('2026-02-25T08:00:00') });
    expect(clockState(cal, r, at('2026-02-25T09:00:00')).dueAt?.toISOString()).toBe(
      iso('2026-03-03T17:00:00'),
    );
  });

  it('rejects events not allowed in the state, or out of order, and says why', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'none';
      } catch (e) {
        return isSlaError(e) ? e.code : 'other';
      }
    };
    expect(
      code(() => applyClockEvent(started, { type: 'resume', at: vn('2026-02-24T09:00:00') })),
    ).toBe('INVALID_CLOCK_EVENT');
    expect(
      code(() => applyClockEvent(started, { type: 'start', at: vn('2026-02-24T09:00:00') })),
    ).toBe('INVALID_CLOCK_EVENT');
    expect(
      code(() =>
        applyClockEvent(started, { type: 'pause', at: vn('2026-02-12T09:00:00'), reason: 'other' }),
      ),
    ).toBe('INVALID_CLOCK_EVENT');
    expect(started.events.length).toBe(1);
  });

  it('explains itself for a receipt', () => {
    const lines = explainClock(cal, started, at('2026-02-23T10:00:00')).map((l) => l.vi);
    expect(lines).toContain('2026-02-16: Tết Nguyên đán');
  });
});

const instant = fc
  .integer({ min: 0, max: 20 * 24 * 60 })
  .map((m) => Date.parse(vn('2026-02-02T08:00:00')) + m * 60_000);
const events = fc.array(
  fc.record({
    type: fc.constantFrom<ClockEvent['type']>('pause', 'resume', 'extend', 'restart', 'stop'),
    gap: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  }),
  { maxLength: 8 },
);

function life(start: number, steps: { type: ClockEvent['type']; gap: number }[]) {
  let c = applyClockEvent(createClock({ limit: { workingDays: 3 } }), {
    type: 'start',
    at: new Date(start),
  });
  const applied: ClockEvent[] = [{ type: 'start', at: new Date(start) }];
  let t = start;
  for (const s of steps) {
    t += s.gap * 60_000;
    const e = {
      type: s.type,
      at: new Date(t),
      reason: 'awaiting-supplement',
      by: { workingHours: 4 },
    } as ClockEvent;
    try {
      c = applyClockEvent(c, e);
      applied.push(e);
    } catch (err) {
      if (!isSlaError(err)) throw err;
    }
  }
  return { clock: c, applied, end: t };
}

describe('SLA clock properties', () => {
  it('replay gives the same clock and state; JSON round trip is lossless', () => {
    fc.assert(
      fc.property(instant, events, (start, steps) => {
        const { clock, applied, end } = life(start, steps);
        expect(replayClock({ limit: { workingDays: 3 } }, applied)).toEqual(clock);
        const json = JSON.parse(JSON.stringify(clock));
        expect(json).toEqual(clock);
        expect(clockState(cal, json, new Date(end + 1))).toEqual(
          clockState(cal, clock, new Date(end + 1)),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('pausing never moves the due instant earlier', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 0, max: 4000 }),
        (start, a, b) => {
          const c = applyClockEvent(createClock({ limit: { workingDays: 3 } }), {
            type: 'start',
            at: new Date(start),
          });
          const before = clockState(cal, c, new Date(start)).dueAt?.getTime() ?? 0;
          const p = applyClockEvent(c, {
            type: 'pause',
            at: new Date(start + a * 60_000),
            reason: 'awaiting-supplement',
          });
          const later =
            clockState(cal, p, new Date(start + (a + b) * 60_000)).dueAt?.getTime() ?? 0;
          expect(later).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('thresholds increase, the 100 % one is the due instant, and it lies in working time or at a close', () => {
    fc.assert(
      fc.property(instant, (start) => {
        const c = applyClockEvent(createClock({ limit: { workingDays: 3 } }), {
          type: 'start',
          at: new Date(start),
        });
        const s = clockState(cal, c, new Date(start));
        const ts = s.thresholds.map((x) => x.at?.getTime() ?? 0);
        expect([...ts].sort((x, y) => x - y)).toEqual(ts);
        expect(ts.at(-1)).toBe(s.dueAt?.getTime());
        const due = s.dueAt as Date;
        expect(
          isWorkingTime(cal, due) ||
            workingIntervals(cal, due).some((i) => i.end.getTime() === due.getTime()),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

import { checkAllotments, rollUpClocks } from './rollup';

describe('interlinked steps', () => {
  it('checks allotments against the limit', () => {
    expect(
      checkAllotments(cal, { workingDays: 2 }, [
        { step: 'A', minutes: 600 },
        { step: 'B', minutes: 600 },
      ]),
    ).toMatchObject({ ok: false, allotted: 1200, limit: 960, excess: 240 });
    expect(checkAllotments(cal, { workingDays: 5 }, [{ step: 'A', minutes: 1440 }]).ok).toBe(true);
  });

  it('rolls step clocks into the dossier clock and names the late agency', () => {
    const dossier = applyClockEvent(createClock({ limit: { workingDays: 5 } }), {
      type: 'start',
      at: vn('2026-02-12T10:00:00'),
    });
    const police = applyClockEvent(createClock({ limit: { workingHours: 8 } }), {
      type: 'start',
      at: vn('2026-02-12T14:00:00'),
    });
    const insurance = applyClockEvent(createClock({ limit: { workingDays: 2 } }), {
      type: 'start',
      at: vn('2026-02-12T14:00:00'),
    });
    const r = rollUpClocks(
      cal,
      dossier,
      [
        { step: 'Công an phường', clock: police },
        { step: 'BHXH', clock: insurance },
      ],
      at('2026-02-23T10:00:00'),
    );
    expect(r.breachedSteps).toEqual(['Công an phường']); // 8 working hours from Thu 12/2 14:00 ran out Fri 13/2 14:00
    expect(r.status).toBe('at-risk');
  });
});

describe('a stored clock is checked all through, never trusted (fuzz findings)', () => {
  const cal = vietnamCalendar();
  const at = '2026-02-24T10:00:00+07:00';
  const started = JSON.parse(
    JSON.stringify(
      applyClockEvent(createClock({ limit: { workingDays: 5 } }), {
        type: 'start',
        at: '2026-02-13T10:00:00+07:00',
      }),
    ),
  );
  const codeOf = (f: () => unknown) => {
    try {
      f();
      return 'ok';
    } catch (e) {
      return isSlaError(e) ? e.code : `NOT SLA: ${String(e)}`;
    }
  };

  it('answers a typed error for junk in any field, and for prototype names as event types', () => {
    const junk: unknown[] = [
      { ...started, events: 5 },
      { ...started, events: [{ type: 'start', at: 'nope' }] },
      { ...started, events: [{ type: 'pause', at: '2026-02-13T03:00:00Z', reason: 'x' }] },
      { ...started, limit: null },
      { ...started, limit: { workingDays: -1 } },
      { ...started, thresholds: 5 },
      { ...started, thresholds: [2] },
      { ...started, maxExtensions: 'x' },
      { ...started, kind: 'other' },
      undefined,
      'clock',
    ];
    for (const clock of junk) {
      for (const f of [
        () => clockState(cal, clock as never, at),
        () => explainClock(cal, clock as never, at),
        () => applyClockEvent(clock as never, { type: 'stop', at }),
        () => rollUpClocks(cal, clock as never, [], at),
      ])
        expect(codeOf(f)).toMatch(/^(INVALID_ARGUMENT|INVALID_CLOCK_EVENT|INVALID_DATE|NO_LIMIT)$/);
    }
    expect(
      codeOf(() =>
        clockState(
          cal,
          { ...started, events: [...started.events, { type: { toString: 1 }, at }] },
          at,
        ),
      ),
    ).toBe('INVALID_CLOCK_EVENT');
    expect(codeOf(() => clockState(cal, { ...started, thresholds: ['0.5', '1'] }, at))).toBe(
      'INVALID_ARGUMENT',
    );
    for (const type of ['constructor', 'toString', 'hasOwnProperty', '__proto__'])
      expect(codeOf(() => applyClockEvent(started, { type, at } as never))).toBe(
        'INVALID_CLOCK_EVENT',
      );
    expect(codeOf(() => rollUpClocks(cal, started, {} as never, at))).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => rollUpClocks(cal, started, [{ step: 5, clock: started }] as never, at)),
    ).toBe('INVALID_ARGUMENT');
  });

  it('a stored clock gives the same answers as the clock it was saved from, and is not aliased', () => {
    const json = structuredClone(started);
    const next = applyClockEvent(json, { type: 'pause', at, reason: 'other' });
    json.events[0].at = '2030-01-01T00:00:00.000Z';
    json.limit.workingDays = 99;
    expect(next.events[0]?.at).toBe('2026-02-13T03:00:00.000Z');
    expect(next.limit).toEqual({ workingDays: 5 });
    expect(
      Object.isFrozen(next) && Object.isFrozen(next.events) && Object.isFrozen(next.limit),
    ).toBe(true);
    expect(clockState(cal, structuredClone(started), at)).toEqual(
      clockState(
        cal,
        applyClockEvent(createClock({ limit: { workingDays: 5 } }), started.events[0]),
        at,
      ),
    );
  });

  it('checkAllotments checks its steps and its calendar', () => {
    for (const steps of [
      [{ step: 'Công an', minutes: '1440' }],
      [{ step: 'Công an' }, { step: 'BHXH', minutes: 960 }],
      [{ step: 'x', minutes: -5000 }],
      [{ step: 'x', minutes: Number.NaN }],
      [{ minutes: 10 }],
    ])
      expect(codeOf(() => checkAllotments(cal, { workingDays: 5 }, steps as never))).toBe(
        'INVALID_ARGUMENT',
      );
    expect(
      codeOf(() => checkAllotments({ standardDayMinutes: 10 } as never, { workingDays: 5 }, [])),
    ).toBe('INVALID_ARGUMENT');
  });
});
