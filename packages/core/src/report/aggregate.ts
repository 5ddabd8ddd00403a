/**
 * Mergeable dossier aggregates: the sufficient statistics of a report (integer counts and sums), so
 * that a city can aggregate per ward and merge, stream a file, or run the same code in a distributed
 * job, and get exactly the figures of one pass over the union.
 *
 * @module
 */

import { describeValue } from '@motcua/errors';
import { type WorkingCalendar, workingTimeBetween } from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { instantMsOf } from '../_lib/instant';
import { CoreError } from '../errors';
import {
  type DossierAggregate,
  emptyReportCounts,
  groupTable,
  type ReportCounts,
  type ReportDimension,
  type ReportGranularity,
} from './counts';
import { type Bucket, buckets, periodBound } from './periods';
import { type Channel, DOSSIER_OUTCOMES, type DossierOutcome, type DossierRecord } from './record';
import { end766, judge766 } from './timeliness';

/**
 * Options of {@link aggregateDossiers}.
 *
 * @example
 * ```ts
 * import type { AggregateDossiersOptions } from '@motcua/core';
 * const options: AggregateDossiersOptions = {
 *   from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['unit'], granularity: 'month',
 * };
 * ```
 * @category Reports
 */
export interface AggregateDossiersOptions {
  /**
   * Start of the period (inclusive): a civil date `'2026-02-01'` or a month `'2026-02'` (its first
   * day), read in the calendar's zone whatever the host's, or an instant (a `Date` or an ISO string
   * with its offset).
   */
  readonly from: Date | string;
  /** End of the period (exclusive), in the same forms (`'2026-03'`: up to 1 March 00:00). */
  readonly to: Date | string;
  /** Breakdown dimensions (default none). */
  readonly by?: readonly ReportDimension[] | undefined;
  /** Sub-period length of the `'period'` dimension (default `'month'`). */
  readonly granularity?: ReportGranularity | undefined;
  /** The calendar for working minutes and period boundaries (default `vietnamCalendar()`). */
  readonly calendar?: WorkingCalendar | undefined;
  /**
   * `'day'` (default): early means ended on a calendar day before the appointment's day, the
   * portals' "trước hạn"; `'instant'`: any end strictly before the appointment instant.
   */
  readonly earlyGranularity?: 'day' | 'instant' | undefined;
}

const DIMENSIONS: readonly ReportDimension[] = ['unit', 'procedure', 'field', 'channel', 'period'];
const GRANULARITIES: readonly ReportGranularity[] = ['day', 'week', 'month', 'quarter', 'year'];
const OUTCOMES: ReadonlySet<string> = new Set<DossierOutcome>(DOSSIER_OUTCOMES);
const CHANNELS: ReadonlySet<string> = new Set<Channel>(['direct', 'online', 'postal']);

function instant(value: unknown, what: string, code: string): number {
  if (value === null || value === undefined) return Number.NaN;
  try {
    return instantMsOf(value, what);
  } catch (e) {
    throw new CoreError(
      'INVALID_RECORD',
      {
        en: `dossier ${code}: ${(e as Error).message}`,
        vi: `hồ sơ ${code}: ${(e as CoreError).messageVi}`,
      },
      { code, field: what, value },
      { cause: e },
    );
  }
}

/** A record with its instants read once. */
interface Prepared {
  readonly r: DossierRecord;
  readonly received: number;
  readonly due: number; // NaN: no appointment
  readonly finished: number; // the end of processing as 766 counts it; NaN: in progress
  /** The end is an unanswered single supplement request (766 formula 2.1). */
  readonly bySupplement: boolean;
  readonly outcome: DossierOutcome;
  readonly supplements: number;
  readonly minutes: number; // whole working minutes of processing, NaN if not settled
  /** The 766 verdict once ended (it does not depend on the sub-period), `undefined` in progress. */
  readonly ended: ReturnType<typeof judge766> | undefined;
}

