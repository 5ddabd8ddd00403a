/**
 * Pausable SLA clocks: @motcua/sla `clockState` on clocks that start at random instants in
 * 2025–2027, pause for a supplement request, resume and get one extension (five events; the
 * calendar, its holidays and lunch break included). No installed library has pausable working-time
 * clocks; the baseline is what a project does without one: date-fns `addBusinessDays` for the due
 * day only (weekends only: no holidays, no hours, no pauses), so the ratio is the price of the
 * full answer, not a like-for-like race.
 */

import {
  applyDossierEvent,
  type Dossier,
  dossierClockState,
  receiveDossier,
  sampleCatalog,
} from '@motcua/core';
import {
  applyClockEvent,
  type ClockEvent,
  clockState,
  createClock,
  replayClock,
  vietnamCalendar,
} from '@motcua/sla';
import { addBusinessDays } from 'date-fns';
import type { BenchCase } from '../harness';
import { cycle, rng } from '../harness';

const cal = vietnamCalendar();
const next = rng(23);
const START = Date.UTC(2025, 0, 1);
const SPAN_MIN = 3 * 365 * 24 * 60;
const minute = 60_000;

const lives: ClockEvent[][] = [];
const queries: Date[] = [];
for (let i = 0; i < 1024; i++) {
  const t0 = START + Math.floor(next() * SPAN_MIN) * minute;
  const t1 = t0 + Math.floor(next() * 3 * 24 * 60) * minute;
  const t2 = t1 + Math.floor(next() * 10 * 24 * 60) * minute;
  const t3 = t2 + Math.floor(next() * 2 * 24 * 60) * minute;
  lives.push([
    { type: 'start', at: new Date(t0).toISOString() },
    { type: 'pause', at: new Date(t1).toISOString(), reason: 'awaiting-supplement' },
    { type: 'resume', at: new Date(t2).toISOString() },
    { type: 'extend', at: new Date(t3).toISOString(), by: { workingDays: 2 } },
  ]);
  queries.push(new Date(t3 + 60 * minute)); // an hour after the extension
}
const clocks = lives.map((events) => replayClock({ limit: { workingDays: 5 } }, events));
const nextIndex = cycle(clocks.map((_, i) => i));

// The same lives as dossiers (marriage registration, 5 working days): received at t0, a
// supplement requested at t1 and returned at t2, read an hour after t3.
const catalog = sampleCatalog();
const marriage = catalog.get('1.000894');
if (marriage === undefined) throw new Error('clock bench: sample procedure missing');
const dossiers: Dossier[] = lives.slice(0, 256).map((events, i) => {
  const [start, pause, resume] = events;
  if (start === undefined || pause === undefined || resume === undefined)
    throw new Error('clock bench: short life');
  const received = receiveDossier({
    procedure: marriage,
    channel: 'direct',
    receivedAt: new Date(start.at),
    agencyId: '000.00.01.H26',
    sequence: i + 1,
    applicant: { name: 'Lê Văn Cường' },
    data: catalog.sampleData('1.000894'),
  });
  const asked = applyDossierEvent(received, {
    type: 'request-supplement',
    at: pause.at,
    reason: 'Thiếu giấy tờ',
  });
  return applyDossierEvent(asked, { type: 'supplement-received', at: resume.at });
});

const cases: BenchCase[] = [
  {
    name: 'SLA clock state (start, pause, resume, extend; 5 working days)',
    target: 'report only (no installed equivalent)',
    ours: {
      name: '@motcua/sla clockState',
      fn: () => {
        const i = nextIndex();
        const c = clocks[i];
        const q = queries[i];
        return c === undefined || q === undefined ? null : clockState(cal, c, q).dueAt;
      },
    },
    others: [
      {
        name: 'date-fns addBusinessDays (due day only; no holidays, hours or pauses)',
        fn: () => {
          const q = queries[nextIndex()];
          return q === undefined ? null : addBusinessDays(q, 5);
        },
      },
    ],
    verify: () => {
      const c = applyClockEvent(createClock({ limit: { workingDays: 5 } }), {
        type: 'start',
        at: '2026-02-13T10:00:00+07:00',
      });
      const due = clockState(cal, c, new Date('2026-02-23T03:00:00Z')).dueAt?.toISOString();
      if (due !== '2026-02-27T03:00:00.000Z') throw new Error(`clock bench: unexpected due ${due}`);
    },
  },
  {
    name: "A dossier's clock state (receipt, supplement request and its return; 5 working days)",
    target: 'report only (a dashboard reads thousands of dossiers per page of "due soon")',
    ours: {
      name: '@motcua/core dossierClockState (rebuilds the clock from the history)',
      fn: () => {
        const i = nextIndex() % dossiers.length;
        const d = dossiers[i];
        const q = queries[i];
        return d === undefined || q === undefined ? null : dossierClockState(d, q)?.dueAt;
      },
    },
    others: [],
    verify: () => {
      const d = dossiers[0];
      const q = queries[0];
      if (d === undefined || q === undefined) throw new Error('clock bench: no dossier');
      const due = dossierClockState(d, q)?.dueAt?.toISOString();
      if (due !== d.dueAt?.toISOString())
        throw new Error(
          `clock bench: clock due ${due} is not the dossier's ${d.dueAt?.toISOString()}`,
        );
    },
  },
];

export default cases;
