/**
 * The counts of a report: the sufficient statistics (integer counts and sums) that make aggregates
 * exact and mergeable, and the shape of an aggregate.
 *
 * @module
 */

/**
 * A breakdown dimension of a report.
 *
 * @example
 * ```ts
 * import { aggregateDossiers, type ReportDimension } from '@motcua/core';
 * const by: ReportDimension[] = ['unit', 'channel', 'period'];
 * ```
 * @category Reports
 */
export type ReportDimension = 'unit' | 'procedure' | 'field' | 'channel' | 'period';

/**
 * The length of the sub-periods of a `'period'` breakdown.
 *
 * @example
 * ```ts
 * import type { ReportGranularity } from '@motcua/core';
 * const g: ReportGranularity = 'month'; // keys '2026-02', …
 * ```
 * @category Reports
 */
export type ReportGranularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The counts of one group of dossiers over one period: integers only, so merging is exact.
 *
 * @example
 * ```ts
 * import { aggregateDossiers } from '@motcua/core';
 * const agg = aggregateDossiers([], { from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00' });
 * agg.total.received; //=> 0
 * ```
 * @category Reports
 */
export interface ReportCounts {
  /** Dossiers received in the period. */
  received: number;
  /** Received in the period, per channel. */
  receivedByChannel: { direct: number; online: number; postal: number };
  /**
   * Of `receivedByChannel.online`: received online and given an electronic result (indicator 3.3
   * counts an online dossier of a procedure whose result is a paper document only then).
   */
  receivedOnlineElectronicResult: number;
  /** Dossiers whose processing ended in the period with a result (`done` or `returned`). */
  settled: number;
  /** Ended in the period: refused after appraisal. */
  refused: number;
  /** Ended in the period: handling stopped. */
  stopped: number;
  /** Ended in the period: withdrawn by the citizen. */
  withdrawn: number;
  /** Refused at reception in the period (never received; outside every rate). */
  refusedAtReception: number;
  /** Dossiers whose processing ended in the period and that are judged for timeliness. */
  judged: number;
  /** Judged: ended strictly before the appointment's day. */
  early: number;
  /** Judged: ended on the appointment's day, not after the appointment. */
  onTime: number;
  /** Judged: ended after the appointment, or with more than one supplement request. */
  late: number;
  /** Of `late`: late only because a supplement was requested more than once. */
  lateBySupplements: number;
  /**
   * Of `judged`: dossiers whose single supplement request the citizen never answered; the 766
   * statistics take the request's instant as their end (formula 2.1). Not `settled`.
   */
  endedBySupplement: number;
  /**
   * Dossiers of procedures with no statutory limit that ended in the period or are in progress at
   * its end: timeliness does not apply, so they are in neither `judged` nor `inProgress`.
   */
  notApplicable: number;
  /** Received before the period's end and still in progress at its end. */
  inProgress: number;
  /** Of `inProgress`: past the appointment at the period's end (or with more than one supplement request). */
  overdue: number;
  /** Settled dossiers with an electronic result. */
  electronicResult: number;
  /** Settled dossiers digitised (documents and result). */
  digitised: number;
  /** Settled dossiers that reused digitised data. */
  reusedData: number;
  /** Settled dossiers paid online. */
  paidOnline: number;
  /** Judged dossiers with a petition or dislike. */
  complaints: number;
  /** Judged dossiers whose record says whether there was a complaint (`complaint` given). */
  complaintsKnown: number;
  /** Working minutes from receipt to the end, less paused minutes, of the settled dossiers. */
  processing: {
    /** Number of settled dossiers measured. */
    count: number;
    /** Sum of their whole working minutes. */
    minutes: number;
    /** Histogram: working hours (floor of minutes ÷ 60, as a string key) → count. */
    hours: Record<string, number>;
  };
}

/**
 * A mergeable report aggregate: the totals and the breakdowns of the dossiers over a period.
 * A plain JSON value (store it per ward, merge it later).
 *
 * @example
 * ```ts
 * import { aggregateDossiers, type DossierRecord } from '@motcua/core';
 * const records: DossierRecord[] = [
 *   { code: '000.00.01.H26-260212-0001', procedure: '2.000908', unit: '00235', channel: 'direct',
 *     receivedAt: '2026-02-12T09:00:00+07:00', dueAt: '2026-02-12T17:00:00+07:00',
 *     finishedAt: '2026-02-12T11:00:00+07:00', outcome: 'returned' },
 *   { code: '000.00.01.H26-260302-0001', procedure: '2.000908', unit: '00256', channel: 'online',
 *     receivedAt: '2026-03-02T08:30:00+07:00', dueAt: '2026-03-02T17:00:00+07:00' },
 * ];
 * const agg = aggregateDossiers(records, {
 *   from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['unit', 'period'],
 * });
 * agg.groups.unit?.['00235']?.received; //=> 1
 * Object.keys(agg.groups.period ?? {}); //=> ['2026-02', '2026-03'] (the months with dossiers)
 * agg.total.inProgress; //=> 1 (still open on 1/4/2026)
 * JSON.parse(JSON.stringify(agg)).total.received; //=> 2 (plain JSON: store it per ward)
 * ```
 * @category Reports
 */
