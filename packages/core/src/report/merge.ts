/**
 * Merging aggregates: exact, associative and commutative, so a city can aggregate per ward and
 * merge.
 *
 * @module
 */
import { CoreError } from '../errors';
import {
  type DossierAggregate,
  emptyReportCounts,
  groupTable,
  mergeCounts,
  type ReportCounts,
  type ReportDimension,
} from './counts';
import { parseDossierAggregate } from './validate';

const own = (t: Record<string, ReportCounts>, k: string) =>
  Object.hasOwn(t, k) ? t[k] : undefined;

function mergeGroups(
  a: Record<string, ReportCounts>,
  b: Record<string, ReportCounts>,
): Record<string, ReportCounts> {
  const out = groupTable();
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[k] = mergeCounts(own(a, k) ?? emptyReportCounts(), own(b, k) ?? emptyReportCounts());
  }
  return out;
}

/**
 * Merges two aggregates of the same period, breakdowns and rules (for example two wards', or two
 * halves of a file) into the aggregate of the union: exact, associative and commutative. The inputs
 * are not modified.
 *
 * @param a - One aggregate.
 * @param b - Another, over the same period with the same options.
 * @returns The merged aggregate.
 * @throws {CoreError} `INCOMPATIBLE_AGGREGATES` when the periods or options differ.
 * @example
 * ```ts
 * import { aggregateDossiers, type DossierRecord, mergeDossierAggregates } from '@motcua/core';
 * const wardA: DossierRecord[] = [ // Phường Đống Đa
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' },
 * ];
 * const wardB: DossierRecord[] = [ // Phường Hai Bà Trưng
 *   { code: '000.00.02.H26-260223-0007', procedure: '1.001193', unit: '00256', channel: 'online',
 *     receivedAt: '2026-02-23T16:00:00+07:00', dueAt: '2026-02-24T17:00:00+07:00',
 *     finishedAt: '2026-02-25T09:00:00+07:00', outcome: 'returned' },
 * ];
 * const options = { from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['unit'] } as const;
 * const city = mergeDossierAggregates(aggregateDossiers(wardA, options), aggregateDossiers(wardB, options));
 * city.total; //=> { received: 2, onTime: 1, late: 1, … }
 * Object.keys(city.groups.unit ?? {}); //=> ['00235', '00256']
 * mergeDossierAggregates(city, aggregateDossiers(wardA, { ...options, to: '2026-07-01T00:00:00+07:00' }));
 * //=> throws CoreError INCOMPATIBLE_AGGREGATES
 * ```
 * @category Reports
 */
export function mergeDossierAggregates(a: DossierAggregate, b: DossierAggregate): DossierAggregate {
  parseDossierAggregate(a);
  parseDossierAggregate(b);
  const same =
    a.kind === b.kind &&
    a.from === b.from &&
    a.to === b.to &&
    a.granularity === b.granularity &&
    a.earlyGranularity === b.earlyGranularity &&
    a.by.length === b.by.length &&
    a.by.every((d) => b.by.includes(d));
  if (!same) {
    throw new CoreError(
      'INCOMPATIBLE_AGGREGATES',
      {
        en: 'mergeDossierAggregates: the aggregates cover different periods or options',
        vi: 'mergeDossierAggregates: hai tổng hợp khác kỳ báo cáo hoặc tùy chọn',
      },
      { a: { from: a.from, to: a.to, by: a.by }, b: { from: b.from, to: b.to, by: b.by } },
    );
  }
  const groups: Partial<Record<ReportDimension, Record<string, ReportCounts>>> = {};
  for (const d of a.by)
    groups[d] = mergeGroups(a.groups[d] ?? groupTable(), b.groups[d] ?? groupTable());
  return { ...a, by: [...a.by], total: mergeCounts(a.total, b.total), groups };
}
