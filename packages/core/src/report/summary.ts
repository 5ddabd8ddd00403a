/**
 * The figures people read, derived from a {@link DossierAggregate}: rates, shares, average and
 * percentile processing times. Derived deterministically from the integer sufficient statistics,
 * so a summary of a merged aggregate equals the summary of one pass over the union.
 *
 * @module
 */
import { CoreError } from '../errors';
import type { DossierAggregate, ReportCounts, ReportDimension } from './counts';
import { countsProblem, parseDossierAggregate } from './validate';

/**
 * The readable figures of one group of dossiers.
 *
 * @example
 * ```ts
 * import { aggregateDossiers, type DossierRecord, summarizeDossiers } from '@motcua/core';
 * const records: DossierRecord[] = [
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' }, // on time (the same day)
 *   { code: '000.00.01.H26-260213-0002', procedure: '1.000894', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-27T10:00:00+07:00',
 *     finishedAt: '2026-02-25T15:00:00+07:00', outcome: 'returned' }, // early
 *   { code: '000.00.01.H26-260223-0003', procedure: '1.001193', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-23T16:00:00+07:00', dueAt: '2026-02-24T17:00:00+07:00',
 *     finishedAt: '2026-02-25T09:00:00+07:00', outcome: 'returned' }, // late
 *   { code: '000.00.01.H26-260227-0004', procedure: '2.000908', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-27T16:00:00+07:00', dueAt: '2026-03-02T17:00:00+07:00' }, // in progress, not overdue
 * ];
 * const s = summarizeDossiers(aggregateDossiers(records, { from: '2026-02', to: '2026-03' })).total;
 * `${(s.onTimeRate ?? 0) * 100}% on time, ${(s.onlineShare ?? 0) * 100}% online`; //=> '75% on time, 50% online'
 * s.averageWorkingDays; //=> 1.666…
 * ```
 * @category Reports
 */
export interface DossierSummary {
  /** The counts this summary derives from. */
  readonly counts: ReportCounts;
  /**
   * Indicator 2.1: (early + on time + in progress not overdue) ÷ (judged + in progress); `null` when
   * there is nothing to judge.
   */
  readonly onTimeRate: number | null;
  /** Early ÷ judged (`null` when none judged). */
  readonly earlyShare: number | null;
  /** Late (ended late, or overdue in progress) ÷ (judged + in progress). */
  readonly lateRate: number | null;
  /** Received online ÷ received (`null` when none received). */
  readonly onlineShare: number | null;
  /** Received in person ÷ received. */
  readonly directShare: number | null;
  /** Received by post ÷ received. */
  readonly postalShare: number | null;
  /** Settled with an electronic result ÷ settled. */
  readonly electronicResultShare: number | null;
  /** Settled and digitised ÷ settled. */
  readonly digitisedShare: number | null;
  /** Settled reusing digitised data ÷ settled. */
  readonly reusedDataShare: number | null;
  /** Settled and paid online ÷ settled. */
  readonly paidOnlineShare: number | null;
  /** Judged with a petition or dislike ÷ judged whose complaint status is known. */
  readonly complaintShare: number | null;
  /** Average processing time in working days (working minutes ÷ the standard day), `null` if none. */
  readonly averageWorkingDays: number | null;
  /** Median processing time in working days (to the working hour, from the histogram). */
  readonly p50WorkingDays: number | null;
  /** 90th percentile processing time in working days. */
  readonly p90WorkingDays: number | null;
  /** 95th percentile processing time in working days. */
  readonly p95WorkingDays: number | null;
}

/**
 * A whole report: the summary of the totals and of every group.
 *
 * @example
 * ```ts
 * import { aggregateDossiers, type DossierRecord, summarizeDossiers } from '@motcua/core';
 * const records: DossierRecord[] = [
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' }, // on time
 *   { code: '000.00.02.H26-260223-0007', procedure: '1.001193', unit: '00256', channel: 'online',
 *     receivedAt: '2026-02-23T16:00:00+07:00', dueAt: '2026-02-24T17:00:00+07:00',
 *     finishedAt: '2026-02-25T09:00:00+07:00', outcome: 'returned' }, // late
 * ];
 * const report = summarizeDossiers(aggregateDossiers(records, { from: '2026-02', to: '2026-03', by: ['unit'] }));
 * report.total.onTimeRate; //=> 0.5
 * report.groups.unit?.['00235']?.onTimeRate; //=> 1
 * report.groups.unit?.['00256']?.onTimeRate; //=> 0
 * ```
 * @category Reports
 */
export interface DossierReport {
  /** The period `[from, to)`. */
  readonly from: string;
  /** End of the period (exclusive). */
  readonly to: string;
  /** The totals. */
  readonly total: DossierSummary;
  /** Per dimension, per key. */
  readonly groups: Partial<Record<ReportDimension, Record<string, DossierSummary>>>;
}

/**
 * Options of {@link summarizeDossiers}.
 *
 * @example
 * ```ts
 * import type { SummarizeDossiersOptions } from '@motcua/core';
 * const options: SummarizeDossiersOptions = { standardDayMinutes: 480 };
 * ```
 * @category Reports
 */
