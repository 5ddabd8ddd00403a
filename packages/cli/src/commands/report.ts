import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  aggregateDossiers,
  type Catalog,
  type DossierRecord,
  type ReportDimension,
  type ReportGranularity,
  reportHtml,
  safeParseCatalog,
  safeParseDossierRecord,
  sampleCatalog,
  serviceIndex,
  summarizeDossiers,
} from '@motcua/core';
import { aggregate as aggregateSurvey, dossierEvaluation, sipasSurvey } from '@motcua/forms';
import { civilDateOf, formatInstant, parseInstant } from '@motcua/sla';
import type { Command } from '../command';
import { InputError, json, readJson, readJsonLines, table, UsageError } from '../io';

const DIMENSIONS = ['unit', 'procedure', 'field', 'channel', 'period'] as const;
const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const days = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/** `motcua report dossiers.jsonl`: a JSONL file of dossier records → the report and the index. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'report and Decision 766 service index from a JSON Lines file of dossiers',
  usage:
    'motcua report <dossiers.jsonl> [--from ISO] [--to ISO] [--by unit,procedure,…] [--granularity month] [--catalog file.json|sample] [--locale vi|en] [--html report.html [--sipas responses.jsonl] [--evaluations responses.jsonl]] [--json]',
  help: `Compute the report (received, settled, early / on time / late, in progress and overdue, withdrawn,
refused, processing times, channels, electronic results, digitisation) and the Decision 766 service
index from a JSON Lines file: one dossier record per line (see the guide "Reports and the service
index" for the fields).

Usage: motcua report <dossiers.jsonl> [options]

  --from         start of the period: a civil date, a month (2026-01) or an ISO instant with its
                 offset (default: the first day of the month of the earliest receipt)
  --to           end of the period, exclusive (default: the first day of the month after the latest
                 receipt or end in the file: whole months, as monthly and quarterly reports count)
  --by           breakdowns, comma-separated: unit, procedure, field, channel, period
  --granularity  sub-periods of --by period: day, week, month (default), quarter, year
  --catalog      the unit's procedures (a catalogue JSON file, or "sample" for the shipped sample
                 catalogue): the index then computes the procedure indicators (1.3, 3.1, 3.2, 3.3,
                 3.6) as the demo does; adds the breakdown by procedure they need
  --html         also write the report as one self-contained HTML page (charts by month and by
                 unit, the overdue dossiers, the 766 index, satisfaction; prints on A4); adds the
                 breakdowns by unit and by period it draws
  --locale       language of the report (text and HTML page): vi (default) or en
  --sipas        with --html: SIPAS survey responses (JSON Lines) to show with Wilson intervals
  --evaluations  with --html: per-dossier evaluation responses (JSON Lines), likewise
  --json         { "report": …, "aggregate": …, "index": … }

Exit codes: 0 success; 1 a file that cannot be read or a line that is not a valid record (the line
number and the field are named); 2 bad usage.`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    granularity: { type: 'string' },
    catalog: { type: 'string' },
    html: { type: 'string' },
    locale: { type: 'string' },
    sipas: { type: 'string' },
    evaluations: { type: 'string' },
  },
  run({ str, positionals, json: asJson }, io) {
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError('report needs a JSON Lines file of dossier records');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const byText = str('by');
    const by = byText !== undefined ? byText.split(',').map((s) => s.trim()) : [];
    const catalogArg = str('catalog');
    let catalog: Catalog | undefined;
    if (catalogArg === 'sample') catalog = sampleCatalog();
    else if (catalogArg !== undefined) {
      const parsed = safeParseCatalog(readJson(catalogArg));
      if (!parsed.ok) {
        const lines = parsed.issues
          .slice(0, 10)
          .map((i) => `  ${i.path.join('.') || '(catalogue)'}: ${i.message}`);
        throw new InputError(
          `${catalogArg}: not a valid catalogue:\n${lines.join('\n')}`,
          `${catalogArg}: không phải danh mục thủ tục hợp lệ:\n${lines.join('\n')}`,
        );
      }
      catalog = parsed.value;
    }
    // The procedure indicators need the dossiers by procedure.
    if (catalog !== undefined && !by.includes('procedure')) by.push('procedure');
    const html = str('html');
    const locale = str('locale') ?? 'vi';
    if (locale !== 'vi' && locale !== 'en')
      throw new UsageError(`--locale must be vi or en, got '${locale}'`);
    for (const flag of ['sipas', 'evaluations'])
      if (str(flag) !== undefined && html === undefined)
        throw new UsageError(`--${flag} goes with --html <file>`);
    // The page draws the figures by month and by unit.
    if (html !== undefined) {
      if (!by.includes('unit')) by.push('unit');
      if (!by.includes('period')) by.push('period');
    }
    for (const d of by) {
      if (!(DIMENSIONS as readonly string[]).includes(d))
        throw new UsageError(`--by: unknown dimension '${d}' (${DIMENSIONS.join(', ')})`);
    }
    const granularity = str('granularity') ?? 'month';
    if (!(GRANULARITIES as readonly string[]).includes(String(granularity))) {
      throw new UsageError(`--granularity must be one of ${GRANULARITIES.join(', ')}`);
    }
    // A civil date, a month or an instant with its offset, read by aggregateDossiers itself (the
    // one reader): a bad value is bad input (exit 1), never read in the host's zone.
    let from: Date | string | undefined = str('from');
    let to: Date | string | undefined = str('to');

    // Pass 1: validate every line (line numbers in errors) and find the span of the records;
    // pass 2: aggregate them as they are read again. No record is kept: memory stays flat.
    const records = function* (): Generator<DossierRecord> {
      for (const { line, value } of readJsonLines(file)) {
        const parsed = safeParseDossierRecord(value);
        if (!parsed.ok) {
          const first = parsed.issues[0];
          const where = first && first.path.length > 0 ? ` field '${first.path.join('.')}'` : '';
          throw new InputError(`${file}:${line}:${where} ${first?.message ?? 'invalid record'}`);
        }
        yield parsed.value;
      }
    };
    let count = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const record of records()) {
      count++;
      // What happened: receipts and ends (an appointment in the future is not an event).
      for (const t of [record.receivedAt, record.finishedAt]) {
        if (t === null || t === undefined) continue;
        const ms = (t instanceof Date ? t : parseInstant(t)).getTime();
        if (ms < min) min = ms;
        if (ms > max) max = ms;
      }
    }
    if (count === 0) throw new InputError(`${file}: no dossier records`);
    // By default, whole civil months in Việt Nam: from the month of the first receipt to the end
    // of the month of the last event (the figures of a monthly or quarterly report).
    const month = (ms: number) => civilDateOf(new Date(ms)).slice(0, 7);
    from ??= month(min);
    if (to === undefined) {
      const [y = 0, m = 0] = month(max).split('-').map(Number);
      to = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    }
    const aggregate = aggregateDossiers(records(), {
      from,
      to,
      by: by as ReportDimension[],
      granularity: granularity as ReportGranularity,
    });
    const report = summarizeDossiers(aggregate);
    const index = serviceIndex({ dossiers: aggregate, procedures: catalog?.list() });
    if (html !== undefined) {
      // Survey responses (JSON Lines) to show with their Wilson intervals.
      const surveyFiles = [
        ['sipas', sipasSurvey(), { vi: 'Khảo sát SIPAS', en: 'SIPAS survey' }],
        [
          'evaluations',
          dossierEvaluation(),
          { vi: 'Đánh giá từng hồ sơ', en: 'Per-dossier evaluation' },
        ],
      ] as const;
      const surveys = surveyFiles.flatMap(([flag, survey, title]) => {
        const file = str(flag);
        if (file === undefined) return [];
        const responses = Array.from(readJsonLines(file), (l) => l.value);
        return [{ title: title[locale], aggregate: aggregateSurvey(survey, responses), survey }];
      });
      const page = reportHtml(
        { aggregate, index, records: records(), surveys, recordCount: count },
        { locale },
      );
      try {
        writeFileSync(html, page);
      } catch (e) {
        throw new InputError(`${html}: cannot write the page (${(e as Error).message})`);
      }
      if (!asJson) io.out(`HTML report: ${resolve(html)}`);
    }
    if (asJson) {
      io.out(json({ report, aggregate, index }));
      return;
    }
    const t = report.total;
    const c = t.counts;
    const vi = locale === 'vi';
    const L = (v: string, e: string) => (vi ? v : e);
    // The period as civil dates in Việt Nam ("to" is exclusive: its day before is the last).
    const day = (iso: string) => formatInstant(iso, { locale, style: 'date' });
    const last = day(new Date(Date.parse(aggregate.to) - 1).toISOString());
    io.out(
      L(
        `Báo cáo từ ${day(aggregate.from)} đến ${last} (${count} hồ sơ)`,
        `Report from ${day(aggregate.from)} to ${last} (${count} records)`,
      ),
    );
    const head = vi
      ? [
          'tiếp nhận',
          'đã giải quyết',
          'trước hạn',
          'đúng hạn',
          'trễ hạn',
          'đang giải quyết',
          'quá hạn',
          'rút',
          'từ chối',
          'tỷ lệ đúng hạn',
          'trực tuyến',
          'số ngày TB',
        ]
      : [
          'received',
          'settled',
          'early',
          'on time',
          'late',
          'in progress',
          'overdue',
          'withdrawn',
          'refused',
          'on-time rate',
          'online',
          'avg days',
        ];
    io.out(
      table(head, [
        [
          c.received,
          c.settled,
          c.early,
          c.onTime,
          c.late,
          c.inProgress,
          c.overdue,
          c.withdrawn,
          c.refused,
        ]
          .map(String)
          .concat([pct(t.onTimeRate), pct(t.onlineShare), days(t.averageWorkingDays)]),
      ]),
    );
    const dimension: Record<string, [string, string]> = {
      unit: ['đơn vị', 'unit'],
      procedure: ['thủ tục', 'procedure'],
      field: ['lĩnh vực', 'field'],
      channel: ['kênh', 'channel'],
      period: ['kỳ', 'period'],
    };
    for (const d of aggregate.by) {
      const [dv, de] = dimension[d] ?? [d, d];
      io.out(L(`\ntheo ${dv}`, `\nby ${de}`));
      const rows = Object.entries(report.groups[d] ?? {}).map(([k, s]) => [
        k,
        String(s.counts.received),
        String(s.counts.judged),
        pct(s.onTimeRate),
        pct(s.onlineShare),
        days(s.averageWorkingDays),
      ]);
      io.out(
        table(
          vi
            ? [dv, 'tiếp nhận', 'đã xét', 'tỷ lệ đúng hạn', 'trực tuyến', 'số ngày TB']
            : [de, 'received', 'judged', 'on-time rate', 'online', 'avg days'],
          rows,
        ),
      );
    }
    const band = index.band === null ? '' : ` (${index.band.label[locale]})`;
    io.out(
      L(
        `\nChỉ số phục vụ (QĐ 766): ${index.points} / ${index.computableMaxPoints} điểm tính được${index.score === null ? '' : ` = ${index.score}/100${band}`}`,
        `\nService index (Decision 766): ${index.points} / ${index.computableMaxPoints} computable points${index.score === null ? '' : ` = ${index.score}/100${band}`}`,
      ),
    );
    io.out(
      table(
        vi ? ['chỉ tiêu', 'giá trị', 'điểm', 'tối đa'] : ['indicator', 'value', 'points', 'max'],
        index.indicators.map((i) =>
          i.computable
            ? [
                i.id,
                i.id === '2.2' ? days(i.value) : pct(i.value),
                String(i.points),
                String(i.maxPoints),
              ]
            : [
                i.id,
                L('không tính được', 'not computable'),
                '–',
                String(Math.round(i.maxPoints * 100) / 100),
              ],
        ),
      ),
    );
  },
};
