/**
 * The report as one self-contained HTML page: charts in plain SVG (no script, no network, no
 * library), each with its data as a table for screen readers and printing, laid out for A4.
 *
 * @module
 */
import {
  type IndexAggregate,
  lookupCommune,
  type SurveyAggregate,
  type SurveyDefinition,
  type SurveyElement,
} from '@motcua/forms';
import {
  civilDateOf,
  formatInstant,
  parseInstant,
  type WorkingCalendar,
  workingDaysBetween,
} from '@motcua/sla';
import { defaultCalendar } from '../_lib/defaultCalendar';
import { CoreError } from '../errors';
import type { DossierAggregate } from './counts';
import type { DossierRecord } from './record';
import { serviceIndex } from './serviceIndex/serviceIndex';
import type { ServiceIndex } from './serviceIndex/types';
import { summarizeCounts } from './summary';
import { end766, judge766 } from './timeliness';
import { aggregateProblem } from './validate';

/**
 * What {@link reportHtml} draws.
 *
 * @example
 * ```ts
 * import { aggregateDossiers, type ReportHtmlInput } from '@motcua/core';
 * const input: ReportHtmlInput = {
 *   aggregate: aggregateDossiers([], { from: '2026-01-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['unit', 'period'] }),
 * };
 * ```
 * @category Reports
 */
export interface ReportHtmlInput {
  /**
   * The figures. The chart by month needs the `'period'` breakdown (granularity `'month'`), the
   * chart by unit the `'unit'` breakdown; a chart whose breakdown is missing says so.
   */
  readonly aggregate: DossierAggregate;
  /** The service index (default: `serviceIndex({ dossiers: aggregate })`). */
  readonly index?: ServiceIndex | undefined;
  /**
   * The dossier records, read once to list the dossiers that ended late in the period or are
   * overdue at its end, with their working days late (omit to leave the list out).
   */
  readonly records?: Iterable<DossierRecord> | undefined;
  /** Survey statistics to show with their Wilson intervals (SIPAS, the per-dossier evaluation…). */
  readonly surveys?:
    | readonly {
        /** The chart's title, e.g. "Khảo sát SIPAS". */
        readonly title: string;
        /** The survey's statistics ({@link aggregate} of `@motcua/forms`). */
        readonly aggregate: SurveyAggregate;
        /** The survey, for the elements' names (default: their keys). */
        readonly survey?: SurveyDefinition | undefined;
      }[]
    | undefined;
  /** The report's title (default: "Báo cáo kết quả giải quyết thủ tục hành chính"). */
  readonly title?: string | undefined;
  /** Names of the units by code (default: the 2025 commune names, else the code). */
  readonly unitNames?: Readonly<Record<string, string>> | undefined;
  /** How many records were read, shown in the header. */
  readonly recordCount?: number | undefined;
}

/**
 * Options of {@link reportHtml}.
 *
 * @example
 * ```ts
 * import type { ReportHtmlOptions } from '@motcua/core';
 * const options: ReportHtmlOptions = { locale: 'en' };
 * ```
 * @category Reports
 */
export interface ReportHtmlOptions {
  /** Language of the page: `'vi'` (default) or `'en'`. */
  readonly locale?: 'vi' | 'en' | undefined;
  /** The calendar (zone and working days for the days late; default `vietnamCalendar()`). */
  readonly calendar?: WorkingCalendar | undefined;
  /** The most overdue dossiers listed (default 200; the chart shows the first 20). */
  readonly overdueLimit?: number | undefined;
}

