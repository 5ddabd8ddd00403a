/**
 * The working calendar and the deadline rules as PostgreSQL: a calendar table generated from a
 * {@link WorkingCalendar} and SQL functions that give the same answers as the TypeScript ones, so
 * that a dashboard computing figures over millions of dossiers in the database applies the SDK's
 * rules exactly.
 *
 * @module
 */
import { daysFromCivil, formatCivilDate } from '../_lib/civil';
import { calendarYear, FIRST_CALENDAR_YEAR, LAST_YEAR } from '../_lib/range';
import { offsetMinutes } from '../_lib/zone';
import type { WorkingCalendar } from '../calendar/calendar';
import { describeDay } from '../calendar/days';
import { intervalsOf, stateOf } from '../calendar/state';
import { MAX_AMOUNT } from '../deadline/value';
import { SlaError } from '../errors';

/**
 * Options of {@link postgresCalendarSql}.
 *
 * @example
 * ```ts
 * import type { PostgresCalendarOptions } from '@motcua/sla';
 * const options: PostgresCalendarOptions = { from: 2019, to: 2030 };
 * ```
 * @category PostgreSQL
 */
export interface PostgresCalendarOptions {
  /** The first year of the calendar table (default 2019). */
  readonly from?: number | undefined;
  /** The last year of the calendar table (default 2030). */
  readonly to?: number | undefined;
}

/** A SQL string literal: quotes doubled, NUL characters (which PostgreSQL text cannot hold) dropped. */
function lit(s: string | null | undefined): string {
  if (s === null || s === undefined) return 'null';
  return `'${s.replaceAll('\u0000', '').replaceAll("'", "''")}'`;
}

function yearOption(value: unknown, fallback: number, what: 'from' | 'to'): number {
  return value === undefined ? fallback : calendarYear(value, 'postgresCalendarSql', what);
}

/** Raises a bilingual error from SQL: `raise exception using errcode, message`. */
function raise(errcode: string, vi: string, en: string, args = ''): string {
  return `raise exception using errcode = '${errcode}', message = format(${lit(`${vi} / ${en}`)}${args})`;
}

/**
 * Generates a PostgreSQL migration (run it with `psql -f`, or as one statement batch from any
 * client) holding a working calendar and the SDK's deadline rules, in schema `motcua`:
 *
 * - table `motcua.calendar`: one row per day of the years `[from, to]` (`day`, `working`, `kind`
 *   (`working`, `weekend`, `day-off`, `make-up`, `override`), `name_vi`, `name_en`, `document`,
 *   `estimated`, `sessions` (the working intervals as minutes of the day, `{480,720,780,1020}`),
 *   `working_minutes`, and the running totals `working_days_before` and
 *   `working_minutes_before` that turn day and minute arithmetic into one index lookup);
 * - functions `motcua.is_working_day(date)`, `motcua.add_working_days(date, integer)`,
 *   `motcua.working_days_between(date, date)`, `motcua.working_minutes_between(timestamptz,
 *   timestamptz)`, `motcua.due_date(timestamptz, jsonb [, convention text])` (every
 *   {@link ProcessingTime} kind {@link dueDate} handles) and `motcua.timeliness(finished, due [,
 *   granularity])` (early / on-time / late, as {@link classifyTimeliness}).
 *
 * Civil dates are read in the calendar's zone (`Asia/Ho_Chi_Minh`) whatever the server's
 * `TimeZone`; instants are taken to the millisecond, as JavaScript does. A date or result outside
 * the table raises SQLSTATE `22008` and a bad processing time `22023`, each with a Vietnamese and
 * English message. The migration is idempotent: it replaces the calendar's rows and the functions
 * and keeps any other table of the schema, so a new official year is one regeneration.
 *
 * @param cal - The calendar (e.g. {@link vietnamCalendar}, with the schedules to apply).
 * @param options - The years of the table.
 * @returns The migration's SQL text.
 * @throws {SlaError} `OUT_OF_RANGE` for years outside the supported range or `from > to`,
 * `INVALID_ARGUMENT` for a year that is not a whole number.
 * @example
 * ```ts
 * import { postgresCalendarSql, vietnamCalendar } from '@motcua/sla';
 * const sql = postgresCalendarSql(vietnamCalendar(), { from: 2025, to: 2026 });
 * sql.includes('create or replace function motcua.due_date'); //=> true
 * ```
 * @category PostgreSQL
 */