/** Internal accumulator state shared by the sync and async entry points. */
interface State {
  readonly agg: DossierAggregate;
  readonly fromMs: number;
  readonly toMs: number;
  readonly cal: WorkingCalendar;
  readonly byPeriod: boolean;
  readonly plain: readonly Exclude<ReportDimension, 'period'>[];
}

function start(options: AggregateDossiersOptions): State {
  if (options === null || typeof options !== 'object')
    throw new CoreError('INVALID_ARGUMENT', {
      en: 'aggregateDossiers: options { from, to } are required',
      vi: 'aggregateDossiers: cần tùy chọn { from, to }',
    });
  const cal = options.calendar ?? defaultCalendar();
  const fromMs = periodBound(options.from, 'from', cal);
  const toMs = periodBound(options.to, 'to', cal);
  if (!(fromMs < toMs)) {
    throw new CoreError('INVALID_ARGUMENT', {
      en: 'aggregateDossiers: the period must have from < to',
      vi: 'aggregateDossiers: kỳ báo cáo phải có from < to',
    });
  }
  const by: readonly ReportDimension[] = options.by ?? [];
  if (!Array.isArray(by as unknown))
    throw new CoreError('INVALID_ARGUMENT', {
      en: `aggregateDossiers: by must be a list of dimensions, got ${describeValue(by)}`,
      vi: `aggregateDossiers: by phải là danh sách chiều phân tổ, nhận được ${describeValue(by)}`,
    });
  for (const d of by) {
    if (!DIMENSIONS.includes(d)) {
      throw new CoreError('INVALID_ARGUMENT', {
        en: `aggregateDossiers: unknown dimension ${describeValue(d)} (one of ${DIMENSIONS.join(', ')})`,
        vi: `aggregateDossiers: chiều phân tổ không hợp lệ ${describeValue(d)} (một trong ${DIMENSIONS.join(', ')})`,
      });
    }
  }
  const granularity = options.granularity ?? 'month';
  if (!GRANULARITIES.includes(granularity)) {
    throw new CoreError('INVALID_ARGUMENT', {
      en: `aggregateDossiers: unknown granularity ${describeValue(granularity)}`,
      vi: `aggregateDossiers: độ chi tiết kỳ không hợp lệ ${describeValue(granularity)}`,
    });
  }
  const groups: Partial<Record<ReportDimension, Record<string, ReportCounts>>> = {};
  for (const d of by) groups[d] = groupTable();
  const agg: DossierAggregate = {
    kind: 'motcua.dossier-aggregate/1',
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    granularity,
    by: [...new Set(by)],
    earlyGranularity: options.earlyGranularity ?? 'day',
    total: emptyReportCounts(),
    groups,
  };
  return {
    agg,
    fromMs,
    toMs,
    cal,
    byPeriod: by.includes('period'),
    plain: agg.by.filter((d): d is Exclude<ReportDimension, 'period'> => d !== 'period'),
  };
}

