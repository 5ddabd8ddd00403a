/**
 * Mergeable dossier aggregates: the sufficient statistics of a report (integer counts and sums), so
 * that a city can aggregate per ward and merge, stream a file, or run the same code in a distributed
 * job, and get exactly the figures of one pass over the union.
 *
 * @module
 */

import {
  civilDateOf,
  startOfCivilDay,
  type WorkingCalendar,
  workingTimeBetween,
} from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { instantOf } from '../_lib/instant';
import { CoreError } from '../errors';
import type { Channel, DossierOutcome, DossierRecord } from './record';
import { judge766 } from './timeliness';

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
 * import { aggregateDossiers } from '@motcua/core';
 * const agg = aggregateDossiers(records, {
 *   from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['unit', 'period'],
 * });
 * agg.groups.unit?.['00235']?.received;
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
const OUTCOMES: ReadonlySet<string> = new Set<DossierOutcome>([
  'done',
  'returned',
  'refused',
  'stopped',
  'withdrawn',
  'refused-at-reception',
]);
const CHANNELS: ReadonlySet<string> = new Set<Channel>(['direct', 'online', 'postal']);

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

function instant(value: unknown, what: string, code: string): number {
  if (value === null || value === undefined) return Number.NaN;
  try {
    return instantOf(value, what).getTime();
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
  readonly finished: number; // NaN: in progress
  readonly outcome: DossierOutcome;
  readonly supplements: number;
  readonly minutes: number; // whole working minutes of processing, NaN if not settled
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
  const by = options.by ?? [];
  for (const d of by) {
    if (!DIMENSIONS.includes(d)) {
      throw new CoreError('INVALID_ARGUMENT', {
        en: `aggregateDossiers: unknown dimension '${String(d)}' (one of ${DIMENSIONS.join(', ')})`,
        vi: `aggregateDossiers: chiều phân tổ không hợp lệ '${String(d)}' (một trong ${DIMENSIONS.join(', ')})`,
      });
    }
  }
  const granularity = options.granularity ?? 'month';
  if (!GRANULARITIES.includes(granularity)) {
    throw new CoreError('INVALID_ARGUMENT', {
      en: `aggregateDossiers: unknown granularity '${String(granularity)}'`,
      vi: `aggregateDossiers: độ chi tiết kỳ không hợp lệ '${String(granularity)}'`,
    });
  }
  const groups: Partial<Record<ReportDimension, Record<string, ReportCounts>>> = {};
  for (const d of by) groups[d] = {};
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
        en: `dossier ${code}: unknown channel '${String(r.channel)}'`,
        vi: `hồ sơ ${code}: kênh nộp không hợp lệ '${String(r.channel)}'`,
      },
      { code, field: 'channel' },
    );
  }
  const received = instant(r.receivedAt, 'receivedAt', code);
  const due = instant(r.dueAt, 'dueAt', code);
  const finished = instant(r.finishedAt, 'finishedAt', code);
  const outcome = r.outcome ?? 'returned';
  if (!OUTCOMES.has(outcome)) {
    throw new CoreError(
      'INVALID_RECORD',
      {
        en: `dossier ${code}: unknown outcome '${String(outcome)}'`,
        vi: `hồ sơ ${code}: kết quả xử lý không hợp lệ '${String(outcome)}'`,
      },
      { code, field: 'outcome' },
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
  return { r, received, due, finished, outcome, supplements, minutes };
}

/** Adds the record's contribution to `c` for the sub-period `[from, to)`. */
function accumulate(c: ReportCounts, p: Prepared, from: number, to: number, s: State): void {
  const { r } = p;
  if (p.outcome === 'refused-at-reception') {
    if (p.received >= from && p.received < to) c.refusedAtReception++;
    return;
  }
  if (p.received >= from && p.received < to) {
    c.received++;
    c.receivedByChannel[r.channel]++;
  }
  const ended = !Number.isNaN(p.finished) && p.finished < to;
  if (ended && p.finished >= from) {
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
    c.judged++;
    if (r.complaint !== undefined) c.complaintsKnown++;
    if (r.complaint === true) c.complaints++;
    const j = judge766({ due: p.due, end: p.finished, supplements: p.supplements }, to, {
      granularity: s.agg.earlyGranularity,
      calendar: s.cal,
    });
    if (j.verdict === 'early') c.early++;
    else if (j.verdict === 'on-time') c.onTime++;
    else {
      c.late++;
      if (j.bySupplements) c.lateBySupplements++;
    }
  } else if (!ended && p.received < to) {
    c.inProgress++;
    // Judged at the end of the sub-period, as the 766 index counts dossiers in progress.
    const j = judge766({ due: p.due, end: Number.NaN, supplements: p.supplements }, to);
    if (j.verdict === 'late') c.overdue++;
  }
}

/** The instant of local midnight starting civil day y-m-d in `timeZone` (the one zone engine of sla). */
function localMidnight(y: number, m: number, d: number, timeZone: string): number {
  const t = new Date(Date.UTC(y, m - 1, d));
  const iso = `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
  return startOfCivilDay(iso, timeZone).getTime();
}

/** The civil date of `ms` in `timeZone`, as a UTC-midnight `Date` (its UTC fields are the civil ones). */
function localDate(ms: number, timeZone: string): Date {
  return new Date(`${civilDateOf(new Date(ms), timeZone)}T00:00:00Z`);
}

/** The most sub-periods one report may have (a day-by-day report over 27 years). */
const MAX_BUCKETS = 10_000;

/**
 * A period bound: a civil date `'2026-02-01'` or a month `'2026-02'` (its first day), read in the
 * calendar's zone, or an instant (a `Date` or an ISO string with its offset).
 */
function periodBound(value: unknown, what: string, cal: WorkingCalendar): number {
  if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value)) {
    try {
      return startOfCivilDay(value.length === 7 ? `${value}-01` : value, cal.timeZone).getTime();
    } catch (e) {
      throw new CoreError(
        'INVALID_DATE',
        {
          en: `aggregateDossiers: ${what}: ${(e as Error).message}`,
          vi: `aggregateDossiers: ${what}: ${(e as CoreError).messageVi}`,
        },
        { value },
        { cause: e },
      );
    }
  }
  return instantOf(value, `aggregateDossiers: ${what}`).getTime();
}

interface Bucket {
  readonly key: string;
  readonly from: number;
  readonly to: number;
}

function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return {
    year: t.getUTCFullYear(),
    week: Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7),
  };
}

/** Splits `[from, to)` into the sub-periods of `granularity` (in the calendar's zone). */
function buckets(
  from: number,
  to: number,
  granularity: ReportGranularity,
  timeZone: string,
): Bucket[] {
  const out: Bucket[] = [];
  const d0 = localDate(from, timeZone);
  let y = d0.getUTCFullYear();
  let m = d0.getUTCMonth() + 1;
  let d = d0.getUTCDate();
  // Align to the start of the sub-period containing `from`.
  if (granularity === 'week') {
    const dow = d0.getUTCDay() || 7;
    const s = new Date(Date.UTC(y, m - 1, d - (dow - 1)));
    [y, m, d] = [s.getUTCFullYear(), s.getUTCMonth() + 1, s.getUTCDate()];
  } else if (granularity === 'month') d = 1;
  else if (granularity === 'quarter') [m, d] = [m - ((m - 1) % 3), 1];
  else if (granularity === 'year') [m, d] = [1, 1];
  let start = localMidnight(y, m, d, timeZone);
  while (start < to) {
    if (out.length >= MAX_BUCKETS)
      throw new CoreError(
        'INVALID_ARGUMENT',
        {
          en: `aggregateDossiers: the period has more than ${MAX_BUCKETS} sub-periods of a ${granularity}; choose a coarser granularity`,
          vi: `aggregateDossiers: kỳ báo cáo có hơn ${MAX_BUCKETS} kỳ con theo ${granularity}; hãy chọn độ chi tiết lớn hơn`,
        },
        { granularity, limit: MAX_BUCKETS },
      );
    const s = new Date(Date.UTC(y, m - 1, d));
    let key: string;
    let next: Date;
    switch (granularity) {
      case 'day':
        key = s.toISOString().slice(0, 10);
        next = new Date(Date.UTC(y, m - 1, d + 1));
        break;
      case 'week': {
        const w = isoWeek(s);
        key = `${w.year}-W${String(w.week).padStart(2, '0')}`;
        next = new Date(Date.UTC(y, m - 1, d + 7));
        break;
      }
      case 'month':
        key = s.toISOString().slice(0, 7);
        next = new Date(Date.UTC(y, m, 1));
        break;
      case 'quarter':
        key = `${y}-Q${(m - 1) / 3 + 1}`;
        next = new Date(Date.UTC(y, m + 2, 1));
        break;
      default:
        key = String(y);
        next = new Date(Date.UTC(y + 1, 0, 1));
    }
    [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
    const end = localMidnight(y, m, d, timeZone);
    out.push({ key, from: Math.max(start, from), to: Math.min(end, to) });
    start = end;
  }
  return out;
}

function groupCounts(groups: Record<string, ReportCounts>, key: string): ReportCounts {
  let c = groups[key];
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
  accumulate(s.agg.total, p, s.fromMs, s.toMs, s);
  for (const d of s.plain) {
    const key =
      d === 'field'
        ? (r.field ?? 'unknown')
        : d === 'channel'
          ? r.channel
          : d === 'unit'
            ? r.unit
            : r.procedure;
    accumulate(groupCounts(s.agg.groups[d] ?? {}, String(key)), p, s.fromMs, s.toMs, s);
  }
  if (s.byPeriod) {
    const groups = s.agg.groups.period ?? {};
    for (const b of periodBuckets) {
      if (b.to <= p.received) continue; // the sub-period ends before the receipt
      if (!Number.isNaN(p.finished) && p.finished < b.from) break; // ended before this sub-period
      accumulate(groupCounts(groups, b.key), p, b.from, b.to, s);
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
  for (const r of records) add(s, r, periodBuckets);
  return s.agg;
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
 * import { aggregateDossiersAsync } from '@motcua/core';
 * async function* rows() { yield* records; }
 * const agg = await aggregateDossiersAsync(rows(), { from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00' });
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
  for await (const r of records) add(s, r, periodBuckets);
  return s.agg;
}

function mergeCounts(a: ReportCounts, b: ReportCounts): ReportCounts {
  const hours: Record<string, number> = { ...a.processing.hours };
  for (const [k, v] of Object.entries(b.processing.hours)) hours[k] = (hours[k] ?? 0) + v;
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(hours).sort((x, y) => Number(x) - Number(y)))
    sorted[k] = hours[k] ?? 0;
  return {
    received: a.received + b.received,
    receivedByChannel: {
      direct: a.receivedByChannel.direct + b.receivedByChannel.direct,
      online: a.receivedByChannel.online + b.receivedByChannel.online,
      postal: a.receivedByChannel.postal + b.receivedByChannel.postal,
    },
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

function mergeGroups(
  a: Record<string, ReportCounts>,
  b: Record<string, ReportCounts>,
): Record<string, ReportCounts> {
  const out: Record<string, ReportCounts> = {};
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[k] = mergeCounts(a[k] ?? emptyReportCounts(), b[k] ?? emptyReportCounts());
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
 * import { aggregateDossiers, mergeDossierAggregates } from '@motcua/core';
 * const options = { from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['unit'] } as const;
 * const city = mergeDossierAggregates(aggregateDossiers(wardA, options), aggregateDossiers(wardB, options));
 * ```
 * @category Reports
 */
export function mergeDossierAggregates(a: DossierAggregate, b: DossierAggregate): DossierAggregate {
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
  for (const d of a.by) groups[d] = mergeGroups(a.groups[d] ?? {}, b.groups[d] ?? {});
  return { ...a, by: [...a.by], total: mergeCounts(a.total, b.total), groups };
}