export function postgresCalendarSql(
  cal: WorkingCalendar,
  options?: PostgresCalendarOptions,
): string {
  const s = stateOf(cal, 'postgresCalendarSql');
  const from = yearOption(options?.from, 2019, 'from');
  const to = yearOption(options?.to, 2030, 'to');
  if (from > to) {
    throw new SlaError(
      'OUT_OF_RANGE',
      {
        en: `postgresCalendarSql: from (${from}) is after to (${to})`,
        vi: `postgresCalendarSql: năm bắt đầu (${from}) sau năm kết thúc (${to})`,
      },
      { from, to },
    );
  }
  // The running totals count from the SDK's first day, as its own tables do, so that the floating
  // point sums of working minutes are the very numbers the TypeScript functions add.
  const base = daysFromCivil(FIRST_CALENDAR_YEAR, 1, 1);
  const first = daysFromCivil(from, 1, 1);
  const last = daysFromCivil(to, 12, 31);
  let daysBefore = 0;
  let minutesBefore = 0;
  for (let d = base; d < first; d++) {
    let m = 0;
    for (const x of intervalsOf(s, d)) m += x.end - x.start;
    if (m > 0) daysBefore++;
    minutesBefore += m;
  }
  const rows: string[] = [];
  for (let d = first; d <= last; d++) {
    const intervals = intervalsOf(s, d);
    let m = 0;
    const sessions: number[] = [];
    for (const x of intervals) {
      m += x.end - x.start;
      sessions.push(x.start, x.end);
    }
    const desc = describeDay(cal, formatCivilDate(d));
    const source = desc.entry?.source?.document ?? null;
    rows.push(
      `('${desc.date}',${m > 0},'${desc.kind}',${lit(desc.name?.vi)},${lit(desc.name?.en)},${lit(source)},${desc.entry?.estimated === true},'{${sessions.join(',')}}',${m},${daysBefore},${minutesBefore})`,
    );
    if (m > 0) daysBefore++;
    minutesBefore += m;
  }
  const inserts: string[] = [];
  for (let i = 0; i < rows.length; i += 366) {
    inserts.push(
      `insert into motcua.calendar (day, working, kind, name_vi, name_en, document, estimated, sessions, working_minutes, working_days_before, working_minutes_before) values\n${rows.slice(i, i + 366).join(',\n')};`,
    );
  }
  const zone = lit(cal.timeZone);
  const std = cal.standardDayMinutes;
  const range = `${from}-01-01 … ${to}-12-31`;
  const lastMs = Date.UTC(LAST_YEAR + 1, 0, 1);
  const lastDay = last;
  // Most zones (Vietnam's since 1975) keep one offset over the table's years: the offset is then a
  // constant the planner inlines, and the zone's rules are consulted only outside those years.
  const general = `((extract(epoch from (motcua._instant(ms) at time zone ${zone})) - extract(epoch from motcua._instant(ms))) * 1000)::double precision`;
  const fixedFrom = Date.UTC(from - 1, 0, 1);
  const fixedTo = Date.UTC(to + 2, 0, 1);
  let fixed: number | null = offsetMinutes(cal.timeZone, fixedFrom) * 60_000;
  for (let ms = fixedFrom; ms < fixedTo; ms += 3_600_000) {
    if (offsetMinutes(cal.timeZone, ms) * 60_000 !== fixed) {
      fixed = null;
      break;
    }
  }
  const rangeVi = `motcua.%s: %s nằm ngoài bảng lịch (${range}); hãy tạo lại bằng motcua sql`;
  const rangeEn = `motcua.%s: %s is outside the calendar table (${range}); regenerate it with motcua sql`;
  return `-- motcua: the working calendar and the deadline rules for PostgreSQL (schema motcua).
-- Generated by @motcua/sla postgresCalendarSql for ${from}–${to}, time zone ${cal.timeZone}.
-- Apply with: psql -v ON_ERROR_STOP=1 -f calendar.sql. Regenerate when a new official schedule
-- is published: the calendar's rows and the functions are replaced; other tables are kept.
begin;
create schema if not exists motcua;

create table if not exists motcua.calendar (
  day date primary key,
  working boolean not null,
  kind text not null check (kind in ('working', 'weekend', 'day-off', 'make-up', 'override')),
  name_vi text,
  name_en text,
  document text,
  estimated boolean not null default false,
  sessions integer[] not null,
  working_minutes integer not null,
  working_days_before integer not null,
  working_minutes_before double precision not null
);
comment on table motcua.calendar is 'One row per day: working or not, why, the working sessions (minutes of the day) and running totals of working days and minutes (generated by motcua sql).';
create index if not exists calendar_working_ordinal on motcua.calendar (working_days_before) where working;
create index if not exists calendar_minutes_through on motcua.calendar ((working_minutes_before + working_minutes), day);
truncate motcua.calendar;
${inserts.join('\n')}

create or replace function motcua._raise_range(fn text, x text) returns void language plpgsql immutable as $$
begin
  ${raise('22008', rangeVi, rangeEn, ', fn, x, fn, x')};
end $$;

-- Milliseconds since the epoch of an instant (truncated to the millisecond, as a JavaScript Date).
create or replace function motcua._ms(t timestamptz) returns double precision language sql immutable parallel safe as $$
  select floor(extract(epoch from t) * 1000)::double precision
$$;

create or replace function motcua._instant(ms double precision) returns timestamptz language sql immutable parallel safe as $$
  select 'epoch'::timestamptz + trunc(ms)::bigint * interval '1 millisecond'
$$;

-- The calendar zone's offset from UTC at an instant, in milliseconds${fixed === null ? '' : ` (constant over the table's years, ${fixed / 60_000} minutes)`}.
create or replace function motcua._offset_ms(ms double precision) returns double precision language sql immutable parallel safe as $$
  select ${fixed === null ? general : `case when ms >= ${fixedFrom} and ms < ${fixedTo} then ${fixed}::double precision else ${general} end`}
$$;

-- The instant of local day number d (days since 1970-01-01) at minute m, in the calendar's zone.
create or replace function motcua._from_local(d integer, m double precision) returns double precision language plpgsql immutable parallel safe as $$
declare
  local_ms double precision := d::double precision * 86400000 + m * 60000;
  utc double precision := local_ms - motcua._offset_ms(local_ms);
  again double precision := local_ms - motcua._offset_ms(utc);
begin
  if again <> utc then utc := least(utc, again); end if;
  return utc;
end $$;

create or replace function motcua._day(d integer) returns motcua.calendar language plpgsql stable parallel safe as $$
declare r motcua.calendar;
begin
  select * into r from motcua.calendar where day = date '1970-01-01' + d;
  if not found then perform motcua._raise_range('calendar', (date '1970-01-01' + d)::text); end if;
  return r;
end $$;

-- Working minutes from the SDK's first day to an instant.
create or replace function motcua._position(ms double precision) returns double precision language plpgsql stable parallel safe as $$
declare
  local_ms double precision := ms + motcua._offset_ms(ms);
  d integer := floor(local_ms / 86400000);
  m double precision := (local_ms - d::double precision * 86400000) / 60000;
  r motcua.calendar := motcua._day(d);
  w double precision := 0;
  i integer := 1;
begin
  while i < coalesce(array_length(r.sessions, 1), 0) loop
    exit when m <= r.sessions[i];
    w := w + (least(m, r.sessions[i + 1]::double precision) - r.sessions[i]);
    i := i + 2;
  end loop;
  return r.working_minutes_before + w;
end $$;

-- The earliest instant at which the position reaches target (> 0).
create or replace function motcua._earliest(target double precision) returns double precision language plpgsql stable parallel safe as $$
declare
  r motcua.calendar;
  rest double precision;
  len double precision;
  i integer := 1;
begin
  if target > 0 then
    select * into r from motcua.calendar
      where working_minutes_before + working_minutes >= target
      order by working_minutes_before + working_minutes, day limit 1;
  end if;
  if r.day is null or target <= r.working_minutes_before then
    perform motcua._raise_range('due_date', 'the result');
  end if;
  rest := target - r.working_minutes_before;
  while i < array_length(r.sessions, 1) loop
    len := r.sessions[i + 1] - r.sessions[i];
    if rest <= len then return motcua._from_local(r.day - date '1970-01-01', r.sessions[i] + rest); end if;
    rest := rest - len;
    i := i + 2;
  end loop;
  perform motcua._raise_range('due_date', 'the result');
end $$;

-- The close of business (end of the last session) of a working day, as milliseconds.
create or replace function motcua._close(d integer) returns double precision language plpgsql stable parallel safe as $$
declare r motcua.calendar := motcua._day(d);
begin
  return motcua._from_local(d, r.sessions[array_length(r.sessions, 1)]);
end $$;

create or replace function motcua._add_working_days(d integer, n integer) returns integer language plpgsql stable parallel safe as $$
declare
  r motcua.calendar := motcua._day(d);
  target bigint;
  res date;
begin
  if n = 0 then return d; end if;
  target := case when n > 0 then r.working_days_before + (case when r.working then 1 else 0 end) + n
                 else r.working_days_before + n + 1 end;
  select day into res from motcua.calendar where working and working_days_before = target - 1;
  if res is null then perform motcua._raise_range('add_working_days', 'the result'); end if;
  return res - date '1970-01-01';
end $$;

-- Whether a date is a working day of the calendar (as isWorkingDay).
create or replace function motcua.is_working_day(d date) returns boolean language plpgsql stable parallel safe as $$
declare w boolean;
begin
  select working into w from motcua.calendar where day = d;
  if w is null then perform motcua._raise_range('is_working_day', d::text); end if;
  return w;
end $$;

-- The date n working days after (or before, n < 0) a date (as addWorkingDays).
create or replace function motcua.add_working_days(d date, n integer) returns date language sql stable parallel safe as $$
  select date '1970-01-01' + motcua._add_working_days(d - date '1970-01-01', n)
$$;

-- The working days in (a, b], negative when b < a (as workingDaysBetween).
create or replace function motcua.working_days_between(a date, b date) returns integer language plpgsql stable parallel safe as $$
declare
  ra motcua.calendar := motcua._day(a - date '1970-01-01');
  rb motcua.calendar := motcua._day(b - date '1970-01-01');
begin
  if b >= a then
    return (rb.working_days_before + (case when rb.working then 1 else 0 end))
         - (ra.working_days_before + (case when ra.working then 1 else 0 end));
  end if;
  return -(ra.working_days_before - rb.working_days_before);
end $$;

-- The working minutes in [a, b), negative when b < a (as workingTimeBetween).
create or replace function motcua.working_minutes_between(a timestamptz, b timestamptz) returns double precision language sql stable parallel safe as $$
  select motcua._position(motcua._ms(b)) - motcua._position(motcua._ms(a))
$$;

-- The appointment (as dueDate): received_at plus a processing time given as the SDK's JSON
-- ('{"workingDays":5}', '{"days":30}', '{"sameDay":{"cutoff":"15:00"}}', …), under the
-- 'working-hours' (default) or 'end-of-day' convention.
create or replace function motcua.due_date(received_at timestamptz, processing_time jsonb, convention text default 'working-hours') returns timestamptz language plpgsql stable parallel safe as $$
declare
  kinds constant text[] := array['workingDays','workingHours','days','weeks','months','hours','minutes','sameDay','immediate','noLimit'];
  kind text;
  k text;
  v jsonb;
  n double precision := 0;
  ms double precision := motcua._ms(received_at);
  local_ms double precision := ms + motcua._offset_ms(ms);
  d integer := floor(local_ms / 86400000);
  m double precision := (local_ms - d::double precision * 86400000) / 60000;
  r motcua.calendar;
  cutoff integer;
  closing integer;
  last integer;
  y integer;
  mo integer;
  dd integer;
  months integer;
  minutes double precision;
  start double precision;
  i integer := 1;
begin
  if processing_time is null or jsonb_typeof(processing_time) <> 'object' then
    ${raise('22023', 'motcua.due_date: thời hạn giải quyết không hợp lệ (cần một đối tượng): %s', 'not a processing time (an object is expected): %s', ', processing_time, processing_time')};
  end if;
  for k in select jsonb_object_keys(processing_time) loop
    if k = any(kinds) then
      if kind is not null then
        ${raise('22023', 'motcua.due_date: cần đúng một loại thời hạn: %s', 'exactly one kind of limit is expected: %s', ', processing_time, processing_time')};
      end if;
      kind := k;
    end if;
  end loop;
  if kind is null then
    ${raise('22023', 'motcua.due_date: cần đúng một loại thời hạn: %s', 'exactly one kind of limit is expected: %s', ', processing_time, processing_time')};
  end if;
  v := processing_time -> kind;
  if kind = 'sameDay' then
    if jsonb_typeof(v -> 'cutoff') is distinct from 'string' or (v ->> 'cutoff') !~ '^([01][0-9]|2[0-4]):[0-5][0-9]$' then
      ${raise('22023', 'motcua.due_date: sameDay.cutoff phải có dạng HH:mm: %s', 'sameDay.cutoff must be HH:mm: %s', ', processing_time, processing_time')};
    end if;
    cutoff := substr(v ->> 'cutoff', 1, 2)::integer * 60 + substr(v ->> 'cutoff', 4, 2)::integer;
    if cutoff > 1440 then
      ${raise('22023', 'motcua.due_date: sameDay.cutoff phải từ 00:00 đến 24:00: %s', 'sameDay.cutoff must be from 00:00 to 24:00: %s', ', processing_time, processing_time')};
    end if;
  elsif kind in ('immediate', 'noLimit') then
    if v is distinct from 'true'::jsonb then
      ${raise('22023', 'motcua.due_date: %s phải là true', '%s must be true', ', kind, kind')};
    end if;
  else
    if jsonb_typeof(v) <> 'number' or (v::text)::numeric <= 0 then
      ${raise('22023', 'motcua.due_date: %s phải là số dương', '%s must be a positive number', ', kind, kind')};
    end if;
    -- JSON reads 1e400 as Infinity and 1e-400 as 0 in JavaScript: not a positive finite amount.
    if (v::text)::numeric >= 1e308 or (v::text)::numeric < 1e-300 then
      ${raise('22023', 'motcua.due_date: %s phải là số dương hữu hạn', '%s must be a positive finite number', ', kind, kind')};
    end if;
    if (v::text)::numeric > (case kind ${Object.entries(MAX_AMOUNT)
      .map(([k, max]) => `when '${k}' then ${max}`)
      .join(' ')} end) then
      ${raise('22008', 'motcua.due_date: %s = %s quá lớn, ngoài khoảng năm được hỗ trợ', '%s = %s is too large for the supported years', ', kind, v, kind, v')};
    end if;
    n := (v::text)::double precision;
    if kind in ('days', 'weeks', 'months', 'minutes') and n <> trunc(n) then
      ${raise('22023', 'motcua.due_date: %s phải là số nguyên', '%s must be a whole number', ', kind, kind')};
    end if;
  end if;

  if kind = 'noLimit' then
    ${raise('22023', 'motcua.due_date: thủ tục không quy định thời hạn giải quyết nên không có ngày hẹn trả', 'the procedure has no statutory processing time, so there is no due date')};
  elsif kind = 'sameDay' then
    r := motcua._day(d);
    closing := coalesce(r.sessions[array_length(r.sessions, 1)], 0);
    if r.working_minutes > 0 and (m < cutoff or (m = cutoff and cutoff > 0)) and m < closing then
      return motcua._instant(motcua._close(d));
    end if;
    return motcua._instant(motcua._close(motcua._add_working_days(d, 1)));
  elsif kind = 'immediate' then
    r := motcua._day(d);
    while i < coalesce(array_length(r.sessions, 1), 0) loop
      if m < r.sessions[i + 1] then return motcua._instant(motcua._from_local(d, r.sessions[i + 1])); end if;
      i := i + 2;
    end loop;
    last := motcua._add_working_days(d, 1);
    r := motcua._day(last);
    return motcua._instant(motcua._from_local(last, r.sessions[2]));
  elsif kind in ('hours', 'minutes') then
    -- Clock time: the calendar is not read, but the receipt and the result must lie in its years.
    r := motcua._day(d);
    start := ms + n * (case when kind = 'hours' then 3600000 else 60000 end);
    if start >= least(${lastMs}, motcua._from_local(${lastDay + 1}, 0)) then
      perform motcua._raise_range('due_date', 'the result');
    end if;
    return motcua._instant(start);
  elsif kind in ('days', 'weeks', 'months') then
    r := motcua._day(d); -- the receipt's day must be in the table, as for every other kind
    if kind = 'months' then
      y := extract(year from date '1970-01-01' + d);
      mo := extract(month from date '1970-01-01' + d);
      dd := extract(day from date '1970-01-01' + d);
      months := y * 12 + (mo - 1) + n::integer;
      y := floor(months / 12.0);
      mo := months - y * 12 + 1;
      if y > ${LAST_YEAR} then perform motcua._raise_range('due_date', 'the result'); end if;
      last := (make_date(y, mo, 1) + least(dd, extract(day from (make_date(y, mo, 1) + interval '1 month' - interval '1 day'))::integer) - 1) - date '1970-01-01';
    else
      last := d + (case when kind = 'weeks' then 7 else 1 end) * n::integer;
    end if;
    r := motcua._day(last);
    if r.working_minutes = 0 then last := motcua._add_working_days(last, 1); end if;
    return motcua._instant(motcua._close(last));
  end if;

  minutes := case when kind = 'workingDays' then n * ${std} else n * 60 end;
  if convention = 'end-of-day' then
    last := motcua._add_working_days(d, 1);
    r := motcua._day(last);
    start := motcua._from_local(last, coalesce(r.sessions[1], 0));
    if kind = 'workingDays' and n = trunc(n) then
      return motcua._instant(motcua._close(motcua._add_working_days(d, n::integer)));
    end if;
    return motcua._instant(motcua._earliest(motcua._position(start) + minutes));
  elsif convention is distinct from 'working-hours' then
    ${raise('22023', 'motcua.due_date: quy ước tính không hợp lệ %s (working-hours hoặc end-of-day)', 'unknown convention %s (working-hours or end-of-day)', ', convention, convention')};
  end if;
  return motcua._instant(motcua._earliest(motcua._position(ms) + minutes));
end $$;

-- An instant without its offset would be read in the session's zone: refused, as the SDK refuses
-- a string without an offset (an explicit ::timestamptz, or a literal with +07, is an instant).
create or replace function motcua.due_date(received_at timestamp, processing_time jsonb, convention text default 'working-hours') returns timestamptz language plpgsql immutable as $$
begin
  ${raise('22023', 'motcua.due_date: thời điểm %s không có múi giờ; hãy ghi +07', 'the instant %s has no offset; add +07 (or cast to timestamptz)', ', received_at, received_at')};
end $$;

-- Early, on time or late (as classifyTimeliness): late after the appointment; early when finished
-- on a day before the appointment's day ('day', default) or before the appointment ('instant').
create or replace function motcua.timeliness(finished_at timestamptz, due_at timestamptz, granularity text default 'day') returns text language plpgsql immutable parallel safe as $$
declare
  f double precision := motcua._ms(finished_at);
  u double precision := motcua._ms(due_at);
begin
  if f > u then return 'late'; end if;
  if granularity = 'instant' then return case when f < u then 'early' else 'on-time' end; end if;
  return case when floor((f + motcua._offset_ms(f)) / 86400000) < floor((u + motcua._offset_ms(u)) / 86400000)
    then 'early' else 'on-time' end;
end $$;
commit;
`;
}