function prepare(r: DossierRecord, s: State): Prepared {
  if (r === null || typeof r !== 'object') {
    throw new CoreError('INVALID_RECORD', {
      en: 'a dossier record must be an object',
      vi: 'bản ghi hồ sơ phải là một đối tượng',
    });
  }
  const code = typeof r.code === 'string' ? r.code : '?';
  if (!CHANNELS.has(r.channel)) {
    throw new CoreError(
      'INVALID_RECORD',
      {
        en: `dossier ${code}: unknown channel ${describeValue(r.channel)}`,
        vi: `hồ sơ ${code}: kênh nộp không hợp lệ ${describeValue(r.channel)}`,
      },
      { code, field: 'channel' },
    );
  }
  const received = instant(r.receivedAt, 'receivedAt', code);
  const due = instant(r.dueAt, 'dueAt', code);
  const finished = instant(r.finishedAt, 'finishedAt', code);
  const openSupplement = instant(r.openSupplementAt, 'openSupplementAt', code);
  const outcome = r.outcome ?? (Number.isNaN(finished) ? 'in-progress' : 'returned');
  if (!OUTCOMES.has(outcome)) {
    throw new CoreError(
      'INVALID_RECORD',
      {
        en: `dossier ${code}: unknown outcome ${describeValue(outcome)}`,
        vi: `hồ sơ ${code}: kết quả xử lý không hợp lệ ${describeValue(outcome)}`,
      },
      { code, field: 'outcome' },
    );
  }
  if (outcome === 'in-progress' && !Number.isNaN(finished)) {
    throw new CoreError(
      'INVALID_RECORD',
      {
        en: `dossier ${code}: an in-progress dossier has no finishedAt`,
        vi: `hồ sơ ${code}: hồ sơ đang giải quyết không có finishedAt`,
      },
      { code, field: 'finishedAt' },
    );
  }
  if (!Number.isNaN(finished) && finished < received) {
    throw new CoreError(
      'INVALID_RECORD',
      {
        en: `dossier ${code}: finishedAt is before receivedAt`,
        vi: `hồ sơ ${code}: thời điểm kết thúc trước thời điểm tiếp nhận`,
      },
      { code, field: 'finishedAt' },
    );
  }
  const supplements = r.supplementRequests ?? 0;
  if (!Number.isInteger(supplements) || supplements < 0) {
    throw new CoreError(
      'INVALID_RECORD',
      {
        en: `dossier ${code}: supplementRequests must be a whole number ≥ 0`,
        vi: `hồ sơ ${code}: supplementRequests phải là số nguyên ≥ 0`,
      },
      { code, field: 'supplementRequests' },
    );
  }
  let minutes = Number.NaN;
  if (
    !Number.isNaN(finished) &&
    (outcome === 'done' || outcome === 'returned') &&
    finished >= s.fromMs &&
    finished < s.toMs
  ) {
    const paused = r.pausedMinutes ?? 0;
    const worked = workingTimeBetween(s.cal, new Date(received), new Date(finished));
    minutes = Math.max(0, Math.round(worked - paused));
  }
  // 766 formula 2.1: a single unanswered supplement request ends processing at the request.
  const { end, bySupplement } = end766(
    finished,
    supplements,
    openSupplement,
    r.timelinessApplies !== false,
  );
  const ended = Number.isNaN(end)
    ? undefined
    : judge766({ due, end, supplements }, end, {
        granularity: s.agg.earlyGranularity,
        calendar: s.cal,
      });
  return { r, received, due, finished: end, bySupplement, outcome, supplements, minutes, ended };
}

/** Adds the record's contribution to `c` for the sub-period `[from, to)`. */
function accumulate(c: ReportCounts, p: Prepared, from: number, to: number): void {
  const { r } = p;
  // Submitted but never received: not a dossier of the statistics.
  if (p.outcome === 'not-received') return;
  if (p.outcome === 'refused-at-reception') {
    if (p.received >= from && p.received < to) c.refusedAtReception++;
    return;
  }
  if (p.received >= from && p.received < to) {
    c.received++;
    c.receivedByChannel[r.channel]++;
    if (r.channel === 'online' && r.electronicResult === true) c.receivedOnlineElectronicResult++;
  }
  const ended = !Number.isNaN(p.finished) && p.finished < to;
  if (ended && p.finished >= from) {
    if (p.bySupplement) c.endedBySupplement++;
    else
      switch (p.outcome) {
        case 'withdrawn':
          c.withdrawn++;
          break;
        case 'refused':
          c.refused++;
          break;
        case 'stopped':
          c.stopped++;
          break;
        default: {
          c.settled++;
          if (r.electronicResult === true) c.electronicResult++;
          if (r.digitised === true) c.digitised++;
          if (r.reusedData === true) c.reusedData++;
          if (r.paidOnline === true) c.paidOnline++;
          if (!Number.isNaN(p.minutes)) {
            c.processing.count++;
            c.processing.minutes += p.minutes;
            const key = String(Math.floor(p.minutes / 60));
            c.processing.hours[key] = (c.processing.hours[key] ?? 0) + 1;
          }
        }
      }
    if (r.timelinessApplies === false) {
      c.notApplicable++;
      return;
    }
    c.judged++;
    if (r.complaint !== undefined) c.complaintsKnown++;
    if (r.complaint === true) c.complaints++;
    const j = p.ended as ReturnType<typeof judge766>; // judged once, in prepare()
    if (j.verdict === 'early') c.early++;
    else if (j.verdict === 'on-time') c.onTime++;
    else {
      c.late++;
      if (j.bySupplements) c.lateBySupplements++;
    }
  } else if (!ended && p.received < to) {
    if (r.timelinessApplies === false) {
      c.notApplicable++;
      return;
    }
    c.inProgress++;
    // Judged at the end of the sub-period, as the 766 index counts dossiers in progress.
    const j = judge766({ due: p.due, end: Number.NaN, supplements: p.supplements }, to);
    if (j.verdict === 'late') c.overdue++;
  }
}