const TEXT = {
  vi: {
    title: 'Báo cáo kết quả giải quyết thủ tục hành chính',
    period: 'Kỳ báo cáo',
    records: 'hồ sơ đã đọc',
    generated: 'Giờ Việt Nam (Asia/Ho_Chi_Minh); kỳ tính từ đầu ngày đầu đến hết ngày cuối.',
    received: 'Tiếp nhận',
    settled: 'Đã giải quyết',
    onTime: 'Đúng và trước hạn',
    late: 'Quá hạn',
    inProgress: 'Đang giải quyết cuối kỳ',
    overdue: 'Quá hạn cuối kỳ',
    onTimeRate: 'Tỷ lệ đúng hạn',
    score: 'Chỉ số phục vụ (QĐ 766)',
    byMonth: 'Hồ sơ theo tháng',
    byMonthNote:
      'Tiếp nhận và giải quyết trong tháng; đúng hạn gồm trước hạn; quá hạn gồm hồ sơ kết thúc muộn và hồ sơ còn quá hạn cuối tháng.',
    month: 'Tháng',
    byUnit: 'Tỷ lệ đúng hạn theo đơn vị',
    byUnitNote:
      'Đúng và trước hạn cộng đang giải quyết chưa quá hạn, trên tổng đã đánh giá và đang giải quyết; đường dọc là tỷ lệ toàn kỳ.',
    unit: 'Đơn vị',
    judged: 'Đã đánh giá',
    all: 'Toàn bộ',
    overdueTitle: 'Hồ sơ quá hạn',
    overdueNote:
      'Hồ sơ kết thúc sau hạn trong kỳ, hoặc còn quá hạn khi hết kỳ; số ngày làm việc trễ tính đến khi kết thúc hoặc hết kỳ.',
    code: 'Mã hồ sơ',
    procedure: 'Thủ tục',
    due: 'Hẹn trả',
    end: 'Kết thúc',
    open: 'chưa kết thúc',
    daysLate: 'Ngày làm việc trễ',
    more: (n: number) => `và ${n} hồ sơ khác`,
    supplements: (n: number) => `${n} lần yêu cầu bổ sung`,
    overdueCount: (late: number, overdue: number) =>
      `${late} kết thúc quá hạn trong kỳ, ${overdue} còn quá hạn khi hết kỳ`,
    none: 'Không có hồ sơ quá hạn.',
    noRecords: 'Không có danh sách hồ sơ (chỉ có số liệu tổng hợp).',
    index: 'Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)',
    indexNote: (p: string, m: string) =>
      `${p} điểm trên ${m} điểm tính được. Chỉ tiêu không tính được ghi rõ lý do.`,
    indicator: 'Chỉ tiêu',
    formula: 'Công thức',
    value: 'Giá trị',
    points: 'Điểm',
    max: 'Tối đa',
    reason: 'Không tính được',
    satisfaction: 'Mức độ hài lòng',
    satisfactionNote:
      'Tỷ lệ câu trả lời hài lòng, khoảng tin cậy 95 % (Wilson) theo số người trả lời.',
    element: 'Yếu tố',
    share: 'Tỷ lệ hài lòng',
    interval: 'Khoảng tin cậy 95 %',
    respondents: 'Người trả lời',
    overall: 'Chung',
    missing: (what: string) => `Không có phân tổ theo ${what} trong số liệu.`,
    table: 'Số liệu',
  },
  en: {
    title: 'Administrative procedures: results report',
    period: 'Period',
    records: 'records read',
    generated:
      "Vietnam's time (Asia/Ho_Chi_Minh); the period runs from the start of its first day to the end of its last.",
    received: 'Received',
    settled: 'Settled',
    onTime: 'Early or on time',
    late: 'Late',
    inProgress: "In progress at the period's end",
    overdue: "Overdue at the period's end",
    onTimeRate: 'On-time rate',
    score: 'Service index (Decision 766)',
    byMonth: 'Dossiers by month',
    byMonthNote:
      "Received and settled in the month; on time includes early; late includes dossiers that ended late and those overdue at the month's end.",
    month: 'Month',
    byUnit: 'On-time rate by unit',
    byUnitNote:
      "Early or on time plus in progress and not overdue, over judged plus in progress; the vertical line is the whole period's rate.",
    unit: 'Unit',
    judged: 'Judged',
    all: 'All',
    overdueTitle: 'Overdue dossiers',
    overdueNote:
      "Dossiers that ended after their appointment in the period, or are overdue at its end; working days late counted to the end or to the period's end.",
    code: 'Dossier code',
    procedure: 'Procedure',
    due: 'Appointment',
    end: 'Ended',
    open: 'not ended',
    daysLate: 'Working days late',
    more: (n: number) => `and ${n} more`,
    supplements: (n: number) => `${n} supplement requests`,
    overdueCount: (late: number, overdue: number) =>
      `${late} ended late in the period, ${overdue} overdue at its end`,
    none: 'No overdue dossiers.',
    noRecords: 'No list of dossiers (aggregate figures only).',
    index: 'Service index for citizens and businesses (Decision 766/QĐ-TTg)',
    indexNote: (p: string, m: string) =>
      `${p} points of ${m} computable points. Indicators that cannot be computed say why.`,
    indicator: 'Indicator',
    formula: 'Formula',
    value: 'Value',
    points: 'Points',
    max: 'Max',
    reason: 'Not computable',
    satisfaction: 'Satisfaction',
    satisfactionNote:
      'Share of satisfied answers, 95 % Wilson interval over the number of respondents.',
    element: 'Element',
    share: 'Satisfied',
    interval: '95 % interval',
    respondents: 'Respondents',
    overall: 'Overall',
    missing: (what: string) => `The figures have no breakdown by ${what}.`,
    table: 'Data',
  },
} as const;