export interface DossierAggregate {
  /** Marks the value's kind and format version. */
  readonly kind: 'motcua.dossier-aggregate/1';
  /** The period `[from, to)` as ISO instants. */
  readonly from: string;
  /** End of the period (exclusive). */
  readonly to: string;
  /** The sub-period length of the `'period'` breakdown. */
  readonly granularity: ReportGranularity;
  /** The breakdown dimensions. */
  readonly by: readonly ReportDimension[];
  /** How "early" is judged (see {@link AggregateDossiersOptions.earlyGranularity}). */
  readonly earlyGranularity: 'day' | 'instant';
  /** The totals. */
  readonly total: ReportCounts;
  /** Per dimension, per key, the same counts. For `'period'`, each key is a sub-report of that sub-period. */
  readonly groups: Partial<Record<ReportDimension, Record<string, ReportCounts>>>;
}

/**
 * Returns empty {@link ReportCounts} (the identity of {@link mergeDossierAggregates}).
 *
 * @returns Counts that are all zero.
 * @example
 * ```ts
 * import { emptyReportCounts } from '@motcua/core';
 * emptyReportCounts().settled; //=> 0
 * ```
 * @category Reports
 */
export function emptyReportCounts(): ReportCounts {
  return {
    received: 0,
    receivedByChannel: { direct: 0, online: 0, postal: 0 },
    receivedOnlineElectronicResult: 0,
    settled: 0,
    refused: 0,
    stopped: 0,
    withdrawn: 0,
    refusedAtReception: 0,
    judged: 0,
    early: 0,
    onTime: 0,
    late: 0,
    lateBySupplements: 0,
    endedBySupplement: 0,
    notApplicable: 0,
    inProgress: 0,
    overdue: 0,
    electronicResult: 0,
    digitised: 0,
    reusedData: 0,
    paidOnline: 0,
    complaints: 0,
    complaintsKnown: 0,
    processing: { count: 0, minutes: 0, hours: {} },
  };
}

/** Adds two sets of counts (the merge of two aggregates, cell by cell). @internal */
export function mergeCounts(a: ReportCounts, b: ReportCounts): ReportCounts {
  const hours: Record<string, number> = Object.create(null);
  for (const [k, v] of Object.entries(a.processing.hours)) hours[k] = v;
  for (const [k, v] of Object.entries(b.processing.hours)) hours[k] = (hours[k] ?? 0) + v;
  const sorted: Record<string, number> = Object.create(null);
  for (const k of Object.keys(hours).sort((x, y) => Number(x) - Number(y)))
    sorted[k] = hours[k] ?? 0;
  return {
    received: a.received + b.received,
    receivedByChannel: {
      direct: a.receivedByChannel.direct + b.receivedByChannel.direct,
      online: a.receivedByChannel.online + b.receivedByChannel.online,
      postal: a.receivedByChannel.postal + b.receivedByChannel.postal,
    },
    receivedOnlineElectronicResult:
      (a.receivedOnlineElectronicResult ?? 0) + (b.receivedOnlineElectronicResult ?? 0),
    settled: a.settled + b.settled,
    refused: a.refused + b.refused,
    stopped: a.stopped + b.stopped,
    withdrawn: a.withdrawn + b.withdrawn,
    refusedAtReception: a.refusedAtReception + b.refusedAtReception,
    judged: a.judged + b.judged,
    early: a.early + b.early,
    onTime: a.onTime + b.onTime,
    late: a.late + b.late,
    lateBySupplements: a.lateBySupplements + b.lateBySupplements,
    endedBySupplement: (a.endedBySupplement ?? 0) + (b.endedBySupplement ?? 0),
    notApplicable: (a.notApplicable ?? 0) + (b.notApplicable ?? 0),
    inProgress: a.inProgress + b.inProgress,
    overdue: a.overdue + b.overdue,
    electronicResult: a.electronicResult + b.electronicResult,
    digitised: a.digitised + b.digitised,
    reusedData: a.reusedData + b.reusedData,
    paidOnline: a.paidOnline + b.paidOnline,
    complaints: a.complaints + b.complaints,
    complaintsKnown: a.complaintsKnown + b.complaintsKnown,
    processing: {
      count: a.processing.count + b.processing.count,
      minutes: a.processing.minutes + b.processing.minutes,
      hours: sorted,
    },
  };
}

/**
 * A group table keyed by a record's field (unit, procedure…): a null-prototype object, so a key
 * such as `__proto__` or `constructor` is ordinary data and never reaches `Object.prototype`.
 * @internal
 */
export function groupTable(): Record<string, ReportCounts> {
  return Object.create(null) as Record<string, ReportCounts>;
}
