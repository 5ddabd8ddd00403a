/**
 * PostgreSQL next to the SDK (issue #17): `motcua.due_date` and `motcua.aggregate_dossiers` over
 * 1,000,000 rows (`--rows N` to change), on PGlite and on a throwaway PostgreSQL server when its
 * binaries are installed, beside `dueDate` and `aggregateDossiers` in this Node process on the same
 * rows. Every SQL appointment is compared with the SDK's and the report figures must be equal, so the
 * benchmark is also a 1 M-row agreement check. Rewrites the PostgreSQL section of `RESULTS.md`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregateDossiers, type DossierRecord, postgresSql } from '@motcua/core';
import { dueDate, type ProcessingTime, vietnamCalendar } from '@motcua/sla';
import {
  type Database,
  pglite,
  server,
  serverBinaries,
} from '../packages/core/src/sql/cluster.test-support';
import { rng } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const rowsIdx = args.indexOf('--rows');
const N = rowsIdx >= 0 ? Number(args[rowsIdx + 1]) : 1_000_000;
const cal = vietnamCalendar();
const next = rng(766);
const limits: readonly ProcessingTime[] = [
  { workingDays: 3 },
  { workingDays: 5 },
  { workingDays: 10 },
  { workingHours: 4 },
  { days: 15 },
  { sameDay: { cutoff: '15:00' } },
];
const units = Array.from({ length: 126 }, (_, i) => String(10_000 + i * 7).padStart(5, '0'));
const FROM = '2026-01-01T00:00:00+07:00';
const TO = '2026-04-01T00:00:00+07:00';
const start = Date.parse('2025-12-01T00:00:00+07:00');
const span = Date.parse('2026-03-31T00:00:00+07:00') - start;

console.log(`generating ${N.toLocaleString('en')} dossiers…`);
const receipts: { at: Date; pt: ProcessingTime }[] = [];
for (let i = 0; i < N; i++) {
  receipts.push({
    at: new Date(start + Math.floor(next() * span)),
    pt: limits[Math.floor(next() * limits.length)] as ProcessingTime,
  });
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};
const timeAsync = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};

const [dues, sdkDueMs] = time(() => receipts.map((r) => dueDate(cal, r.at, r.pt)));
const records: DossierRecord[] = receipts.map((r, i) => {
  const due = dues[i] as Date;
  const took = Math.floor(next() * 20 * 86_400_000);
  const done = next() < 0.9;
  return {
    code: `B-${i}`,
    procedure: '2.000908',
    unit: units[i % units.length] as string,
    channel: next() < 0.6 ? 'online' : 'direct',
    receivedAt: r.at,
    dueAt: due,
    finishedAt: done ? new Date(r.at.getTime() + took) : null,
    outcome: done ? 'returned' : 'in-progress',
    supplementRequests: next() < 0.05 ? 1 : 0,
    electronicResult: next() < 0.5,
  };
});
const [agg, sdkReportMs] = time(() =>
  aggregateDossiers(records, { from: FROM, to: TO, by: ['unit'] }),
);

const rate = (n: number, ms: number) =>
  `${((n / ms) * 1000).toLocaleString('en', { maximumFractionDigits: 0 })}/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const lines: string[] = [
  `### PostgreSQL: ${N.toLocaleString('en')} dossiers (postgres.ts)`,
  'Target: report only (the same answers as the SDK, every row checked)',
  '',
  '| where | due_date over every row | rate | 766 report by unit (126 wards) |',
  '| --- | --- | --- | --- |',
  `| @motcua/sla dueDate, @motcua/core aggregateDossiers (Node) | ${seconds(sdkDueMs)} | ${rate(N, sdkDueMs)} | ${seconds(sdkReportMs)} |`,
];

async function run(db: Database): Promise<void> {
  await db.exec(postgresSql({ from: 2019, to: 2030 }));
  await db.exec(
    'create table bench_receipts (received_at timestamptz, pt jsonb, sdk_due timestamptz)',
  );
  const batch = 50_000;
  for (let i = 0; i < N; i += batch) {
    await db.query(
      'insert into bench_receipts select * from jsonb_to_recordset($1::jsonb) as x(received_at timestamptz, pt jsonb, sdk_due timestamptz)',
      [
        JSON.stringify(
          receipts
            .slice(i, i + batch)
            .map((r, j) => ({ received_at: r.at, pt: r.pt, sdk_due: dues[i + j] })),
        ),
      ],
    );
    await db.query(
      `insert into motcua.dossier_records (code, procedure, unit, channel, received_at, due_at, finished_at, outcome, supplement_requests, electronic_result)
       select code, procedure, unit, channel, "receivedAt", "dueAt", "finishedAt", outcome, "supplementRequests", "electronicResult"
       from jsonb_to_recordset($1::jsonb) as x(code text, procedure text, unit text, channel text, "receivedAt" timestamptz,
         "dueAt" timestamptz, "finishedAt" timestamptz, outcome text, "supplementRequests" integer, "electronicResult" boolean)`,
      [JSON.stringify(records.slice(i, i + batch))],
    );
  }
  const [[due], dueMs] = await timeAsync(() =>
    db.query<{ n: number; wrong: number }>(
      'select count(*)::int as n, count(*) filter (where motcua.due_date(received_at, pt) <> sdk_due)::int as wrong from bench_receipts',
    ),
  );
  if (due?.n !== N || due.wrong !== 0)
    throw new Error(`${db.name}: ${due?.wrong} of ${due?.n} appointments differ from the SDK's`);
  const [rows, reportMs] = await timeAsync(() =>
    db.query<{ key: string; counts: unknown }>(
      'select key, counts from motcua.aggregate_dossiers($1, $2, $3)',
      [FROM, TO, 'unit'],
    ),
  );
  const want = JSON.parse(JSON.stringify(agg.groups.unit)) as Record<string, unknown>;
  const same =
    rows.length === Object.keys(want).length &&
    rows.every((r) => JSON.stringify(r.counts, sorted) === JSON.stringify(want[r.key], sorted));
  if (!same)
    throw new Error(`${db.name}: the report differs from aggregateDossiers (${rows.length} units)`);
  lines.push(
    `| motcua.due_date, motcua.aggregate_dossiers on ${db.name} | ${seconds(dueMs)} | ${rate(N, dueMs)} | ${seconds(reportMs)} |`,
  );
  console.log(lines.at(-1));
}

/** JSON.stringify replacer that writes object keys in sorted order (jsonb does not keep key order). */
function sorted(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

console.log(lines.join('\n'));
for (const open of [
  pglite,
  ...(serverBinaries() === null ? [] : [() => server(serverBinaries() as string)]),
]) {
  const db = await open();
  try {
    await run(db);
  } finally {
    await db.close();
  }
}
if (serverBinaries() === null)
  lines.push('', 'PostgreSQL server: not installed on this machine, not measured.');
lines.push(
  '',
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}. Every SQL appointment equals the SDK's and the report's figures are equal (checked in the run). PGlite is single-threaded WebAssembly in this process; the server runs with fsync off (a throwaway cluster).`,
);

const path = join(here, 'RESULTS.md');
const marker = '<!-- PostgreSQL figures below are written by `pnpm bench:postgres` -->';
const previous = readFileSync(path, 'utf8');
const head = previous.includes(marker)
  ? previous.slice(0, previous.indexOf(marker))
  : `${previous.trimEnd()}\n\n`;
writeFileSync(path, `${head}${marker}\n\n${lines.join('\n')}\n`);
console.log(`wrote ${path}`);