type Texts = (typeof TEXT)['vi'] | (typeof TEXT)['en'];

const esc = (s: unknown): string =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const COLORS = {
  received: '#4e79a7',
  settled: '#59a14f',
  onTime: '#76b7b2',
  late: '#e15759',
  bar: '#4e79a7',
  line: '#333333',
  grey: '#bab0ac',
};

interface Overdue {
  readonly code: string;
  readonly procedure: string;
  readonly unit: string;
  readonly due: number | null;
  /** The end as the 766 statistics count it, `null` while in progress at the period's end. */
  readonly end: number | null;
  readonly days: number;
  readonly supplements: number;
}

/** An instant in ms, `NaN` when absent or not an instant (such a record is not in the figures). */
function instantOf(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v !== 'string') return Number.NaN;
  try {
    return parseInstant(v).getTime();
  } catch {
    return Number.NaN;
  }
}

/** A record's text field as text (anything else is shown as '?'). */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : '?');

/**
 * The dossiers `aggregateDossiers` counts as `late` (ended late in the period) or `overdue` (in
 * progress and past the appointment at the period's end), judged by the same rules (end766,
 * judge766), with the working days from the appointment to the end or the period's end.
 */
function overdueOf(
  records: Iterable<DossierRecord>,
  fromMs: number,
  toMs: number,
  cal: WorkingCalendar,
  granularity: 'day' | 'instant',
): Overdue[] {
  const out: Overdue[] = [];
  const day = (ms: number) => civilDateOf(new Date(ms), cal.timeZone);
  for (const r of records) {
    if (r === null || typeof r !== 'object') continue;
    if (r.outcome === 'not-received' || r.outcome === 'refused-at-reception') continue;
    if (r.timelinessApplies === false) continue;
    const received = instantOf(r.receivedAt);
    if (!(received < toMs)) continue;
    const due = instantOf(r.dueAt);
    const supplements = r.supplementRequests ?? 0;
    const { end } = end766(
      instantOf(r.finishedAt),
      supplements,
      instantOf(r.openSupplementAt),
      true,
    );
    if (end < fromMs) continue;
    const ended = end < toMs;
    const verdict = judge766(
      { due, end: ended ? end : Number.NaN, supplements },
      ended ? end : toMs,
      { granularity, calendar: cal },
    ).verdict;
    if (verdict !== 'late') continue;
    const until = ended ? end : toMs - 1;
    let days = 0;
    if (!Number.isNaN(due) && until > due) {
      try {
        days = workingDaysBetween(cal, day(due), day(until));
      } catch {
        days = Number.NaN; // outside the calendar's years: shown as '–'
      }
    }
    out.push({
      code: textOf(r.code),
      procedure: textOf(r.procedure),
      unit: textOf(r.unit),
      due: Number.isNaN(due) ? null : due,
      end: ended ? end : null,
      days,
      supplements: typeof supplements === 'number' ? supplements : 0,
    });
  }
  return out.sort(
    (a, b) =>
      (Number.isNaN(b.days) ? -1 : b.days) - (Number.isNaN(a.days) ? -1 : a.days) ||
      (a.due ?? 0) - (b.due ?? 0) ||
      (a.code < b.code ? -1 : 1),
  );
}

/** A figure: the SVG chart and its data as a table. */
function figure(
  id: string,
  title: string,
  note: string,
  svg: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  t: Texts,
): string {
  return `<section class="chart" id="${id}">
<h2>${esc(title)}</h2>
<p class="note">${esc(note)}</p>
<figure>${svg}
<figcaption class="sr">${esc(title)}</figcaption>
</figure>
<table><caption>${esc(t.table)}: ${esc(title)}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}</tbody>
</table>
</section>`;
}

