/**
 * Pausable SLA clocks: @motcua/sla `clockState` on clocks that start at random instants in
 * 2025–2027, pause for a supplement request, resume and get one extension (five events; the
 * calendar, its holidays and lunch break included). No installed library has pausable working-time
 * clocks; the baseline is what a project does without one: date-fns `addBusinessDays` for the due
 * day only (weekends only: no holidays, no hours, no pauses), so the ratio is the price of the
 * full answer, not a like-for-like race.
 */
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
];

export default cases;
