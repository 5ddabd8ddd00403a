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
  type DossierRecord,
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
  dueDate,
  explainDueDate,
  formatProcessingTime,
  type ProcessingTime,
  parseProcessingTime,
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
const hanoi = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(d);
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const bar = (label: string, done: number, total: number) => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r  ${label} [${'█'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`,
  );
  if (done === total) process.stdout.write('\n');
};

// ---------------------------------------------------------------- the procedures offered
// Codes as published in the national catalogue to our knowledge; only 2.000908 is confirmed by the
// domain notes (docs: confidence). The interlinked procedure has an illustrative code.
interface Offer {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly limit: string;
  readonly weight: number;
  readonly online: 'full' | 'partial' | 'none';
}
const offers: readonly Offer[] = [
  {
    code: '2.000908',
    name: 'Cấp bản sao từ sổ gốc',
    field: 'Hộ tịch',
    limit: 'Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    weight: 18,
    online: 'full',
  },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính',
    field: 'Chứng thực',
    limit: 'Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    weight: 30,
    online: 'partial',
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký',
    field: 'Chứng thực',
    limit: 'Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    weight: 12,
    online: 'none',
  },
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    limit: 'Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    weight: 14,
    online: 'full',
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    limit: '05 ngày làm việc',
    weight: 6,
    online: 'partial',
  },
  {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    field: 'Hộ tịch',
    limit: '03 ngày làm việc',
    weight: 5,
    online: 'full',
  },
  {
    code: 'LT-KS-TT-BHYT',
    name: 'Liên thông khai sinh – thường trú – BHYT (trẻ dưới 6 tuổi)',
    field: 'Liên thông',
    limit: '10 ngày làm việc',
    weight: 6,
    online: 'full',
  },
  {
    code: '2.001009',
    name: 'Xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    limit: '03 ngày làm việc',
    weight: 9,
    online: 'full',
  },
];
const totalWeight = offers.reduce((a, o) => a + o.weight, 0);
const limits = new Map<string, ProcessingTime>(
  offers.map((o) => [o.code, parseProcessingTime(o.limit)]),
);
function pickOffer(): Offer {
  let r = random() * totalWeight;
  for (const o of offers) {
    r -= o.weight;
    if (r <= 0) return o;
  }
  return offers[0] as Offer;
}

// ---------------------------------------------------------------- 1. the calendar
const ward = lookupCommune(UNIT);
console.log('motcua demo');
console.log(
  `${ward?.name ?? UNIT}, ${ward?.province.name ?? ''} (mã ${UNIT}) — Trung tâm Phục vụ hành chính công`,
);
console.log('Kỳ: 05/01/2026 – 31/03/2026, qua Tết Bính Ngọ\n');
const tet = daysOff(cal, 2026).filter((d) => d.kind === 'tet');
console.log(`1. Lịch nghỉ Tết 2026 (${tet[0]?.source?.document ?? ''}):`);
console.log(
  `   ${tet.map((d) => d.date.slice(5)).join(', ')} — ${tet.length} ngày làm việc nghỉ\n`,
);

// ---------------------------------------------------------------- 2. a quarter of dossiers
interface Story {
  record: DossierRecord;
  offer: Offer;
  receivedAt: Date;
  due: Date;
  apology?: { at: Date; newDue: Date; reason: string };
  steps?: { agency: string; allotted: string }[];
}
const stories: Story[] = [];
const fromMs = Date.parse(FROM);
const days = Math.round((Date.parse(TO) - fromMs) / 86_400_000);
const N = 3200;
console.log('2. Mô phỏng hồ sơ / simulating dossiers');
// Arrivals first (online at any hour, in person during desk hours), then numbered in order of receipt.
const arrivals = Array.from({ length: N }, () => {
  const offer = pickOffer();
  const online = random() < (offer.online === 'none' ? 0 : offer.online === 'full' ? 0.78 : 0.55);
  const at = new Date(
    fromMs + Math.floor(random() * days) * 86_400_000 + Math.floor(random() * 24 * 60) * 60_000,
  );
  return {
    offer,
    online,
    received: online ? at : addWorkingTime(cal, at, { minutes: 1 + Math.floor(random() * 30) }),
  };
}).sort((a, b) => a.received.getTime() - b.received.getTime());
const localDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10); // Asia/Ho_Chi_Minh is UTC+7
let sequence = 0;
let lastDay = '';
for (let i = 0; i < N; i++) {
  const { offer, online, received } = arrivals[i] as (typeof arrivals)[number];
  const day = localDay(received);
  if (day !== lastDay) sequence = 0;
  lastDay = day;
  sequence++;
  const limit = limits.get(offer.code) ?? { workingDays: 1 };
  const due = dueDate(cal, received, limit);
  const allotted = workingTimeBetween(cal, received, due);
  const r = random();
  let supplementRequests = 0;
  let pausedMinutes = 0;
  let finished: Date | null;
  let outcome: DossierRecord['outcome'] = 'returned';
  let dueAt = due;
  let apology: Story['apology'];
  if (r < 0.06) {
    // one request to supplement: the clock pauses while the citizen completes the dossier
    supplementRequests = random() < 0.12 ? 2 : 1;
    pausedMinutes = Math.round(480 * (1 + random() * 3));
    dueAt = addWorkingTime(cal, due, { minutes: pausedMinutes });
    finished = addWorkingTime(cal, received, {
      minutes: Math.round((allotted + pausedMinutes) * (0.5 + random() * 0.45)),
    });
  } else if (r < 0.085 && 'workingDays' in limit && limit.workingDays >= 3) {
    // late: an apology and a new appointment, at least one day before the due date
    const slip = Math.round(480 * (1 + random() * 2));
    apology = {
      at: addWorkingTime(cal, due, { days: -1, hours: -1 }),
      newDue: addWorkingTime(cal, due, { minutes: slip }),
      reason: 'Cần xác minh thêm thông tin với cơ quan khác',
    };
    finished = addWorkingTime(cal, due, { minutes: Math.round(slip * (0.6 + random() * 0.4)) });
  } else if (r < 0.095) {
    outcome = 'withdrawn';
    finished = addWorkingTime(cal, received, {
      minutes: Math.round(allotted * random() * 0.5) + 1,
    });
  } else if (r < 0.1) {
    outcome = 'refused';
    finished = addWorkingTime(cal, received, { minutes: Math.round(allotted * 0.8) });
  } else {
    finished = addWorkingTime(cal, received, {
      minutes: Math.max(1, Math.round(allotted * (0.3 + random() * 0.69))),
    });
  }
  if (finished.getTime() >= Date.parse(TO)) finished = null; // still in progress at the end
  const record: DossierRecord = {
    code: `${AGENCY}-${day.slice(2).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`,
    procedure: offer.code,
    field: offer.field,
    unit: UNIT,
    channel: online ? 'online' : random() < 0.01 ? 'postal' : 'direct',
    receivedAt: received,
    dueAt,
    finishedAt: finished,
    outcome,
    supplementRequests,
    pausedMinutes,
    electronicResult: random() < (online ? 0.95 : 0.6),
    digitised: random() < 0.82,
    reusedData: random() < 0.4,
    paidOnline: online && random() < 0.7,
    complaint: random() < 0.004,
  };
  const story: Story = { record, offer, receivedAt: received, due: dueAt };
  if (apology) story.apology = apology;
  if (offer.code === 'LT-KS-TT-BHYT')
    story.steps = [
      { agency: 'Công an phường (thường trú)', allotted: '03 ngày làm việc' },
      { agency: 'Bảo hiểm xã hội (thẻ BHYT)', allotted: '02 ngày làm việc' },
    ];
  stories.push(story);
  if ((i + 1) % 400 === 0 || i + 1 === N) bar('hồ sơ', i + 1, N);
}
stories.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
const online = stories.filter((s) => s.record.channel === 'online').length;
console.log(
  `   ${N} hồ sơ, ${pct(online / N)} trực tuyến, ${stories.filter((s) => (s.record.supplementRequests ?? 0) > 0).length} yêu cầu bổ sung, ${stories.filter((s) => s.apology).length} xin lỗi hẹn lại, ${stories.filter((s) => s.steps).length} liên thông\n`,
);

// ---------------------------------------------------------------- 3. receipts across Tết
console.log('3. Giấy tiếp nhận và hẹn trả kết quả (qua Tết):');
const acrossTet = [
  stories.find(
    (s) =>
      s.offer.code === '1.000894' &&
      s.record.receivedAt instanceof Date &&
      s.receivedAt.toISOString() > '2026-02-11' &&
      s.receivedAt.toISOString() < '2026-02-14',
  ),
  stories.find(
    (s) =>
      s.offer.code === '2.000815' &&
      s.receivedAt.toISOString() > '2026-02-13T08:00' &&
      s.receivedAt.toISOString() < '2026-02-14',
  ),
  stories.find(
    (s) =>
      s.steps &&
      s.receivedAt.toISOString() > '2026-02-10' &&
      s.receivedAt.toISOString() < '2026-02-14',
  ),
].filter((s): s is Story => s !== undefined);
for (const s of acrossTet) {
  const limit = limits.get(s.offer.code) ?? { workingDays: 1 };
  const e = explainDueDate(cal, s.receivedAt, limit);
  console.log(`   ┌ ${s.record.code} — ${s.offer.name} (${s.offer.code})`);
  console.log(`   │ Tiếp nhận: ${hanoi(s.receivedAt)}   Thời hạn: ${formatProcessingTime(limit)}`);
  console.log(`   │ Hẹn trả:   ${hanoi(e.due)}`);
  if (s.steps)
    console.log(`   │ Liên thông: ${s.steps.map((x) => `${x.agency} ${x.allotted}`).join('; ')}`);
  console.log(
    `   └ Không tính: ${e.trace.length > 0 ? `${e.trace[0]?.date} … ${e.trace.at(-1)?.date} (${e.trace.length} ngày: cuối tuần, Tết Nguyên đán)` : '–'}`,
  );
}

// ---------------------------------------------------------------- 4. an apology letter
const late = stories.find((s) => s.apology);
if (late?.apology) {
  console.log(
    '\n4. Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04, Thông tư 01/2018 — nay: Văn bản xin lỗi và đề nghị gia hạn, Thông tư 03/2025):',
  );
  console.log(
    `   Hồ sơ ${late.record.code} (${late.offer.name}), tiếp nhận ${hanoi(late.receivedAt)}, hẹn trả ${hanoi(late.due)}.`,
  );
  console.log(
    `   Lý do chậm: ${late.apology.reason}. Thư xin lỗi gửi ${hanoi(late.apology.at)} (trước hạn ít nhất 1 ngày làm việc).`,
  );
  console.log(
    `   Hẹn lại: ${hanoi(late.apology.newDue)}. Trung tâm xin lỗi ông/bà vì sự chậm trễ này.`,
  );
}

// ---------------------------------------------------------------- 5. the report and the index
console.log('\n5. Báo cáo kết quả giải quyết / report');
const records = stories.map((s) => s.record);
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
  `   tiếp nhận ${c.received} · giải quyết ${c.settled} · trước hạn ${c.early} · đúng hạn ${c.onTime} · quá hạn ${c.late} · đang giải quyết ${c.inProgress} (quá hạn ${c.overdue}) · rút ${c.withdrawn} · từ chối ${c.refused}`,
);
console.log(
  `   Tỷ lệ đúng hạn (chỉ tiêu 2.1): ${pct(report.total.onTimeRate)} · trực tuyến: ${pct(report.total.onlineShare)} · kết quả điện tử: ${pct(report.total.electronicResultShare)} · TB ${report.total.averageWorkingDays?.toFixed(2)} ngày làm việc`,
);
console.log(`\n   ${pad('tháng', 8)} ${pad('tiếp nhận', 10)} ${pad('đúng hạn', 9)} trực tuyến`);
for (const [month, s] of Object.entries(report.groups.period ?? {}).sort()) {
  console.log(
    `   ${pad(month, 8)} ${pad(String(s.counts.received), 10)} ${pad(pct(s.onTimeRate), 9)} ${pct(s.onlineShare)}`,
  );
}
const index = serviceIndex({
  dossiers: agg,
  procedures: offers.map((o) => ({
    code: o.code,
    onlineLevel: o.online,
    hasFees: o.field === 'Chứng thực',
    onlinePayment: o.online !== 'none',
    complete: true,
  })),
});

// ---------------------------------------------------------------- 6. satisfaction
console.log('\n6. Mức độ hài lòng / satisfaction');
const evaluation = dossierEvaluation();
const sipas = sipasSurvey();
const evaluations = sampleResponses(evaluation, 1200, 7).map((r, i) => ({
  ...r,
  meta: { ...r.meta, unit: UNIT, dossierCode: stories[i % stories.length]?.record.code ?? '' },
}));
const valid = evaluations.filter((r) => validateResponse(evaluation, r).ok).length;
const sipasResponses = sampleResponses(sipas, 800, 11).map((r) => ({
  ...r,
  meta: { ...r.meta, unit: UNIT },
}));
const sipasAgg = aggregateSurvey(sipas, sipasResponses);
const evalAgg = aggregateSurvey(evaluation, evaluations);
console.log(
  `   Đánh giá theo hồ sơ: ${evalAgg.count} phiếu (${valid} hợp lệ), hài lòng chung ${pct(evalAgg.overall.satisfiedShare)}`,
);
console.log(`   SIPAS (${sipasAgg.count} phiếu) theo yếu tố:`);
for (const [key, el] of Object.entries(sipasAgg.elements) as [
  string,
  {
    satisfiedShare: number | null;
    satisfiedInterval: { lower: number; upper: number } | null;
    mean: number | null;
  },
][]) {
  const label = sipas.elements?.find((e) => e.key === key)?.label.vi ?? key;
  const ci = el.satisfiedInterval
    ? ` (95 %: ${pct(el.satisfiedInterval.lower)}–${pct(el.satisfiedInterval.upper)})`
    : '';
  console.log(`   · ${pad(label, 48)} ${pct(el.satisfiedShare)}${ci}`);
}
const withSurvey = serviceIndex({
  dossiers: agg,
  satisfaction: { count: evalAgg.count, satisfiedShare: evalAgg.overall.satisfiedShare },
  satisfactionSource: 'survey',
});

// ---------------------------------------------------------------- 7. the service index
console.log('\n7. Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg), phần tính được:');
for (const i of index.indicators) {
  if (!i.computable) continue;
  console.log(
    `   ${pad(i.id, 4)} ${pad(i.name.vi, 62)} ${pad(i.id === '2.2' ? `${i.value.toFixed(2)} ngày` : pct(i.value), 9)} ${i.points}/${i.maxPoints}`,
  );
}
console.log(
  `   Tổng: ${index.points}/${index.computableMaxPoints} điểm tính được → ${index.score}/100 (${index.band?.label.vi ?? ''}); ${index.indicators.filter((i) => !i.computable).length} chỉ tiêu cần dữ liệu khác (công bố TTHC, PAKN, kho dữ liệu).`,
);
const s54 = withSurvey.indicators.find((i) => i.id === '5.4');
if (s54?.computable)
  console.log(
    `   (5.4 theo khảo sát thay vì "không hài lòng": ${pct(s54.value)} → ${s54.points}/${s54.maxPoints})`,
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
  `\nĐã ghi / written: examples/out/dossiers.jsonl, report.json, report-by-procedure.csv`,
);
console.log(
  'Thử / try: npx -y pnpm@10.34.9 --filter @motcua/cli build && node packages/cli/dist/motcua.js report examples/out/dossiers.jsonl --by procedure',
);
