/**
 * SQL against the SDK (issue #17): the migration of `motcua sql` applied to PGlite and, when
 * PostgreSQL's server binaries are installed, to a throwaway real server; then, for generated cases
 * (100,000 per function under TZ=UTC, `MOTCUA_SQL_CASES` to change), every SQL function must give the
 * SDK's answer exactly (or fail where the SDK fails), with the session's zone set away from Vietnam's;
 * and `motcua.aggregate_dossiers` must give the figures of `aggregateDossiers` over generated records
 * and the sample dossiers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addWorkingDays,
  classifyTimeliness,
  dueDate,
  isSlaError,
  isWorkingDay,
  type ProcessingTime,
  vietnamCalendar,
  workingDaysBetween,
  workingTimeBetween,
} from '@motcua/sla';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateDossiers } from '../report/aggregate';
import type { DossierRecord } from '../report/record';
import { type Database, pglite, server, serverBinaries } from './cluster.test-support';
import { postgresSql } from './postgres';

const cal = vietnamCalendar();
const FROM_YEAR = 2019;
const TO_YEAR = 2030;
// 100,000 cases per function in the first zone of the test command (UTC) or when run alone; the
// other zones re-run 10,000 (the SQL side does not depend on the host's zone, the SDK side is
// zone-tested everywhere else).
const CASES = Number(
  process.env['MOTCUA_SQL_CASES'] ??
    (process.env['TZ'] === undefined || process.env['TZ'] === 'UTC' ? 100_000 : 10_000),
);
const migration = postgresSql({ from: FROM_YEAR, to: TO_YEAR });
const TABLE_FIRST = Date.parse('2019-01-01T00:00:00+07:00');
const TABLE_END = Date.parse('2031-01-01T00:00:00+07:00');
const VN = 7 * 3_600_000;

/** A seeded sample of an arbitrary (the same cases on every run and in every zone). */
const sample = <T>(arb: fc.Arbitrary<T>, seed: number, n = CASES): T[] =>
  fc.sample(arb, { seed, numRuns: n });