/**
 * Writes the report as one self-contained, offline HTML page for a ward leader or a city
 * dashboard: received, settled, on time and late by month; the on-time rate of every unit, sorted,
 * with the whole period's line; the overdue dossiers with their working days late; the 766 service
 * index with each indicator's formula, or the reason it cannot be computed; and satisfaction with
 * Wilson intervals when survey statistics are given. Charts are plain SVG (every mark carries
 * `class="mark"`), each followed by its data as a table; no script, no font or image to fetch; the
 * page prints on A4. Vietnamese by default, English with `locale: 'en'`.
 *
 * @param input - The aggregate and, optionally, the records, the index and survey statistics.
 * @param options - Language, calendar, and how many overdue dossiers to list.
 * @returns The HTML text.
 * @throws {CoreError} `INVALID_ARGUMENT` when `input.aggregate` is not a dossier aggregate.
 * @example
 * ```ts
 * import { aggregateDossiers, reportHtml } from '@motcua/core';
 * const records = [{ code: 'X-1', procedure: '2.000908', unit: '00235', channel: 'online' as const,
 *   receivedAt: '2026-02-13T10:00:00+07:00', dueAt: '2026-02-27T10:00:00+07:00',
 *   finishedAt: '2026-03-02T09:00:00+07:00', outcome: 'returned' as const }];
 * const aggregate = aggregateDossiers(records, {
 *   from: '2026-02-01T00:00:00+07:00', to: '2026-04-01T00:00:00+07:00', by: ['unit', 'period'],
 * });
 * const html = reportHtml({ aggregate, records }, { locale: 'en' });
 * html.startsWith('<!doctype html>'); //=> true
 * html.includes('X-1'); //=> true
 * ```
 * @category Reports
 */
