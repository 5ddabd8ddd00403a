/**
 * Reports: aggregating dossier records (the national statistics' rules, working-time processing
 * times on the public-sector calendar, breakdowns by unit and month). One op = 100,000 records
 * (from a deterministic pre-generated set), so the time for one million is 10 × the op time.
 */
import { aggregateDossiers, type DossierRecord, mergeDossierAggregates } from '@motcua/core';
import type { BenchCase } from '../harness';
import { rng } from '../harness';

const next = rng(2026);
const units = Array.from({ length: 126 }, (_, i) => String(235 + i * 3).padStart(5, '0'));
const procedures = ['2.000908', '1.001193', '1.000894', '2.000815', '2.000884', '1.000656'];
const base = Date.parse('2026-01-01T08:00:00+07:00');
function record(i: number): DossierRecord {
  const received = base + Math.floor(next() * 150 * 86_400_000);
  const took = Math.floor(next() * 12 * 86_400_000);
  const finished = next() < 0.9 ? new Date(received + took) : null;
  return {
    code: `H26-${i}`,
    procedure: procedures[i % procedures.length] ?? '2.000908',
    unit: units[i % units.length] ?? '00235',
    channel: next() < 0.6 ? 'online' : next() < 0.98 ? 'direct' : 'postal',
    receivedAt: new Date(received),
    dueAt: new Date(received + 7 * 86_400_000),
    finishedAt: finished,
    outcome: 'returned',
    supplementRequests: next() < 0.05 ? 1 : 0,
    electronicResult: next() < 0.8,
    digitised: next() < 0.7,
  };
}
const slice = Array.from({ length: 100_000 }, (_, i) => record(i));
const options = {
  from: '2026-01-01T00:00:00+07:00',
  to: '2026-06-01T00:00:00+07:00',
  by: ['unit', 'period'] as const,
  granularity: 'month' as const,
};
const half = aggregateDossiers(slice.slice(0, 50_000), options);
const other = aggregateDossiers(slice.slice(50_000), options);

const cases: BenchCase[] = [
  {
    name: 'aggregateDossiers: 100,000 dossiers per op, by unit (126 wards) and month',
    target: 'one million dossiers in under 2 s on one core (10 ops)',
    ours: {
      name: '@motcua/core aggregateDossiers (100k records)',
      fn: () => aggregateDossiers(slice, options),
    },
    others: [],
  },
  {
    name: 'mergeDossierAggregates: two halves of a city (126 wards × 5 months)',
    ours: {
      name: '@motcua/core mergeDossierAggregates',
      fn: () => mergeDossierAggregates(half, other),
    },
    others: [],
  },
];
export default cases;