function groupCounts(groups: Record<string, ReportCounts>, key: string): ReportCounts {
  // Own keys only: `groups` has no prototype, so '__proto__' or 'constructor' is plain data.
  let c = Object.hasOwn(groups, key) ? groups[key] : undefined;
  if (c === undefined) {
    c = emptyReportCounts();
    groups[key] = c;
  }
  return c;
}

function add(s: State, r: DossierRecord, periodBuckets: readonly Bucket[]): void {
  const p = prepare(r, s);
  if (p.received >= s.toMs) return; // received after the period: not part of it
  if (!Number.isNaN(p.finished) && p.finished < s.fromMs) return; // ended before it
  accumulate(s.agg.total, p, s.fromMs, s.toMs);
  for (const d of s.plain) {
    const key =
      d === 'field'
        ? (r.field ?? 'unknown')
        : d === 'channel'
          ? r.channel
          : d === 'unit'
            ? r.unit
            : r.procedure;
    accumulate(groupCounts(s.agg.groups[d] ?? groupTable(), String(key)), p, s.fromMs, s.toMs);
  }
  if (s.byPeriod) {
    const groups = s.agg.groups.period ?? groupTable();
    for (const b of periodBuckets) {
      if (b.to <= p.received) continue; // the sub-period ends before the receipt
      if (!Number.isNaN(p.finished) && p.finished < b.from) break; // ended before this sub-period
      accumulate(groupCounts(groups, b.key), p, b.from, b.to);
    }
  }
}

/**
 * Aggregates dossier records over a period into a mergeable {@link DossierAggregate}: received,
 * settled, early / on time / late (supplement time excluded, more than one supplement request is
 * late, dossiers in progress judged at the period's end), withdrawn, refused, stopped, processing
 * times, channels, electronic results and digitisation, with breakdowns by unit, procedure, field,
 * channel and sub-period. Records are read once, one at a time (pass a generator to stream a file:
 * memory grows with the number of groups, not of dossiers).
 *
 * Rules (the national statistics, Decision 766 indicator 2.1; see the guide "Reports and the service
 * index"): a dossier belongs to the period if it was received before the period's end and had not
 * ended before its start. One that ended in the period is judged on its end instant against its
 * appointment (`dueAt`, already moved by supplement pauses); one still in progress at the period's
 * end is overdue if its appointment has passed by then.
 *
 * @param records - The dossier records (any iterable).
 * @param options - The period, breakdowns and calendar.
 * @returns The aggregate.
 * @throws {CoreError} `INVALID_RECORD` for a record with a bad instant, channel or outcome (naming the
 * dossier code and field); `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * import { aggregateDossiers, summarizeDossiers } from '@motcua/core';
 * const agg = aggregateDossiers(
 *   [{ code: 'X-260213-0001', procedure: '2.000908', unit: '00235', channel: 'online',
 *      receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-13T17:00:00+07:00',
 *      finishedAt: '2026-02-13T16:00:00+07:00', outcome: 'returned' }],
 *   { from: '2026-02-01T00:00:00+07:00', to: '2026-03-01T00:00:00+07:00', by: ['unit'] },
 * );
 * agg.total.onTime; //=> 1
 * summarizeDossiers(agg).total.onTimeRate; //=> 1
 * ```
 * @category Reports
 */
