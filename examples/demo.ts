/**
 * The motcua demo (README's first command): one quarter at the Public Administration Service Centre
 * of Phường Đống Đa, Hà Nội (commune code 00235), spanning Tết Bính Ngọ 2026. Seeded: two runs
 * print the same. Uses only data shipped in the repository; writes the full results to
 * `examples/out/` as JSON and CSV.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aggregateDossiers,
  applyDossierEvent,
  type Dossier,
  type DossierEvent,
  dossierDocuments,
  dossierRecord,
  type Procedure,
  receiveDossier,
  reportHtml,
  sampleCatalog,
  serviceIndex,
  summarizeDossiers,
} from '@motcua/core';
import {
  aggregate as aggregateSurvey,
  dossierEvaluation,
  lookupCommune,
  sampleResponses,
  sipasSurvey,
  validateResponse,
} from '@motcua/forms';
import {
  addWorkingTime,
  daysOff,
  formatInstant,
  formatLunarDate,
  formatProcessingTime,
  toLunar,
  vietnamCalendar,
  workingTimeBetween,
} from '@motcua/sla';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out');
const cal = vietnamCalendar();
const UNIT = '00235';
const AGENCY = '000.00.01.H26';
const FROM = '2026-01-05T00:00:00+07:00';
const TO = '2026-04-01T00:00:00+07:00';

// ---------------------------------------------------------------- helpers
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20260217);
// `pnpm demo -- --locale en` for English; Vietnamese by default.
const argv = process.argv.slice(2);
const locale: 'vi' | 'en' =
  argv.includes('--locale=en') || argv[argv.indexOf('--locale') + 1] === 'en' ? 'en' : 'vi';
const L = (vi: string, en: string) => (locale === 'vi' ? vi : en);
// Instants as receipts print them, in Việt Nam's time whatever the host's zone.
const hanoi = (d: Date | string) => formatInstant(d, { locale });
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
// A progress bar on a terminal; plain lines when the output is a file or a pipe.
const bar = (label: string, done: number, total: number) => {
  if (!process.stdout.isTTY) {
    if (done === total || done % 800 === 0) console.log(`  ${label}: ${done}/${total}`);
    return;
  }
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r  ${label} [${'█'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`,
  );
  if (done === total) process.stdout.write('\n');
};

// ---------------------------------------------------------------- the procedures offered
// The shipped sample catalogue (sources and confidence in each procedure's `source`).
const catalog = sampleCatalog();
const weights: Record<string, number> = {
  '2.000908': 18,
  '2.000815': 30,
  '2.000884': 8,
  '1.001193': 16,
  '1.000894': 14,
  '1.000656': 6,
};
const offers = catalog.list();
const totalWeight = offers.reduce((a, p) => a + (weights[p.code] ?? 1), 0);
function pickProcedure(): Procedure {
  let r = random() * totalWeight;
  for (const p of offers) {
    r -= weights[p.code] ?? 1;
    if (r <= 0) return p;
  }
  return offers[0] as Procedure;
}

// ---------------------------------------------------------------- 1. the calendar
const ward = lookupCommune(UNIT);
const tetLunar = formatLunarDate(toLunar('2026-02-17'));
console.log('motcua demo');
console.log(
  `${ward?.name ?? UNIT}, ${ward?.province.name ?? ''} (${L('mã', 'code')} ${UNIT}) — ${L('Trung tâm Phục vụ hành chính công', 'Public Administration Service Centre')}`,
);
console.log(
  L(
    `Kỳ báo cáo: 05/01/2026 – 31/03/2026 (quý I), qua Tết Bính Ngọ (17/02/2026 = ${tetLunar})\n`,
    `Reporting period: 5 January – 31 March 2026 (Q1), across Tết Bính Ngọ (17/02/2026 = ${formatLunarDate(toLunar('2026-02-17'), 'en')})\n`,
  ),
);
const tet = daysOff(cal, 2026).filter((d) => d.kind === 'tet');
console.log(
  L(
    `1. Lịch nghỉ Tết 2026 (${tet[0]?.source?.document ?? ''}):`,
    `1. Tết 2026 days off (${tet[0]?.source?.document ?? ''}):`,
  ),
);
console.log(
  `   ${tet.map((d) => d.date.slice(5)).join(', ')} — ${tet.length} ${L('ngày làm việc nghỉ', 'working days off')}\n`,
);

// ---------------------------------------------------------------- 2. a quarter of dossiers
const fromMs = Date.parse(FROM);
const toMs = Date.parse(TO);
const days = Math.round((toMs - fromMs) / 86_400_000);
const ARRIVALS = 3200;
console.log(L('2. Mô phỏng hồ sơ của quý', '2. Simulating the quarter’s dossiers'));
const arrivals = Array.from({ length: ARRIVALS }, () => {
  const procedure = pickProcedure();
  const online = procedure.channels.online !== undefined && random() < 0.72;
  const at = new Date(
    fromMs + Math.floor(random() * days) * 86_400_000 + Math.floor(random() * 24 * 60) * 60_000,
  );
  return {
    procedure,
    online,
    received: online ? at : addWorkingTime(cal, at, { minutes: 1 + Math.floor(random() * 30) }),
  };
})
  // A citizen who comes at night is received when the section opens: after the quarter's end, not
  // in this quarter's file.
  .filter((a) => a.received.getTime() < toMs)
  .sort((a, b) => a.received.getTime() - b.received.getTime());
const N = arrivals.length;
const localDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const dossiers: Dossier[] = [];
let sequence = 0;
let lastDay = '';
const options = { calendar: cal };
for (let i = 0; i < N; i++) {
  const { procedure, online, received } = arrivals[i] as (typeof arrivals)[number];
  const day = localDay(received);
  if (day !== lastDay) sequence = 0;
  lastDay = day;
  sequence++;
  let d = receiveDossier({
    procedure,
    channel: online ? 'online' : 'direct',
    receivedAt: received,
    agencyId: AGENCY,
    sequence,
    applicant: { name: 'Công dân' },
    data: catalog.sampleData(procedure.code),
    receivingUnit: UNIT,
    calendar: cal,
  });
  const later = (ms: number, minutes: number) =>
    addWorkingTime(cal, new Date(ms), { minutes: Math.max(1, Math.round(minutes)) });
  // Marriage registration is same-day; about one in three needs verification, and the desk
  // switches the dossier to the catalogue's alternative limit (5 working days) with a reason.
  if ((d.procedure.processingTime.alternatives?.length ?? 0) > 0 && random() < 0.3)
    d = applyDossierEvent(
      d,
      {
        type: 'apply-alternative',
        at: later(received.getTime(), 5),
        alternative: 0,
        reason: 'Cần xác minh điều kiện kết hôn',
        role: 'specialist',
      },
      options,
    );
  const due = d.dueAt?.getTime() ?? d.submittedAt.getTime();
  const allotted = workingTimeBetween(cal, received, new Date(due));
  const events: DossierEvent[] = [
    { type: 'transfer', at: later(received.getTime(), 10), role: 'reception' },
  ];
  const r = random();
  let at = events[0]?.at instanceof Date ? events[0].at.getTime() : received.getTime();
  if (r < 0.06) {
    const asked = later(at, allotted * 0.2);
    const back = later(asked.getTime(), 480 * (1 + random() * 3));
    events.push(
      { type: 'request-supplement', at: asked, reason: 'Thiếu giấy tờ' },
      { type: 'supplement-received', at: back },
    );
    at = back.getTime();
    if (random() < 0.12) {
      const again = later(back.getTime(), 30);
      const done = later(again.getTime(), 240);
      events.push(
        { type: 'request-supplement', at: again, reason: 'Cần bổ sung lần hai' },
        { type: 'supplement-received', at: done },
      );
      at = done.getTime();
    }
    events.push({ type: 'complete', at: later(at, allotted * 0.5) });
  } else if (r < 0.085 && allotted >= 5 * 480) {
    // late: an apology and a new appointment, at least one working day before the due date
    events.push({
      type: 'send-to-agency',
      at: later(at, 60),
      agency: 'Công an phường',
      minutes: 960,
    });
    events.push({ type: 'agency-returned', at: later(at, 60 + 1400) });
    events.push({
      type: 'apologize',
      at: addWorkingTime(cal, new Date(due), { days: -1, hours: -1 }),
      reason: 'Cần xác minh thêm thông tin tại cơ quan công an',
      newDueAt: addWorkingTime(cal, new Date(due), { days: 2 }),
      role: 'leader',
    });
    events.push({
      type: 'complete',
      at: addWorkingTime(cal, new Date(due), { days: 1 + random() }),
    });
  } else if (r >= 0.085 && r < 0.09) {
    events.push({ type: 'withdraw', at: later(at, allotted * 0.3), role: 'citizen' });
  } else if (r >= 0.09 && r < 0.095) {
    events.push({
      type: 'refuse',
      at: later(at, allotted * 0.8),
      reason: 'Không đủ điều kiện',
      role: 'leader',
    });
  } else {
    events.push({
      type: 'complete',
      at: later(at, allotted * (0.3 + random() * 0.69)),
      electronicResult: online || random() < 0.5,
    });
  }
  const last = events.at(-1);
  if (last?.type === 'complete')
    events.push({ type: 'return-result', at: later((last.at as Date).getTime(), 30) });
  for (const e of events) {
    if (Date.parse(e.at instanceof Date ? e.at.toISOString() : e.at) >= toMs) break; // the quarter ends
    d = applyDossierEvent(d, e, options);
  }
  dossiers.push(d);
  if ((i + 1) % 400 === 0 || i + 1 === N) bar(L('hồ sơ', 'dossiers'), i + 1, N);
}
const onlineCount = dossiers.filter((d) => d.channel === 'online').length;
const supplements = dossiers.filter((d) => d.supplement.requests > 0).length;
const apologies = dossiers.filter((d) => d.apology).length;
const interlinked = dossiers.filter((d) => d.steps.length > 0).length;
const verified = dossiers.filter((d) =>
  d.history.some((e) => e.type === 'apply-alternative'),
).length;
console.log(
  L(
    `   ${N} hồ sơ tiếp nhận trong quý (${ARRIVALS - N} người đến sau giờ làm việc ngày 31/03 được tiếp nhận sang quý sau), ${pct(onlineCount / N)} trực tuyến; ${supplements} yêu cầu bổ sung, ${apologies} xin lỗi hẹn lại, ${interlinked} liên thông, ${verified} đăng ký kết hôn cần xác minh\n`,
    `   ${N} dossiers received in the quarter (${ARRIVALS - N} citizens who came after hours on 31/03 are received next quarter), ${pct(onlineCount / N)} online; ${supplements} supplement requests, ${apologies} apologies with a new date, ${interlinked} interlinked, ${verified} marriages needing verification\n`,
  ),
);

// ---------------------------------------------------------------- 3. receipts across Tết
console.log(
  L(
    '3. Giấy tiếp nhận và hẹn trả kết quả (qua Tết):',
    '3. Receipts and appointments (across Tết):',
  ),
);
const acrossTet = [
  dossiers.find(
    (d) =>
      d.procedure.code === '1.000894' &&
      (d.receivedAt?.toISOString() ?? '') > '2026-02-11' &&
      (d.receivedAt?.toISOString() ?? '') < '2026-02-13',
  ),
  dossiers.find(
    (d) =>
      d.procedure.code === '2.000815' &&
      (d.receivedAt?.toISOString() ?? '') > '2026-02-13T08:00' &&
      (d.receivedAt?.toISOString() ?? '') < '2026-02-14',
  ),
  dossiers.find(
    (d) =>
      d.procedure.code === '1.001193' &&
      d.channel === 'online' &&
      (d.receivedAt?.toISOString() ?? '') > '2026-02-14' &&
      (d.receivedAt?.toISOString() ?? '') < '2026-02-22',
  ),
].filter((d): d is Dossier => d !== undefined);
for (const d of acrossTet) {
  const receipt = dossierDocuments(d, options).find((x) => x.kind === 'receipt');
  if (receipt?.kind !== 'receipt') continue;
  const f = receipt.fields;
  const skipped = f.daysNotCounted;
  console.log(`   ┌ ${receipt.form.number} ${receipt.form.title[locale]} — ${d.code}`);
  console.log(
    `   │ ${d.procedure.name[locale]} (${d.procedure.code}), ${d.channel === 'online' ? L('trực tuyến', 'online') : L('trực tiếp', 'in person')}`,
  );
  console.log(
    `   │ ${L('Tiếp nhận', 'Received')}: ${f.receivedAtText[locale]} (${L('âm lịch', 'lunar')}: ${formatLunarDate(toLunar(new Date(f.receivedAt)), locale)})`,
  );
  console.log(
    `   │ ${L('Thời hạn', 'Limit')}: ${formatProcessingTime(d.procedure.processingTime, locale)}`,
  );
  console.log(`   │ ${L('Hẹn trả', 'Due')}: ${f.appointmentText?.[locale] ?? '–'}`);
  console.log(
    `   └ ${L('Ngày không tính', 'Days not counted')}: ${skipped.length > 0 ? `${skipped[0]?.date} … ${skipped.at(-1)?.date} (${skipped.length} ${L('ngày', 'days')}: ${[...new Set(skipped.map((x) => x.reason[locale]))].join(', ')})` : '–'}`,
  );
}

// ---------------------------------------------------------------- 4. an apology letter
const late = dossiers.find(
  (d) => d.apology !== null && (d.receivedAt?.toISOString() ?? '') > '2026-02-01',
);
const letter = late && dossierDocuments(late, options).find((x) => x.kind === 'apology');
if (late && letter) {
  const f = letter.fields as {
    reason: string;
    originalAppointment: string;
    newAppointment: string;
    late: boolean;
  };
  console.log(`\n4. ${letter.form.number} — ${letter.form.title[locale]} (${letter.form.regime}):`);
  console.log(
    L(
      `   Hồ sơ ${late.code} (${late.procedure.name.vi}), tiếp nhận ${hanoi(late.receivedAt ?? late.submittedAt)}, hẹn trả ${hanoi(f.originalAppointment)}.`,
      `   Dossier ${late.code} (${late.procedure.name.en}), received ${hanoi(late.receivedAt ?? late.submittedAt)}, due ${hanoi(f.originalAppointment)}.`,
    ),
  );
  console.log(
    L(
      `   Lý do: ${f.reason}. Văn bản gửi ${hanoi(letter.issuedAt)}, ${f.late ? 'MUỘN (dưới 1 ngày làm việc trước hạn): ghi nhận và đánh dấu' : 'trước hạn ít nhất 1 ngày làm việc'}.`,
      `   Reason: ${f.reason}. Sent ${hanoi(letter.issuedAt)}, ${f.late ? 'LATE (less than one working day before the due date): recorded and flagged' : 'at least one working day before the due date'}.`,
    ),
  );
  console.log(
    L(
      `   Hẹn lại: ${hanoi(f.newAppointment)}. Trung tâm xin lỗi ông/bà vì sự chậm trễ này.`,
      `   New date: ${hanoi(f.newAppointment)}. The centre apologises for the delay.`,
    ),
  );
}

// ---------------------------------------------------------------- 5. the report and the index
console.log(
  L(
    '\n5. Báo cáo kết quả giải quyết quý I/2026 (kỳ 01/01–31/03/2026, như `motcua report` tính)',
    '\n5. Q1 2026 report (period 1 January – 31 March 2026, as `motcua report` counts it)',
  ),
);
const records = dossiers.map(dossierRecord);
const agg = aggregateDossiers(records, {
  from: FROM,
  to: TO,
  by: ['procedure', 'period', 'channel'],
  granularity: 'month',
  calendar: cal,
});
const report = summarizeDossiers(agg);
const c = report.total.counts;
console.log(
  L(
    `   tiếp nhận ${c.received} · đã giải quyết ${c.settled} (trước hạn ${c.early}, đúng hạn ${c.onTime}, quá hạn ${c.late}, kết thúc do chờ bổ sung ${c.endedBySupplement}) · đang giải quyết cuối kỳ ${c.inProgress} (quá hạn ${c.overdue}) · rút ${c.withdrawn} · từ chối ${c.refused}`,
    `   received ${c.received} · settled ${c.settled} (early ${c.early}, on time ${c.onTime}, late ${c.late}, ended awaiting a supplement ${c.endedBySupplement}) · in progress at the period's end ${c.inProgress} (overdue ${c.overdue}) · withdrawn ${c.withdrawn} · refused ${c.refused}`,
  ),
);
console.log(
  L(
    `   Tỷ lệ trước hạn và đúng hạn (chỉ tiêu 2.1, trên ${c.judged + c.inProgress} hồ sơ đã kết thúc hoặc đang giải quyết): ${pct(report.total.onTimeRate)} · nộp trực tuyến: ${pct(report.total.onlineShare)} · kết quả điện tử: ${pct(report.total.electronicResultShare)} · thời gian giải quyết trung bình ${report.total.averageWorkingDays?.toFixed(2)} ngày làm việc`,
    `   Early or on time (indicator 2.1, over the ${c.judged + c.inProgress} dossiers ended or in progress): ${pct(report.total.onTimeRate)} · submitted online: ${pct(report.total.onlineShare)} · electronic results: ${pct(report.total.electronicResultShare)} · average processing time ${report.total.averageWorkingDays?.toFixed(2)} working days`,
  ),
);
console.log(
  `\n   ${pad(L('tháng', 'month'), 8)} ${pad(L('tiếp nhận', 'received'), 10)} ${pad(L('đúng hạn', 'on time'), 9)} ${L('trực tuyến', 'online')}`,
);
for (const [month, s] of Object.entries(report.groups.period ?? {}).sort()) {
  console.log(
    `   ${pad(month, 8)} ${pad(String(s.counts.received), 10)} ${pad(pct(s.onTimeRate), 9)} ${pct(s.onlineShare)}`,
  );
}
// The index computes every figure it can from the catalogue's procedures as they are (online
// level, fees, completeness of the published record, paper results): nothing is set by hand.
const index = serviceIndex({ dossiers: agg, procedures: offers });

// ---------------------------------------------------------------- 6. satisfaction
console.log(L('\n6. Mức độ hài lòng', '\n6. Satisfaction'));
const evaluation = dossierEvaluation();
const sipas = sipasSurvey();
const evaluations = sampleResponses(evaluation, 1200, 7).map((r, i) => ({
  ...r,
  meta: { ...r.meta, unit: UNIT, dossierCode: dossiers[i % dossiers.length]?.code ?? '' },
}));
const valid = evaluations.filter((r) => validateResponse(evaluation, r).ok).length;
const sipasResponses = sampleResponses(sipas, 800, 11).map((r) => ({
  ...r,
  meta: { ...r.meta, unit: UNIT },
}));
const sipasAgg = aggregateSurvey(sipas, sipasResponses);
const evalAgg = aggregateSurvey(evaluation, evaluations);
console.log(
  L(
    `   Đánh giá theo hồ sơ: ${evalAgg.count} phiếu (${valid} hợp lệ), hài lòng chung ${pct(evalAgg.overall.satisfiedShare)}`,
    `   Per-dossier evaluation: ${evalAgg.count} responses (${valid} valid), satisfied overall ${pct(evalAgg.overall.satisfiedShare)}`,
  ),
);
console.log(
  L(
    `   SIPAS (${sipasAgg.count} phiếu) theo yếu tố:`,
    `   SIPAS (${sipasAgg.count} responses) by element:`,
  ),
);
for (const [key, el] of Object.entries(sipasAgg.elements) as [
  string,
  {
    satisfiedShare: number | null;
    satisfiedInterval: { lower: number; upper: number } | null;
    mean: number | null;
  },
][]) {
  const label = sipas.elements?.find((e) => e.key === key)?.label[locale] ?? key;
  const ci = el.satisfiedInterval
    ? ` (95 %: ${pct(el.satisfiedInterval.lower)}–${pct(el.satisfiedInterval.upper)})`
    : '';
  console.log(`   · ${pad(label, 48)} ${pct(el.satisfiedShare)}${ci}`);
}
const withSurvey = serviceIndex({
  dossiers: agg,
  procedures: offers,
  satisfaction: evalAgg, // the survey aggregate as it comes
  satisfactionSource: 'survey',
});

// ---------------------------------------------------------------- 7. the service index
console.log(
  L(
    '\n7. Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg), phần tính được từ dữ liệu của phường:',
    '\n7. Decision 766 service index, the part the ward’s own data can give:',
  ),
);
for (const i of index.indicators) {
  if (!i.computable) continue;
  console.log(
    `   ${pad(i.id, 4)} ${pad(i.name[locale], 62)} ${pad(i.id === '2.2' ? `${i.value.toFixed(2)} ${L('ngày', 'days')}` : pct(i.value), 9)} ${i.points}/${i.maxPoints}`,
  );
}
console.log(
  L(
    `   Tổng: ${index.points}/${index.computableMaxPoints} điểm tính được → ${index.score}/100 trên phần tính được; không xếp loại vì ${index.missing.length} chỉ tiêu cần dữ liệu khác (${index.missing.map((m) => m.id).join(', ')}).`,
    `   Total: ${index.points}/${index.computableMaxPoints} computable points → ${index.score}/100 over what was computed; no band, since ${index.missing.length} indicators need other data (${index.missing.map((m) => m.id).join(', ')}).`,
  ),
);
const s54 = withSurvey.indicators.find((i) => i.id === '5.4');
if (s54?.computable)
  console.log(
    L(
      `   (5.4 theo khảo sát thay vì "không hài lòng": ${pct(s54.value)} → ${s54.points}/${s54.maxPoints})`,
      `   (5.4 from the survey instead of "dislikes": ${pct(s54.value)} → ${s54.points}/${s54.maxPoints})`,
    ),
  );

// ---------------------------------------------------------------- 8. files
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'dossiers.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
writeFileSync(
  join(out, 'report.json'),
  JSON.stringify(
    { report, aggregate: agg, index, satisfaction: { sipas: sipasAgg, evaluation: evalAgg } },
    null,
    2,
  ),
);
// The report as a page a ward leader looks at (charts by month and by unit, the overdue dossiers,
// the index, satisfaction), self-contained and offline.
const byUnit = aggregateDossiers(records, {
  from: FROM,
  to: TO,
  by: ['unit', 'period'],
  granularity: 'month',
  calendar: cal,
});
writeFileSync(
  join(out, 'report.html'),
  reportHtml(
    {
      aggregate: byUnit,
      index: withSurvey,
      records,
      recordCount: records.length,
      surveys: [
        { title: L('Khảo sát SIPAS', 'SIPAS survey'), aggregate: sipasAgg, survey: sipas },
        {
          title: L('Đánh giá từng hồ sơ', 'Per-dossier evaluation'),
          aggregate: evalAgg,
          survey: evaluation,
        },
      ],
    },
    { locale, calendar: cal },
  ),
);
const csv = [
  'procedure,received,settled,early,on_time,late,in_progress,overdue,on_time_rate,online_share',
  ...Object.entries(report.groups.procedure ?? {}).map(([k, s]) =>
    [
      k,
      s.counts.received,
      s.counts.settled,
      s.counts.early,
      s.counts.onTime,
      s.counts.late,
      s.counts.inProgress,
      s.counts.overdue,
      s.onTimeRate?.toFixed(4) ?? '',
      s.onlineShare?.toFixed(4) ?? '',
    ].join(','),
  ),
];
writeFileSync(join(out, 'report-by-procedure.csv'), `${csv.join('\n')}\n`);
console.log(
  L(
    '\nĐã ghi: examples/out/dossiers.jsonl, report.json, report-by-procedure.csv',
    '\nWritten: examples/out/dossiers.jsonl, report.json, report-by-procedure.csv',
  ),
);
console.log(
  L(
    `Báo cáo HTML (mở bằng trình duyệt, in khổ A4): ${join(out, 'report.html')}`,
    `HTML report (open it in a browser; prints on A4): ${join(out, 'report.html')}`,
  ),
);
console.log(
  `${L('Thử', 'Try')}: npx -y pnpm@10.34.9 --filter @motcua/cli build && node packages/cli/dist/motcua.js report examples/out/dossiers.jsonl --catalog sample (${L('cùng số liệu', 'the same figures')})`,
);