export function reportHtml(input: ReportHtmlInput, options?: ReportHtmlOptions): string {
  // Whatever JSON it is given: a typed error, never a TypeError.
  const bad = (en: string, vi: string): CoreError =>
    new CoreError('INVALID_ARGUMENT', { en: `reportHtml: ${en}`, vi: `reportHtml: ${vi}` });
  if (input === null || typeof input !== 'object')
    throw bad('input must be { aggregate, … }', 'đầu vào phải là { aggregate, … }');
  const problem = aggregateProblem(input.aggregate);
  if (problem !== null)
    throw bad(
      `input.aggregate must be a dossier aggregate (aggregateDossiers): at ${problem.path.join('.') || '(aggregate)'}, ${problem.message}`,
      `input.aggregate phải là số liệu tổng hợp hồ sơ (aggregateDossiers): lỗi tại ${problem.path.join('.') || '(aggregate)'}`,
    );
  const agg = input.aggregate;
  if (
    input.index !== undefined &&
    (input.index === null ||
      typeof input.index !== 'object' ||
      !Array.isArray(input.index.indicators) ||
      !input.index.indicators.every(
        (i) =>
          i !== null &&
          typeof i === 'object' &&
          typeof i.id === 'string' &&
          typeof i.name === 'object' &&
          i.name !== null,
      ))
  )
    throw bad(
      'input.index must be a service index (serviceIndex)',
      'input.index phải là chỉ số phục vụ (serviceIndex)',
    );
  if (
    input.records !== undefined &&
    (input.records === null ||
      typeof (input.records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function')
  )
    throw bad(
      'input.records must be an iterable of dossier records',
      'input.records phải là danh sách bản ghi hồ sơ',
    );
  if (
    input.surveys !== undefined &&
    (!Array.isArray(input.surveys) ||
      !input.surveys.every(
        (x) =>
          x !== null &&
          typeof x === 'object' &&
          typeof x.title === 'string' &&
          x.aggregate !== null &&
          typeof x.aggregate === 'object' &&
          x.aggregate.elements !== null &&
          typeof x.aggregate.elements === 'object' &&
          x.aggregate.overall !== null &&
          typeof x.aggregate.overall === 'object',
      ))
  )
    throw bad(
      'input.surveys must be a list of { title, aggregate } (aggregate of @motcua/forms)',
      'input.surveys phải là danh sách { title, aggregate } (aggregate của @motcua/forms)',
    );
  const locale = options?.locale === 'en' ? 'en' : 'vi';
  const t: Texts = TEXT[locale];
  const cal = options?.calendar ?? defaultCalendar();
  const limit = Math.max(0, Math.floor(options?.overdueLimit ?? 200));
  const nf = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  const pct = (x: number | null | undefined) =>
    x === null || x === undefined ? '–' : `${nf.format(x * 100)} %`;
  const num = (x: number) => nf.format(x);
  const fromMs = Date.parse(agg.from);
  const toMs = Date.parse(agg.to);
  const date = (ms: number) => formatInstant(new Date(ms), { locale, style: 'date' });
  const moment = (ms: number) => formatInstant(new Date(ms), { locale });
  const lastDay = date(toMs - 1);
  const total = summarizeCounts(agg.total);
  const c = agg.total;
  const index = input.index ?? serviceIndex({ dossiers: agg });
  // Own keys only: a unit coded like an Object.prototype key ('constructor') is data.
  const names: unknown = input.unitNames;
  const unitName = (code: string): string => {
    const own =
      names !== null && typeof names === 'object' && Object.hasOwn(names, code)
        ? (names as Record<string, unknown>)[code]
        : undefined;
    return typeof own === 'string' ? own : (lookupCommune(code)?.name ?? code);
  };

  // --- the chart by month
  const sections: string[] = [];
  const months = agg.groups.period;
  if (months !== undefined && Object.keys(months).length > 0) {
    const keys = Object.keys(months).sort();
    const series = [
      ['received', t.received, COLORS.received, (k: string) => months[k]?.received ?? 0],
      ['settled', t.settled, COLORS.settled, (k: string) => months[k]?.settled ?? 0],
      [
        'on-time',
        t.onTime,
        COLORS.onTime,
        (k: string) => (months[k]?.early ?? 0) + (months[k]?.onTime ?? 0),
      ],
      [
        'late',
        t.late,
        COLORS.late,
        (k: string) => (months[k]?.late ?? 0) + (months[k]?.overdue ?? 0),
      ],
    ] as const;
    const max = Math.max(1, ...keys.flatMap((k) => series.map((s) => s[3](k))));
    const W = 680;
    const H = 260;
    const left = 48;
    const bottom = 40;
    const top = 28;
    const groupW = (W - left - 10) / keys.length;
    const barW = Math.min(28, (groupW - 12) / series.length);
    const y = (v: number) => H - bottom - ((H - bottom - top) * v) / max;
    const marks: string[] = [];
    keys.forEach((k, i) => {
      series.forEach(([sid, label, color, value], j) => {
        const v = value(k);
        const x = left + i * groupW + 6 + j * barW;
        marks.push(
          `<rect class="mark" data-series="${sid}" x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(H - bottom - y(v)).toFixed(1)}" fill="${color}"><title>${esc(`${k} · ${label}: ${num(v)}`)}</title></rect>`,
        );
      });
      marks.push(
        `<text x="${(left + i * groupW + groupW / 2).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle">${esc(k)}</text>`,
      );
    });
    const ticks = [0, 0.5, 1].map((f) => Math.round(max * f));
    const axis = ticks
      .map(
        (v) =>
          `<line x1="${left}" x2="${W - 8}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/><text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${num(v)}</text>`,
      )
      .join('');
    const legend = series
      .map(
        ([, label, color], j) =>
          `<rect x="${left + j * 160}" y="6" width="12" height="12" fill="${color}"/><text x="${left + j * 160 + 16}" y="16">${esc(label)}</text>`,
      )
      .join('');
    const svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(t.byMonth)}">${axis}${legend}${marks.join('')}</svg>`;
    sections.push(
      figure(
        'by-month',
        t.byMonth,
        t.byMonthNote,
        svg,
        [t.month, ...series.map((s) => s[1])],
        keys.map((k) => [esc(k), ...series.map((s) => num(s[3](k)))]),
        t,
      ),
    );
  } else
    sections.push(
      `<section class="chart" id="by-month"><h2>${esc(t.byMonth)}</h2><p>${esc(t.missing(locale === 'vi' ? 'tháng (period)' : 'month (period)'))}</p></section>`,
    );

  // --- the chart by unit
  const units = agg.groups.unit;
  if (units !== undefined && Object.keys(units).length > 0) {
    const rows = Object.entries(units)
      .map(([code, counts]) => ({ code, s: summarizeCounts(counts) }))
      .sort(
        (a, b) => (b.s.onTimeRate ?? -1) - (a.s.onTimeRate ?? -1) || (a.code < b.code ? -1 : 1),
      );
    const shown = rows.filter((r) => r.s.onTimeRate !== null);
    const W = 680;
    const rowH = 18;
    const left = 190;
    const top = 10;
    const H = top + shown.length * rowH + 30;
    const x = (v: number) => left + (W - left - 60) * v;
    const marks = shown.map((r, i) => {
      const v = r.s.onTimeRate ?? 0;
      const yy = top + i * rowH;
      return `<text x="${left - 6}" y="${yy + 13}" text-anchor="end">${esc(unitName(r.code))}</text><rect class="mark" data-unit="${esc(r.code)}" x="${left}" y="${yy + 2}" width="${(x(v) - left).toFixed(1)}" height="${rowH - 5}" fill="${COLORS.bar}"><title>${esc(`${unitName(r.code)}: ${pct(v)}`)}</title></rect><text x="${(x(v) + 4).toFixed(1)}" y="${yy + 13}">${pct(v)}</text>`;
    });
    const city =
      total.onTimeRate === null
        ? ''
        : `<line class="reference" x1="${x(total.onTimeRate).toFixed(1)}" x2="${x(total.onTimeRate).toFixed(1)}" y1="${top - 4}" y2="${H - 24}" stroke="${COLORS.line}" stroke-dasharray="4 3"/><text x="${x(total.onTimeRate).toFixed(1)}" y="${H - 8}" text-anchor="middle">${esc(t.all)}: ${pct(total.onTimeRate)}</text>`;
    const svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(t.byUnit)}">${marks.join('')}${city}</svg>`;
    sections.push(
      figure(
        'by-unit',
        t.byUnit,
        t.byUnitNote,
        svg,
        [t.unit, t.received, t.judged, t.inProgress, t.onTimeRate],
        [
          ...rows.map((r) => [
            `${esc(unitName(r.code))} <span class="code">${esc(r.code)}</span>`,
            num(r.s.counts.received),
            num(r.s.counts.judged),
            num(r.s.counts.inProgress),
            pct(r.s.onTimeRate),
          ]),
          [esc(t.all), num(c.received), num(c.judged), num(c.inProgress), pct(total.onTimeRate)],
        ],
        t,
      ),
    );
  } else
    sections.push(
      `<section class="chart" id="by-unit"><h2>${esc(t.byUnit)}</h2><p>${esc(t.missing(locale === 'vi' ? 'đơn vị (unit)' : 'unit'))}</p></section>`,
    );

  // --- the overdue dossiers
  if (input.records !== undefined) {
    const overdue = overdueOf(input.records, fromMs, toMs, cal, agg.earlyGranularity);
    if (overdue.length === 0)
      sections.push(
        `<section class="chart" id="overdue"><h2>${esc(t.overdueTitle)}</h2><p>${esc(t.none)}</p></section>`,
      );
    else {
      const top20 = overdue.slice(0, 20);
      const shownDays = (o: Overdue) => (Number.isNaN(o.days) ? 0 : o.days);
      const maxDays = Math.max(1, ...top20.map(shownDays));
      const W = 680;
      const rowH = 18;
      const left = 210;
      const H = top20.length * rowH + 10;
      const marks = top20.map((o, i) => {
        const w = ((W - left - 60) * shownDays(o)) / maxDays;
        const yy = 4 + i * rowH;
        return `<text x="${left - 6}" y="${yy + 13}" text-anchor="end">${esc(o.code)}</text><rect class="mark" data-code="${esc(o.code)}" x="${left}" y="${yy + 2}" width="${w.toFixed(1)}" height="${rowH - 5}" fill="${o.end === null ? COLORS.late : COLORS.grey}"><title>${esc(`${o.code}: ${o.days}`)}</title></rect><text x="${(left + w + 4).toFixed(1)}" y="${yy + 13}">${Number.isNaN(o.days) ? '–' : o.days}</text>`;
      });
      const svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(t.overdueTitle)}">${marks.join('')}</svg>`;
      const listed = overdue.slice(0, limit);
      const rows = listed.map((o) => [
        esc(o.code),
        esc(o.procedure),
        `${esc(unitName(o.unit))} <span class="code">${esc(o.unit)}</span>`,
        o.due === null ? '–' : esc(moment(o.due)),
        o.end === null ? `<em>${esc(t.open)}</em>` : esc(moment(o.end)),
        `${Number.isNaN(o.days) ? '–' : num(o.days)}${o.supplements > 1 ? ` <em>(${esc(t.supplements(o.supplements))})</em>` : ''}`,
      ]);
      if (overdue.length > listed.length)
        rows.push([esc(t.more(overdue.length - listed.length)), '', '', '', '', '']);
      sections.push(
        figure(
          'overdue',
          `${t.overdueTitle} (${num(overdue.length)})`,
          `${t.overdueNote} ${t.overdueCount(c.late, c.overdue)}.`,
          svg,
          [t.code, t.procedure, t.unit, t.due, t.end, t.daysLate],
          rows,
          t,
        ),
      );
    }
  } else
    sections.push(
      `<section class="chart" id="overdue"><h2>${esc(t.overdueTitle)}</h2><p>${esc(t.noRecords)}</p></section>`,
    );

  // --- the service index
  {
    const W = 680;
    const rowH = 20;
    const left = 60;
    const H = index.indicators.length * rowH + 10;
    const maxMax = Math.max(1, ...index.indicators.map((i) => i.maxPoints));
    const scale = (v: number) => ((W - left - 90) * v) / maxMax;
    const marks = index.indicators.map((i, k) => {
      const yy = 4 + k * rowH;
      const frame = `<rect x="${left}" y="${yy + 2}" width="${scale(i.maxPoints).toFixed(1)}" height="${rowH - 6}" fill="none" stroke="#999"/>`;
      const label = `<text x="${left - 6}" y="${yy + 14}" text-anchor="end">${esc(i.id)}</text>`;
      if (!i.computable)
        return `${label}${frame}<text x="${left + 4}" y="${yy + 14}" class="muted">${esc(t.reason)}</text>`;
      return `${label}${frame}<rect class="mark" data-indicator="${esc(i.id)}" x="${left}" y="${yy + 2}" width="${scale(i.points).toFixed(1)}" height="${rowH - 6}" fill="${COLORS.settled}"><title>${esc(`${i.id}: ${num(i.points)} / ${num(i.maxPoints)}`)}</title></rect><text x="${(left + scale(i.maxPoints) + 6).toFixed(1)}" y="${yy + 14}">${num(i.points)} / ${num(i.maxPoints)}</text>`;
    });
    const svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(t.index)}">${marks.join('')}</svg>`;
    sections.push(
      figure(
        'index',
        t.index,
        t.indexNote(num(index.points), num(index.computableMaxPoints)),
        svg,
        [t.indicator, t.formula, t.value, t.points, t.max, t.reason],
        index.indicators.map((i) =>
          i.computable
            ? [
                `${esc(i.id)} ${esc(i.name[locale])}`,
                `<code>${esc(i.formula)}</code>`,
                i.id === '2.2' ? num(i.value) : pct(i.value),
                num(i.points),
                num(i.maxPoints),
                '',
              ]
            : [
                `${esc(i.id)} ${esc(i.name[locale])}`,
                '',
                '–',
                '–',
                num(i.maxPoints),
                esc(i.reason?.[locale] ?? ''),
              ],
        ),
        t,
      ),
    );
  }

  // --- satisfaction
  for (const [n, s] of (input.surveys ?? []).entries()) {
    const a = s.aggregate;
    const label = (key: string) =>
      s.survey?.elements?.find((e: SurveyElement) => e.key === key)?.label[locale] ?? key;
    const entries: [string, IndexAggregate][] = [
      ...Object.entries(a.elements as Record<string, IndexAggregate>).map(
        ([k, e]): [string, IndexAggregate] => [label(k), e],
      ),
      [t.overall, a.overall],
    ];
    const shown = entries.filter(([, e]) => e.satisfiedShare !== null);
    const W = 680;
    const rowH = 20;
    const left = 200;
    const H = shown.length * rowH + 30;
    const x = (v: number) => left + (W - left - 70) * v;
    const marks = shown.map(([name, e], k) => {
      const yy = 6 + k * rowH;
      const v = e.satisfiedShare ?? 0;
      const lo = e.satisfiedInterval?.lower ?? v;
      const hi = e.satisfiedInterval?.upper ?? v;
      return `<text x="${left - 6}" y="${yy + 13}" text-anchor="end">${esc(name)}</text><line x1="${x(lo).toFixed(1)}" x2="${x(hi).toFixed(1)}" y1="${yy + 9}" y2="${yy + 9}" stroke="${COLORS.line}"/><line x1="${x(lo).toFixed(1)}" x2="${x(lo).toFixed(1)}" y1="${yy + 5}" y2="${yy + 13}" stroke="${COLORS.line}"/><line x1="${x(hi).toFixed(1)}" x2="${x(hi).toFixed(1)}" y1="${yy + 5}" y2="${yy + 13}" stroke="${COLORS.line}"/><circle class="mark" data-element="${esc(name)}" cx="${x(v).toFixed(1)}" cy="${yy + 9}" r="4.5" fill="${COLORS.received}"><title>${esc(`${name}: ${pct(v)} (${pct(lo)}–${pct(hi)})`)}</title></circle><text x="${(x(hi) + 6).toFixed(1)}" y="${yy + 13}">${pct(v)}</text>`;
    });
    const axis = [0, 0.5, 1]
      .map(
        (v) =>
          `<line x1="${x(v)}" x2="${x(v)}" y1="2" y2="${H - 20}" stroke="#ddd"/><text x="${x(v)}" y="${H - 6}" text-anchor="middle">${pct(v)}</text>`,
      )
      .join('');
    const svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(s.title)}">${axis}${marks.join('')}</svg>`;
    sections.push(
      figure(
        `satisfaction-${n + 1}`,
        `${t.satisfaction}: ${s.title}`,
        t.satisfactionNote,
        svg,
        [t.element, t.share, t.interval, t.respondents],
        entries.map(([name, e]) => [
          esc(name),
          pct(e.satisfiedShare),
          e.satisfiedInterval === null
            ? '–'
            : `${pct(e.satisfiedInterval.lower)} – ${pct(e.satisfiedInterval.upper)}`,
          num(e.respondents),
        ]),
        t,
      ),
    );
  }

  const cards: [string, string][] = [
    [t.received, num(c.received)],
    [t.settled, num(c.settled)],
    [t.onTimeRate, pct(total.onTimeRate)],
    [t.late, num(c.late)],
    [t.overdue, num(c.overdue)],
    [
      t.score,
      index.score === null
        ? `${num(index.points)} / ${num(index.computableMaxPoints)}`
        : `${num(index.score)}/100`,
    ],
  ];
  const title = input.title ?? t.title;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@motcua/core reportHtml">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p>${esc(t.period)}: <strong>${esc(date(fromMs))} – ${esc(lastDay)}</strong>${input.recordCount === undefined ? '' : ` · ${num(input.recordCount)} ${esc(t.records)}`}</p>