export function aggregateDossiers(
  records: Iterable<DossierRecord>,
  options: AggregateDossiersOptions,
): DossierAggregate {
  const s = start(options);
  const periodBuckets = s.byPeriod
    ? buckets(s.fromMs, s.toMs, s.agg.granularity, s.cal.timeZone)
    : [];
  if (!Array.isArray(records) && !isIterable(records))
    throw new CoreError('INVALID_ARGUMENT', {
      en: `aggregateDossiers: records must be a list (or an iterable) of dossier records, got ${describeValue(records)}`,
      vi: `aggregateDossiers: records phải là danh sách (hoặc iterable) bản ghi hồ sơ, nhận được ${describeValue(records)}`,
    });
  for (const r of records) add(s, r, periodBuckets);
  return s.agg;
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/**
 * {@link aggregateDossiers} over an async iterable (a file read line by line, a database cursor).
 *
 * @param records - The dossier records.
 * @param options - The period, breakdowns and calendar.
 * @returns The aggregate.
 * @throws {CoreError} As {@link aggregateDossiers}.
 * @example
 * ```ts
 * import { aggregateDossiersAsync, type DossierRecord, parseDossierRecord } from '@motcua/core';
 * // A JSON Lines export of the ward's dossiers, read one line at a time
 * const lines = [
 *   '{"code":"000.00.01.H26-260212-0001","procedure":"2.000908","unit":"00235","channel":"direct","receivedAt":"2026-02-12T09:00:00+07:00","dueAt":"2026-02-12T17:00:00+07:00","finishedAt":"2026-02-12T11:00:00+07:00","outcome":"returned"}',
 *   '{"code":"000.00.01.H26-260223-0003","procedure":"1.001193","unit":"00235","channel":"online","receivedAt":"2026-02-23T16:00:00+07:00","dueAt":"2026-02-24T17:00:00+07:00","finishedAt":"2026-02-25T09:00:00+07:00","outcome":"returned"}',
 * ];
 * async function* rows(): AsyncGenerator<DossierRecord> {
 *   for (const line of lines) yield parseDossierRecord(JSON.parse(line));
 * }
 * const agg = await aggregateDossiersAsync(rows(), { from: '2026-02', to: '2026-03' });
 * agg.total; //=> { received: 2, judged: 2, onTime: 1, late: 1, … }
 * ```
 * @category Reports
 */
export async function aggregateDossiersAsync(
  records: AsyncIterable<DossierRecord> | Iterable<DossierRecord>,
  options: AggregateDossiersOptions,
): Promise<DossierAggregate> {
  const s = start(options);
  const periodBuckets = s.byPeriod
    ? buckets(s.fromMs, s.toMs, s.agg.granularity, s.cal.timeZone)
    : [];
  const asyncIterable =
    typeof records === 'object' &&
    records !== null &&
    typeof (records as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
  if (!asyncIterable && !isIterable(records))
    throw new CoreError('INVALID_ARGUMENT', {
      en: `aggregateDossiersAsync: records must be an iterable or async iterable of dossier records, got ${describeValue(records)}`,
      vi: `aggregateDossiersAsync: records phải là iterable hoặc async iterable bản ghi hồ sơ, nhận được ${describeValue(records)}`,
    });
  for await (const r of records) add(s, r, periodBuckets);
  return s.agg;
}
