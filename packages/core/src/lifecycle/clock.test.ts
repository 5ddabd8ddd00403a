import { addWorkingTime, vietnamCalendar, workingTimeBetween } from '@motcua/sla';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, eventArb, randomLife, receive, vn } from './__fixtures__/lives';
import { dossierClock, dossierClockState } from './clock';
import { applyDossierEvent, type Dossier, submitOnline, timeliness } from './dossier';

const cal = vietnamCalendar();
const at = (local: string) => new Date(vn(local));

describe('dossierClock', () => {
  // Marriage registration, 5 working days, received Thu 12/2/2026 10:00: Tết 16–20/2 is skipped.
  const d = receive('1.000894', '2026-02-12T10:00:00');

  it('starts at receipt, runs to the dossier appointment and crosses 50 / 75 / 100 %', () => {
    const s = dossierClockState(d, at('2026-02-24T09:00:00'));
    expect(s?.status).toBe('running');
    expect(s?.dueAt?.toISOString()).toBe(d.dueAt?.toISOString());
    expect(d.dueAt?.toISOString()).toBe('2026-02-26T03:00:00.000Z');
    const budget = 5 * cal.standardDayMinutes;
    const start = new Date(d.receivedAt as string);
    expect(s?.thresholds.map((t) => [t.fraction, t.at?.toISOString()])).toEqual([
      [0.5, addWorkingTime(cal, start, { minutes: budget / 2 }).toISOString()],
      [0.75, addWorkingTime(cal, start, { minutes: (budget * 3) / 4 }).toISOString()],
      [1, d.dueAt?.toISOString()],
    ]);
  });

  it('pauses while a supplement is awaited and moves the appointment as the dossier does', () => {
    const asked = applyDossierEvent(d, {
      type: 'request-supplement',
      at: vn('2026-02-13T09:00:00'),
      reason: 'Thiếu giấy xác nhận',
    });
    expect(dossierClockState(asked, at('2026-02-23T09:00:00'))?.status).toBe('paused');
    const back = applyDossierEvent(asked, {
      type: 'supplement-received',
      at: vn('2026-02-24T09:00:00'),
    });
    const s = dossierClockState(back, at('2026-02-25T09:00:00'));
    expect(s?.status).toBe('running');
    expect(s?.pausedMinutes).toBe(back.supplement.pausedMinutes);
    expect(s?.dueAt?.toISOString()).toBe(back.dueAt?.toISOString());
    const done = applyDossierEvent(back, { type: 'complete', at: vn('2026-03-02T09:30:00') });
    const end = dossierClockState(done, at('2026-03-10T09:00:00'));
    expect(end?.status).toBe('met');
    expect(end?.timeliness).toBe(timeliness(done));
  });

  it('is breached after the appointment, and runs to the new one only if asked', () => {
    expect(dossierClockState(d, at('2026-02-26T10:01:00'))?.status).toBe('breached');
    const sorry = applyDossierEvent(d, {
      type: 'apologize',
      at: vn('2026-02-24T09:00:00'),
      reason: 'Cần xác minh thêm',
      newDueAt: vn('2026-03-04T10:00:00'),
    });
    expect(dossierClockState(sorry, at('2026-02-27T09:00:00'))?.status).toBe('breached');
    const renewed = dossierClockState(sorry, at('2026-02-27T09:00:00'), { appointment: 'new' });
    expect(renewed?.status).toBe('running');
    expect(renewed?.extensions).toBe(1);
    expect(renewed?.dueAt?.toISOString()).toBe(new Date(vn('2026-03-04T10:00:00')).toISOString());
  });

  it('has no clock before receipt, none without an appointment, and never changes the dossier', () => {
    const procedure = catalog.get('2.000908'); // certified copies, offered online
    if (!procedure) throw new Error('sample');
    const online = submitOnline({
      procedure,
      channel: 'online',
      receivedAt: at('2026-02-12T22:00:00'),
      agencyId: '000.00.01.H26',
      sequence: 2,
      applicant: { name: 'Lê Văn Cường' },
      data: catalog.sampleData('2.000908'),
    });
    expect(dossierClockState(online, at('2026-02-13T09:00:00'))?.status).toBe('not-started');
    const refused = applyDossierEvent(online, {
      type: 'refuse-reception',
      at: vn('2026-02-13T09:00:00'),
      reason: 'Không thuộc thẩm quyền',
    });
    expect(dossierClock(refused)).toBeNull();
    const spot = { ...d, procedure: { ...d.procedure, onTheSpot: true } } as Dossier;
    expect(dossierClock(spot)).toBeNull();
    const before = JSON.stringify(d);
    dossierClockState(d, at('2026-02-20T09:00:00'), { thresholds: [0.9, 1] });
    expect(JSON.stringify(d)).toBe(before);
  });
});

describe('dossierClock properties', () => {
  it('on any life, the clock is due when the dossier is, and agrees with timeliness once finished', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 12 }),
        fc.constantFrom(...catalog.list().map((p) => p.code)),
        (steps, code) => {
          const { dossiers } = randomLife(steps, code);
          // A supplement requested at or after the appointment: the dossier moves its
          // appointment by the pause, the clock keeps the instant the processing time ran out.
          // The verdict is the same either way (checked below).
          let latePause = false;
          for (const [i, x] of dossiers.entries()) {
            const e = x.history.at(-1);
            const due = dossiers[i - 1]?.dueAt;
            if (e?.type === 'request-supplement' && due && Date.parse(e.at) >= due.getTime())
              latePause = true;
            const now = new Date(e?.at ?? x.submittedAt);
            const s = dossierClockState(x, now);
            if (x.receivedAt === null || s === null) continue;
            // Read while paused, the clock is due when the dossier would be if the supplement
            // arrived now.
            const y =
              x.status === 'awaiting-supplement'
                ? applyDossierEvent(x, { type: 'supplement-received', at: now })
                : x;
            if (latePause) {
              expect((s.dueAt?.getTime() ?? 0) <= (y.dueAt?.getTime() ?? 0)).toBe(true);
            } else {
              expect(s.dueAt?.toISOString()).toBe(y.dueAt?.toISOString());
            }
            if (y.apology !== null && !latePause) {
              // The new appointment, or the close of working time before it when it was set
              // outside working hours: no working minute apart.
              const renewed = dossierClockState(x, now, { appointment: 'new' })?.dueAt;
              const promised = new Date(y.apology.newDueAt);
              expect(renewed && renewed <= promised).toBe(true);
              expect(renewed && workingTimeBetween(cal, renewed, promised)).toBe(0);
            }
            if (x.finishedAt !== null && x.supplement.requests <= 1) {
              expect(s.timeliness).toBe(timeliness(x));
              expect(s.status).toBe(timeliness(x) === 'late' ? 'breached' : 'met');
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