<p class="note">${esc(t.generated)}</p>
<dl class="cards">${cards.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

const STYLE = `
:root { color-scheme: light; font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; }
body { margin: 0 auto; max-width: 190mm; padding: 12px 16px; font-size: 13px; line-height: 1.4; }
h1 { font-size: 20px; margin: 4px 0; } h2 { font-size: 16px; margin: 18px 0 4px; }
.note, .muted { color: #555; font-size: 12px; } .muted { fill: #777; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 10px 0; }
.cards div { border: 1px solid #ccc; border-radius: 4px; padding: 6px 8px; }
.cards dt { font-size: 11px; color: #555; } .cards dd { margin: 0; font-size: 18px; font-weight: 600; }
svg { width: 100%; height: auto; font-size: 11px; } svg text { fill: #222; }
figure { margin: 6px 0; }
table { border-collapse: collapse; width: 100%; font-size: 11px; margin: 6px 0 10px; }
caption { text-align: left; font-size: 11px; color: #555; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 2px 4px; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; } thead th { border-bottom: 1px solid #999; }
code { font-size: 10px; white-space: normal; } .code { color: #777; font-size: 10px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
section.chart { break-inside: avoid-page; }
@page { size: A4; margin: 12mm; }
@media print { body { max-width: none; padding: 0; } section.chart { break-inside: avoid; } table { break-inside: auto; } tr { break-inside: avoid; } }
`;
