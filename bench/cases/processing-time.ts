/**
 * Processing times as the catalogue writes them (issue #14): `parseProcessingTime` over the whole
 * corpus of real phrases (one operation = every phrase of the corpus, read or refused), and
 * `dueDate` for each kind of limit on random receipts 2019–2030. No other library reads these
 * texts; for months, date-fns `addMonths` is what a user would otherwise reach for (it ignores
 * days off and the Civil Code's end-of-month rule).
 */
import { readFileSync } from 'node:fs';
import {
  dueDate,
  type ProcessingTime,
  safeParseProcessingTime,
  vietnamCalendar,
} from '@motcua/sla';
import { addMonths } from 'date-fns';
import type { BenchCase } from '../harness';
import { cycle, rng } from '../harness';

const corpus = readFileSync(
  new URL('../../packages/sla/src/deadline/__fixtures__/processing-times.tsv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t')[0] as string);

const cal = vietnamCalendar();
const next = rng(23);
const receipts = Array.from(
  { length: 4096 },
  () => new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 12 * 365 * 1440) * 60_000),
);
const nextReceipt = cycle(receipts);

const kind = (label: string, pt: ProcessingTime): BenchCase => ({
  name: `dueDate for ${label} (random receipts 2019–2030)`,
  target: '> 500 k/s',
  ours: {
    name: `@motcua/sla dueDate ${JSON.stringify(pt)}`,
    fn: () => dueDate(cal, nextReceipt(), pt),
  },
  others: [],
});

const cases: BenchCase[] = [
  {
    name: `parseProcessingTime over the corpus (${corpus.length} real phrases per operation)`,
    target: '> 70 corpora/s (10 k phrases/s: a 2,000-procedure catalogue in 0.2 s)',
    ours: {
      name: '@motcua/sla safeParseProcessingTime × corpus',
      fn: () => {
        let ok = 0;
        for (const p of corpus) if (safeParseProcessingTime(p).ok) ok++;
        return ok;
      },
    },
    others: [],
  },
  kind('working days', { workingDays: 5 }),
  kind('half a working day', { workingDays: 0.5 }),
  kind('calendar days', { days: 15 }),
  kind('weeks', { weeks: 2 }),
  {
    name: 'dueDate for months (random receipts 2019–2030)',
    target: '> 500 k/s; date-fns addMonths ignores days off',
    ours: {
      name: '@motcua/sla dueDate { months: 2 }',
      fn: () => dueDate(cal, nextReceipt(), { months: 2 }),
    },
    others: [{ name: 'date-fns addMonths (no days off)', fn: () => addMonths(nextReceipt(), 2) }],
  },
  kind('clock hours', { hours: 24 }),
  kind('same day with a cutoff', { sameDay: { cutoff: '15:00' } }),
  kind('immediate', { immediate: true }),
];

export default cases;