export interface SummarizeDossiersOptions {
  /** Working minutes in a working day, to express processing times in days (default 480). */
  readonly standardDayMinutes?: number | undefined;
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function percentile(
  hours: Readonly<Record<string, number>>,
  count: number,
  p: number,
  day: number,
): number | null {
  if (count === 0) return null;
  const rank = Math.ceil(p * count);
  let seen = 0;
  for (const k of Object.keys(hours).sort((a, b) => Number(a) - Number(b))) {
    seen += hours[k] ?? 0;
    if (seen >= rank) return ((Number(k) + 1) * 60) / day; // the bucket's upper bound
  }
  return null;
}

/**
 * Summarises one group's counts.
 *
 * @param c - The counts.
 * @param options - The standard day length.
 * @returns The readable figures.
 * @example
 * ```ts
 * import { emptyReportCounts, summarizeCounts } from '@motcua/core';
 * summarizeCounts(emptyReportCounts()).onTimeRate; //=> null
 * ```
 * @category Reports
 */
export function summarizeCounts(
  c: ReportCounts,
  options?: SummarizeDossiersOptions,
): DossierSummary {
  const problem = countsProblem(c, []);
  if (problem !== null)
    throw new CoreError(
      'INVALID_ARGUMENT',
      {
        en: `summarizeCounts: not report counts at ${problem.path.join('.') || '(counts)'}: ${problem.message}`,
        vi: `summarizeCounts: không phải số liệu báo cáo tại ${problem.path.join('.') || '(counts)'}`,
      },
      { path: problem.path },
    );
  const day = options?.standardDayMinutes ?? 480;
  const denominator = c.judged + c.inProgress;
  return {
    counts: c,
    onTimeRate: ratio(c.early + c.onTime + c.inProgress - c.overdue, denominator),
    earlyShare: ratio(c.early, c.judged),
    lateRate: ratio(c.late + c.overdue, denominator),
    onlineShare: ratio(c.receivedByChannel.online, c.received),
    directShare: ratio(c.receivedByChannel.direct, c.received),
    postalShare: ratio(c.receivedByChannel.postal, c.received),
    electronicResultShare: ratio(c.electronicResult, c.settled),
    digitisedShare: ratio(c.digitised, c.settled),
    reusedDataShare: ratio(c.reusedData, c.settled),
    paidOnlineShare: ratio(c.paidOnline, c.settled),
    complaintShare: ratio(c.complaints, c.complaintsKnown),
    averageWorkingDays:
      c.processing.count === 0 ? null : c.processing.minutes / c.processing.count / day,
    p50WorkingDays: percentile(c.processing.hours, c.processing.count, 0.5, day),
    p90WorkingDays: percentile(c.processing.hours, c.processing.count, 0.9, day),
    p95WorkingDays: percentile(c.processing.hours, c.processing.count, 0.95, day),
  };
}

/**
 * Derives the readable report (rates, shares, processing times) from an aggregate, for the totals
 * and every group.
 *
 * @param agg - The aggregate (one pass, or merged).
 * @param options - The standard day length.
 * @returns The report.
 * @example
 * ```ts
 * import { aggregateDossiers, type DossierRecord, summarizeDossiers } from '@motcua/core';
 * const records: DossierRecord[] = [
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' }, // on time (the same day)
 *   { code: '000.00.01.H26-260213-0002', procedure: '1.000894', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-27T10:00:00+07:00',
 *     finishedAt: '2026-02-25T15:00:00+07:00', outcome: 'returned' }, // early
 *   { code: '000.00.01.H26-260223-0003', procedure: '1.001193', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-23T16:00:00+07:00', dueAt: '2026-02-24T17:00:00+07:00',
 *     finishedAt: '2026-02-25T09:00:00+07:00', outcome: 'returned' }, // late
 *   { code: '000.00.01.H26-260227-0004', procedure: '2.000908', unit: '00235', channel: 'online',
 *     receivedAt: '2026-02-27T16:00:00+07:00', dueAt: '2026-03-02T17:00:00+07:00' }, // in progress, not overdue
 * ];
 * const report = summarizeDossiers(aggregateDossiers(records, { from: '2026-02', to: '2026-03' }));
 * report.total.onTimeRate; //=> 0.75 (early + on time + in progress not overdue: 3 of 4)
 * report.total.earlyShare; //=> 0.333…
 * report.total.p50WorkingDays; //=> 1.375 (to the working hour)
 * ```
 * @category Reports
 */
export function summarizeDossiers(
  agg: DossierAggregate,
  options?: SummarizeDossiersOptions,
): DossierReport {
  parseDossierAggregate(agg);
  const groups: Partial<Record<ReportDimension, Record<string, DossierSummary>>> = {};
  for (const d of agg.by) {
    const out: Record<string, DossierSummary> = Object.create(null); // '__proto__' is a key like any other
    for (const [k, c] of Object.entries(agg.groups[d] ?? {})) out[k] = summarizeCounts(c, options);
    groups[d] = out;
  }
  return { from: agg.from, to: agg.to, total: summarizeCounts(agg.total, options), groups };
}
