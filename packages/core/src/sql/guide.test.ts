/**
 * The guide "Deadlines and reports in PostgreSQL" runs as written: every SQL statement of its
 * ```sql blocks is executed on PGlite after the migration (with two dossiers loaded by the guide's
 * own insert), and the answers its comments state are checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pglite } from './cluster.test-support';
import { postgresSql } from './postgres';

const guide = readFileSync(
  join(__dirname, '../../../../docs/guides/deadlines-and-reports-in-postgresql.md'),
  'utf8',
);
const records = JSON.stringify([
  {
    code: 'A',
    procedure: '2.000908',
    unit: '00235',
    channel: 'online',
    receivedAt: '2026-02-13T10:00:00+07:00',
    dueAt: '2026-02-27T10:00:00+07:00',
    finishedAt: '2026-02-26T09:00:00+07:00',
    outcome: 'returned',
  },
  {
    code: 'B',
    procedure: '2.000908',
    unit: '00238',
    channel: 'direct',
    receivedAt: '2026-03-02T10:00:00+07:00',
    dueAt: '2026-03-05T10:00:00+07:00',
  },
]);

it('every SQL statement of the PostgreSQL guide runs, with the answers it states', async () => {
  const db = await pglite();
  try {
    await db.exec(postgresSql({ from: 2019, to: 2030 }));
    await db.exec(`set timezone = 'America/Los_Angeles'`);
    const statements = [...guide.matchAll(/```sql\n([\s\S]*?)```/g)].flatMap((m) =>
      (m[1] as string)
        .split(/;[ \t]*(--[^\n]*)?\n/)
        .map((x) => (x ?? '').trim())
        .filter((x) => x !== '' && !x.startsWith('--')),
    );
    expect(statements.length).toBeGreaterThan(8);
    const answers: Record<string, unknown>[][] = [];
    for (const sql of statements)
      answers.push(await db.query(sql, sql.includes('$1') ? [records] : undefined));
    const text = (i: number) => JSON.stringify(answers[i]);
    // The comments beside the statements of section 3.
    const at = (needle: string) => statements.findIndex((s) => s.includes(needle));
    expect(text(at("add_working_days('2026-02-13', 1)"))).toContain('2026-02-23');
    const fiveDays = statements.findIndex(
      (x) => x.includes('{"workingDays":5}') && !x.includes('end-of-day'),
    );
    expect(text(fiveDays)).toContain('2026-02-27T03:00:00.000Z');
    expect(text(at('motcua.timeliness('))).toContain('early');
    // The monthly rows are named by Vietnam's months whatever the session's zone.
    expect(text(at("to_char(m at time zone 'Asia/Ho_Chi_Minh'"))).toContain('"month":"2026-01"');
    expect(text(at("to_char(m at time zone 'Asia/Ho_Chi_Minh'"))).not.toContain('2025-12');
  } finally {
    await db.close();
  }
}, 120_000);
