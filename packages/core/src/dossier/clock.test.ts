import { addWorkingTime, dueDate, vietnamCalendar } from '@motcua/sla';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeliness } from '../report/timeliness';
import { catalog, eventArb, randomLife, receive, vn } from './__fixtures__/lives';
import { dossierClock, dossierClockState } from './clock';
import { submitOnline } from './receive';
import { applyDossierEvent } from './reducer';
import type { Dossier } from './types';

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
    const start = d.receivedAt as Date;
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

  it('a supplement requested after the appointment does not move it (the time had run out)', () => {
    const late = applyDossierEvent(d, {
      type: 'request-supplement',
      at: vn('2026-02-27T09:00:00'),
      reason: 'Thiếu giấy tờ',
    });
    const back = applyDossierEvent(late, {
      type: 'supplement-received',
      at: vn('2026-03-03T09:00:00'),
    });
    expect(back.dueAt?.toISOString()).toBe('2026-02-26T03:00:00.000Z');
    expect(dossierClockState(back, at('2026-03-03T09:00:00'))?.dueAt?.toISOString()).toBe(
      '2026-02-26T03:00:00.000Z',
    );
    expect(back.supplement.pausedMinutes).toBe(960); // recorded, but it moved nothing
    const done = applyDossierEvent(back, { type: 'complete', at: vn('2026-03-04T09:00:00') });
    expect(timeliness(done)).toBe('late');
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
          for (const x of dossiers) {
            const e = x.history.at(-1);
            const now = new Date(e?.at ?? x.submittedAt);
            const s = dossierClockState(x, now);
            if (x.receivedAt === null || s === null) continue;
            // One pause engine: the dossier's figures are the clock's, to the millisecond.
            expect(s.dueAt?.getTime()).toBe(x.dueAt?.getTime());
            expect(s.pausedMinutes).toBe(x.supplement.pausedMinutes);
            if (x.supplement.requests === 0)
              expect(x.dueAt?.getTime()).toBe(
                dueDate(cal, x.receivedAt, x.procedure.processingTime).getTime(),
              );
            if (x.apology !== null) {
              const renewed = dossierClockState(x, now, { appointment: 'new' })?.dueAt;
              expect(renewed?.getTime()).toBe(x.apology.newDueAt.getTime());
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