const dayArb = fc
  .integer({ min: Date.parse('2019-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
/** Instants in 2019-06 … 2030-06: any millisecond, or a minute at a session boundary. */
const instantArb = fc.oneof(
  fc.integer({ min: Date.parse('2019-06-01T00:00:00Z'), max: Date.parse('2030-06-30T00:00:00Z') }),
  fc
    .tuple(
      fc.integer({ min: 18_048, max: 21_730 }), // epoch days 2019-06-01 … 2029-06-30
      fc.constantFrom(
        0,
        420,
        479,
        480,
        481,
        660,
        690,
        719,
        720,
        721,
        750,
        780,
        899,
        900,
        901,
        990,
        1019,
        1020,
        1021,
        1439,
      ),
      fc.constantFrom(0, 0, 1, 30_000, 59_999),
    )
    .map(([d, m, extra]) => d * 86_400_000 + m * 60_000 + extra - VN),
  // Around and beyond the table's ends (2019-01-01 … 2030-12-31).
  fc.constantFrom(
    Date.parse('2018-12-31T20:00:00+07:00'),
    Date.parse('2019-01-01T00:00:00+07:00'),
    Date.parse('2030-12-31T16:59:59+07:00'),
    Date.parse('2030-12-31T20:00:00+07:00'),
    Date.parse('2035-06-01T09:00:00+07:00'),
  ),
);
const ptArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((n) => ({ workingDays: n })),
  fc.integer({ min: 1, max: 79 }).map((n) => ({ workingDays: n / 2 })),
  fc.double({ min: 0.01, max: 30, noNaN: true }).map((n) => ({ workingDays: n })),
  fc.integer({ min: 1, max: 120 }).map((n) => ({ workingHours: n })),
  fc.double({ min: 0.01, max: 100, noNaN: true }).map((n) => ({ workingHours: n })),
  fc.integer({ min: 1, max: 120 }).map((n) => ({ days: n })),
  fc.integer({ min: 1, max: 12 }).map((n) => ({ weeks: n })),
  fc.integer({ min: 1, max: 6 }).map((n) => ({ months: n })),
  fc.integer({ min: 1, max: 240 }).map((n) => ({ hours: n })),
  fc.double({ min: 0.01, max: 100, noNaN: true }).map((n) => ({ hours: n })),
  fc.integer({ min: 1, max: 3000 }).map((n) => ({ minutes: n })),
  fc
    .constantFrom('00:00', '11:00', '11:30', '15:00', '16:30', '17:00', '24:00')
    .map((cutoff) => ({ sameDay: { cutoff } })),
  fc.constant({ immediate: true }),
  fc.constant({ noLimit: true }),
  // Not processing times: both sides must refuse them.
  fc.constantFrom<unknown>(
    { workingDays: 0 },
    { workingDays: -3 },
    { days: 1.5 },
    { workingDays: 2, days: 3 },
    {},
    { sameDay: { cutoff: '9:00' } },
    { sameDay: { cutoff: '24:30' } },
    { immediate: false },
    { workingDays: '5' },
    { workingDays: 200_000 },
    [],
  ),
);

type Outcome = string; // an ISO instant / date / value, or 'ERR:range' / 'ERR:invalid'

/** The SDK's answer, with its failures classed as the SQL classes them (SQLSTATE 22008 / 22023). */
function sdk(f: () => string | number | boolean): Outcome {
  try {
    return String(f());
  } catch (e) {
    if (!isSlaError(e)) throw e;
    return e.code === 'OUT_OF_RANGE' ? 'ERR:range' : 'ERR:invalid';
  }
}

/** Where the SDK answers past the table's last year, the table must say it is out of range. */
const inTable = (iso: string): Outcome => {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso);
  return ms >= TABLE_FIRST && ms < TABLE_END ? iso : 'ERR:range';
};

/** Evaluates `expr` (over `c`, one JSON case) for every case in one statement, failures caught. */
async function evaluate(db: Database, expr: string, cases: readonly unknown[]): Promise<Outcome[]> {
  await db.exec(`create or replace function pg_temp.try_case(c jsonb) returns text language plpgsql as $$
begin
  return (${expr})::text;
exception when sqlstate '22008' then return 'ERR:range';
          when sqlstate '22023' then return 'ERR:invalid';
end $$;`);
  const out: Outcome[] = [];
  for (let i = 0; i < cases.length; i += 20_000) {
    const rows = await db.query<{ r: string }>(
      'select pg_temp.try_case(c) as r from jsonb_array_elements($1::jsonb) with ordinality as t(c, i) order by i',
      [JSON.stringify(cases.slice(i, i + 20_000))],
    );
    for (const row of rows) out.push(row.r);
  }
  return out;
}

const iso = `to_char(%s at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The first disagreements, for a readable failure. */
function disagreements(cases: readonly unknown[], want: Outcome[], got: Outcome[]) {
  const bad: { case: unknown; sdk: Outcome; sql: Outcome | undefined }[] = [];
  for (let i = 0; i < want.length && bad.length < 5; i++)
    if (want[i] !== got[i]) bad.push({ case: cases[i], sdk: want[i] as Outcome, sql: got[i] });
  return bad;
}

const binaries = serverBinaries();
const targets: { name: string; open: (() => Promise<Database>) | null }[] = [
  { name: 'PGlite', open: pglite },
  { name: 'PostgreSQL server', open: binaries === null ? null : () => server(binaries) },
];
if (binaries === null && process.env['CI'])
  throw new Error(
    'CI: PostgreSQL server binaries (initdb, pg_ctl) not found; .ci/run installs Debian postgresql',
  );

for (const target of targets) {
  const suite = target.open === null ? describe.skip : describe;
  suite(`SQL = SDK on ${target.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      if (target.open === null) return;
      db = await target.open();
      await db.exec(migration);
      // Civil dates must be Vietnam's whatever the server's zone.
      await db.exec(`set timezone = 'America/Los_Angeles'`);
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    it('answers the contract examples', async () => {
      const [r] = await db.query<{ a: string; d: string; w: number }>(
        `select motcua.add_working_days('2026-02-13'::date, 1)::text as a,
                ${iso.replace('%s', `motcua.due_date('2026-02-13 10:00+07'::timestamptz, '{"workingDays":5}'::jsonb)`)} as d,
                motcua.working_days_between('2026-02-13', '2026-02-27') as w`,
      );
      expect(r).toEqual({ a: '2026-02-23', d: '2026-02-27T03:00:00.000Z', w: 5 });
    });

    it(`is_working_day agrees on ${CASES} dates`, async () => {
      const cases = sample(dayArb, 1);
      const want = cases.map((d) => sdk(() => isWorkingDay(cal, d)));
      const got = await evaluate(
        db,
        `motcua.is_working_day((c->>0)::date)`,
        cases.map((d) => [d]),
      );
      expect(disagreements(cases, want, got)).toEqual([]);
    }, 300_000);

    it(`add_working_days agrees on ${CASES} cases`, async () => {
      const cases = sample(
        fc.tuple(
          dayArb,
          fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -3000, max: 3000 })),
        ),
        2,
      );
      const want = cases.map(([d, n]) => {
        const r = sdk(() => addWorkingDays(cal, d, n));
        return r.startsWith('ERR') ? r : inTable(r);
      });
      const got = await evaluate(
        db,
        `motcua.add_working_days((c->>0)::date, (c->>1)::integer)`,
        cases,
      );
      expect(disagreements(cases, want, got)).toEqual([]);
    }, 300_000);

    it(`working_days_between agrees on ${CASES} pairs`, async () => {
      const cases = sample(fc.tuple(dayArb, dayArb), 3);
      const want = cases.map(([a, b]) => sdk(() => workingDaysBetween(cal, a, b)));
      const got = await evaluate(
        db,
        `motcua.working_days_between((c->>0)::date, (c->>1)::date)`,
        cases,
      );
      expect(disagreements(cases, want, got)).toEqual([]);
    }, 300_000);

    it(`working_minutes_between agrees on ${CASES} pairs`, async () => {
      const cases = sample(fc.tuple(instantArb, instantArb), 4).map(([a, b]) => [
        new Date(a).toISOString(),
        new Date(b).toISOString(),
      ]);
      const want = cases.map(([a, b]) =>
        inTable(a as string) === a && inTable(b as string) === b
          ? sdk(() => workingTimeBetween(cal, new Date(a as string), new Date(b as string)))
          : 'ERR:range',
      );
      const got = await evaluate(
        db,
        `motcua.working_minutes_between((c->>0)::timestamptz, (c->>1)::timestamptz)`,
        cases,
      );
      // Compared as numbers: float8 and JavaScript print the same double differently (1e-05).
      const numbers = got.map((g) => (g.startsWith('ERR') ? g : String(Number(g))));
      expect(disagreements(cases, want, numbers)).toEqual([]);
    }, 300_000);

    it(`due_date agrees on ${CASES} receipts and processing times, both conventions`, async () => {
      const cases = sample(
        fc.tuple(instantArb, ptArb, fc.constantFrom('working-hours', 'end-of-day')),
        5,
      ).map(([at, pt, convention]) => [new Date(at).toISOString(), pt, convention] as const);
      const want = cases.map(([at, pt, convention]) => {
        const r = sdk(() =>
          dueDate(cal, new Date(at), pt as ProcessingTime, { convention }).toISOString(),
        );
        // The table answers only for receipts and results within its years.
        return r.startsWith('ERR') ? r : inTable(at) === at ? inTable(r) : 'ERR:range';
      });
      const got = await evaluate(
        db,
        iso.replace('%s', `motcua.due_date((c->>0)::timestamptz, c->1, c->>2)`),
        cases,
      );
      expect(disagreements(cases, want, got)).toEqual([]);
      // The sample covers every kind, in range and out of it, and the refusals.
      expect(new Set(want.filter((w) => w.startsWith('ERR')))).toEqual(
        new Set(['ERR:invalid', 'ERR:range']),
      );
    }, 300_000);

    it(`timeliness agrees on ${CASES} pairs, both granularities`, async () => {
      const cases = sample(
        fc.tuple(
          instantArb,
          fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
          fc.constantFrom('day', 'instant'),
        ),
        6,
      ).map(([due, d, g]) => [new Date(due + d).toISOString(), new Date(due).toISOString(), g]);
      const want = cases.map(([f, d, g]) =>
        sdk(() =>
          classifyTimeliness(new Date(f as string), new Date(d as string), {
            granularity: g as 'day' | 'instant',
          }),
        ),
      );
      const got = await evaluate(
        db,
        `motcua.timeliness((c->>0)::timestamptz, (c->>1)::timestamptz, c->>2)`,
        cases,
      );
      expect(disagreements(cases, want, got)).toEqual([]);
    }, 300_000);

    const recordArb: fc.Arbitrary<DossierRecord> = fc
      .record({
        i: fc.nat(),
        unit: fc.constantFrom('00235', '00238', '00241', '09877'),
        procedure: fc.constantFrom('2.000908', '1.001612', '2.002165'),
        field: fc.option(fc.constantFrom('ho-tich', 'chung-thuc'), { nil: undefined }),
        channel: fc.constantFrom('direct', 'online', 'postal' as const),
        received: fc.integer({
          min: Date.parse('2025-11-01T00:00:00Z'),
          max: Date.parse('2026-05-01T00:00:00Z'),
        }),
        due: fc.option(fc.integer({ min: 0, max: 20 * 86_400_000 }), { nil: null }),
        took: fc.option(fc.integer({ min: 0, max: 30 * 86_400_000 }), { nil: null }),
        outcome: fc.option(
          fc.constantFrom(
            'done',
            'returned',
            'refused',
            'stopped',
            'withdrawn',
            'refused-at-reception',
            'not-received',
            'in-progress' as const,
          ),
          { nil: undefined },
        ),
        supplements: fc.constantFrom(0, 0, 0, 1, 1, 2),
        open: fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }), { nil: null }),
        applies: fc.constantFrom(true, true, true, false, undefined),
        paused: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
        flags: fc.array(fc.option(fc.boolean(), { nil: undefined }), {
          minLength: 5,
          maxLength: 5,
        }),
      })
      .map((x) => {
        const outcome = x.outcome;
        const [electronicResult, digitised, reusedData, paidOnline, complaint] = x.flags;
        return {
          code: `R-${x.i}`,
          procedure: x.procedure,
          field: x.field,
          unit: x.unit,
          channel: x.channel,
          receivedAt: new Date(x.received).toISOString(),
          dueAt: x.due === null ? null : new Date(x.received + x.due).toISOString(),
          finishedAt:
            x.took === null || outcome === 'in-progress'
              ? null
              : new Date(x.received + x.took).toISOString(),
          outcome,
          supplementRequests: x.supplements,
          openSupplementAt: x.open === null ? null : new Date(x.received + x.open).toISOString(),
          timelinessApplies: x.applies,
          pausedMinutes: x.paused,
          electronicResult,
          digitised,
          reusedData,
          paidOnline,
          complaint,
        };
      });

    const sampleRecords = readFileSync(
      join(__dirname, '../../../../examples/dossiers/sample.jsonl'),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as DossierRecord);
    const records: DossierRecord[] = [
      ...sampleRecords,
      ...sample(recordArb, 7, Math.min(CASES, 20_000)),
    ];

    it(`aggregate_dossiers gives aggregateDossiers' figures over ${records.length} records`, async () => {
      await db.exec('truncate motcua.dossier_records');
      const columns = `code text, procedure text, field text, unit text, channel text,
        "receivedAt" timestamptz, "dueAt" timestamptz, "finishedAt" timestamptz, outcome text,
        "supplementRequests" integer, "openSupplementAt" timestamptz, "timelinessApplies" boolean,
        "pausedMinutes" double precision, "electronicResult" boolean, digitised boolean,
        "reusedData" boolean, "paidOnline" boolean, complaint boolean`;
      for (let i = 0; i < records.length; i += 5000) {
        await db.query(
          `insert into motcua.dossier_records
           select code, procedure, field, unit, channel, "receivedAt", "dueAt", "finishedAt", outcome,
             coalesce("supplementRequests", 0), "openSupplementAt", coalesce("timelinessApplies", true),
             coalesce("pausedMinutes", 0), "electronicResult", digitised, "reusedData", "paidOnline", complaint
           from jsonb_to_recordset($1::jsonb) as x(${columns})`,
          [JSON.stringify(records.slice(i, i + 5000))],
        );
      }
      const periods = [
        ['2026-01-01T00:00:00+07:00', '2026-04-01T00:00:00+07:00'],
        ['2026-02-01T00:00:00+07:00', '2026-03-01T00:00:00+07:00'],
        ['2025-12-15T10:30:00+07:00', '2026-02-20T16:45:00+07:00'],
      ] as const;
      for (const [from, to] of periods) {
        for (const by of [null, 'unit', 'procedure', 'field', 'channel'] as const) {
          for (const early of ['day', 'instant'] as const) {
            const agg = aggregateDossiers(records, {
              from,
              to,
              by: by === null ? [] : [by],
              earlyGranularity: early,
            });
            const want =
              by === null ? { total: agg.total } : (agg.groups[by] as Record<string, unknown>);
            const rows = await db.query<{ key: string | null; counts: unknown }>(
              'select key, counts from motcua.aggregate_dossiers($1, $2, $3, $4)',
              [from, to, by, early],
            );
            const got = Object.fromEntries(rows.map((r) => [r.key ?? 'total', r.counts]));
            expect(got, `${from} … ${to} by ${by} early ${early}`).toEqual(
              JSON.parse(JSON.stringify(want)),
            );
          }
        }
      }
    }, 300_000);

    it('gives the zero totals of an empty period and the groups of never-received dossiers', async () => {
      await db.exec('truncate motcua.dossier_records');
      await db.exec(`insert into motcua.dossier_records (code, procedure, unit, channel, received_at, outcome)
        values ('N-1', '2.000908', 'U1', 'online', '2026-02-02 09:00:00.0009+07', 'not-received')`);
      const rows = [
        {
          code: 'N-1',
          procedure: '2.000908',
          unit: 'U1',
          channel: 'online' as const,
          receivedAt: '2026-02-02T09:00:00.000+07:00',
          outcome: 'not-received' as const,
        },
      ];
      for (const [from, to, by] of [
        ['2025-01-01T00:00:00+07:00', '2025-02-01T00:00:00+07:00', null],
        ['2026-02-01T00:00:00+07:00', '2026-03-01T00:00:00+07:00', 'unit'],
        ['2026-02-02T09:00:00.0005+07:00', '2026-03-01T00:00:00+07:00', null],
      ] as const) {
        const agg = aggregateDossiers(rows, { from, to, by: by === null ? [] : [by] });
        const want = by === null ? { total: agg.total } : agg.groups[by];
        const got = await db.query<{ key: string | null; counts: unknown }>(
          'select key, counts from motcua.aggregate_dossiers($1, $2, $3)',
          [from, to, by],
        );
        expect(Object.fromEntries(got.map((r) => [r.key ?? 'total', r.counts]))).toEqual(
          JSON.parse(JSON.stringify(want)),
        );
      }
      await expect(
        db.query(`select * from motcua.aggregate_dossiers(null, '2026-03-01')`),
      ).rejects.toThrow(/from < to/);
      await expect(
        db.query(`select motcua.due_date('2026-02-13 10:00'::timestamp, '{"workingDays":5}')`),
      ).rejects.toThrow(/không có múi giờ.*has no offset/);
    });

    it('refuses a record aggregateDossiers refuses, and a bad period', async () => {
      await expect(
        db.exec(
          `insert into motcua.dossier_records (code, procedure, unit, channel, received_at, finished_at, outcome)
           values ('X', '2.000908', '00235', 'online', '2026-02-02 09:00+07', '2026-02-01 09:00+07', 'returned')`,
        ),
      ).rejects.toThrow(/finished_after_received/);
      await expect(
        db.exec(
          `insert into motcua.dossier_records (code, procedure, unit, channel, received_at) values ('X', '2.000908', '00235', 'fax', now())`,
        ),
      ).rejects.toThrow(/channel/);
      await expect(
        db.query(`select * from motcua.aggregate_dossiers('2026-02-01', '2026-01-01')`),
      ).rejects.toThrow(/from < to/);
    });

    it('a date outside the table is an error in both languages, not a guess', async () => {
      await expect(db.query(`select motcua.is_working_day('2031-01-02')`)).rejects.toThrow(
        /nằm ngoài bảng lịch .* outside the calendar table/,
      );
      await expect(db.query(`select motcua.due_date(now(), '{"noLimit":true}')`)).rejects.toThrow(
        /không quy định thời hạn .* no statutory processing time/,
      );
    });

    it('applying the migration again keeps the records and replaces the calendar', async () => {
      const [before] = await db.query<{ n: number }>(
        'select count(*)::int as n from motcua.dossier_records',
      );
      await db.exec(migration);
      const [after] = await db.query<{ n: number; days: number }>(
        'select (select count(*)::int from motcua.dossier_records) as n, (select count(*)::int from motcua.calendar) as days',
      );
      expect(after?.n).toBe(before?.n);
      expect(after?.days).toBe(Math.round((TABLE_END - TABLE_FIRST) / 86_400_000));
    }, 120_000);
  });
}

if (binaries === null)
  console.warn(
    'SQL suite on a real PostgreSQL server skipped: initdb/pg_ctl not found. Install it (Debian: `apt-get install postgresql`) and run the tests again.',
  );
