import { postgresSql } from '@motcua/core';
import { vietnamCalendar } from '@motcua/sla';
import { safeParseSchedule } from '@motcua/sla/schedule';
import type { Command } from '../command';
import { InputError, readJson, UsageError } from '../io';

function year(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`${flag} must be a 4-digit year, got '${text}'`);
  return Number(text);
}

/** `motcua sql`: the PostgreSQL migration (calendar table, deadline functions, 766 report). */
export const sqlCommand: Command = {
  name: 'sql',
  summary: 'the calendar, deadline rules and 766 report as a PostgreSQL migration',
  usage: 'motcua sql [--from YEAR] [--to YEAR] [--schedule file.json] > motcua.sql',
  help: `Print a PostgreSQL migration (schema "motcua") with the working calendar and the SDK's rules:
table motcua.calendar (one row per day: working or not, kind, names in Vietnamese and English,
document, estimated, working sessions), functions motcua.is_working_day, add_working_days,
working_days_between, working_minutes_between, due_date (every processing-time kind, in
Asia/Ho_Chi_Minh whatever the server's zone) and timeliness, table motcua.dossier_records and
function motcua.aggregate_dossiers (the figures of aggregateDossiers). Their answers equal the
SDK's. Applying it again (a new official year) replaces the calendar and keeps the records.

Usage: motcua sql [--from YEAR] [--to YEAR] [--schedule file.json] > motcua.sql
       psql -v ON_ERROR_STOP=1 -f motcua.sql

  --from      the first year of the calendar table (default 2019)
  --to        the last year of the calendar table (default 2030)
  --schedule  a newer official schedule (JSON, see the guide "Working calendars") to apply

Example:
  motcua sql --from 2019 --to 2030 > calendar.sql && psql -f calendar.sql
  psql -c "select motcua.add_working_days('2026-02-13', 1)"     2026-02-23

Exit codes: 0 success; 1 a year out of range or a bad schedule file; 2 bad usage.`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    schedule: { type: 'string' },
  },
  run({ str, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const from = year(str('from'), '--from', 2019);
    const to = year(str('to'), '--to', 2030);
    if (from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
    let calendar = vietnamCalendar();
    const schedule = str('schedule');
    if (schedule !== undefined) {
      const parsed = safeParseSchedule(readJson(schedule));
      if (!parsed.ok) {
        const lines = parsed.issues.map((i) => `  ${i.message}`);
        throw new InputError(`${schedule}: not a valid schedule:\n${lines.join('\n')}`);
      }
      calendar = vietnamCalendar({ schedules: [parsed.value] });
    }
    io.out(postgresSql({ from, to, calendar }).trimEnd());
  },
};
