import {
  type DayDescription,
  type DayKind,
  daysOff,
  diffCalendars,
  makeUpDays,
  vietnamCalendar,
} from '@motcua/sla';
import { safeParseSchedule } from '@motcua/sla/schedule';
import type { Command } from '../command';
import { InputError, json, readJson, table, UsageError } from '../io';

const KIND_VI: Readonly<Record<DayKind, string>> = {
  holiday: 'ngày lễ',
  tet: 'Tết',
  compensatory: 'nghỉ bù',
  swapped: 'hoán đổi',
  'make-up': 'làm bù',
  local: 'địa phương',
};

/** `motcua calendar [year]`: a year's official days off and make-up working days. */
export const calendarCommand: Command = {
  name: 'calendar',
  aliases: ['holidays'],
  summary: "a year's days off and make-up working days (public sector)",
  usage:
    'motcua calendar [YEAR] [--schedule file.json] [--locale vi|en] [--json]\n       motcua calendar diff [YEAR] --schedule file.json [--locale vi|en] [--json]',
  help: `Print a year's days off of the public-sector calendar (civil servants, Monday–Friday week):
holidays, Tết, compensatory and swapped days, with the announcing document, and the make-up
working Saturdays. Years without a published schedule are computed from the rules and marked
"estimated".

Usage: motcua calendar [YEAR] [--schedule file.json] [--locale vi|en] [--json]
       motcua calendar diff [YEAR] --schedule file.json [--locale vi|en] [--json]

  diff        what an announced schedule changes against the estimate for the year: every date
              whose working status or hours change (recompute the appointments across them)

  YEAR        the year (default: the year of the newest official schedule shipped)
  --schedule  a newer schedule document (JSON, see the guide "Working calendars") to apply
  --locale    language of the names: vi (default) or en
  --json      { year, daysOff: [...], makeUpDays: [...] }

Exit codes: 0 success; 1 bad schedule file or year out of range; 2 bad usage.`,
  options: { schedule: { type: 'string' }, locale: { type: 'string' } },
  run({ str, positionals, json: asJson }, io) {
    const diff = positionals[0] === 'diff';
    const [yearText, ...extra] = diff ? positionals.slice(1) : positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    let year = yearText === undefined ? 2026 : Number(yearText);
    if (!Number.isInteger(year) || (yearText !== undefined && !/^\d{4}$/.test(yearText))) {
      throw new UsageError(`YEAR must be a 4-digit year, got '${yearText}'`);
    }
    const locale = str('locale') ?? 'vi';
    if (locale !== 'vi' && locale !== 'en')
      throw new UsageError(`--locale must be vi or en, got '${String(locale)}'`);
    const estimate = vietnamCalendar();
    let calendar = estimate;
    const schedule = str('schedule');
    if (diff && schedule === undefined)
      throw new UsageError('calendar diff needs --schedule <file.json> (the announced schedule)');
    if (schedule !== undefined) {
      const parsed = safeParseSchedule(readJson(schedule), { locale });
      if (!parsed.ok) {
        const lines = parsed.issues.map((i) => `  ${i.message}`);
        throw new InputError(`${schedule}: not a valid schedule:\n${lines.join('\n')}`);
      }
      calendar = vietnamCalendar({ schedules: [parsed.value] });
      const first = parsed.value.years?.[0];
      if (yearText === undefined && first !== undefined) year = first;
    }
    const weekday = (d: string) =>
      new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
        weekday: 'short',
        timeZone: 'UTC',
      }).format(new Date(`${d}T00:00:00Z`));
    if (diff) {
      // What the announcement changes against the estimate: recompute appointments across these dates.
      const changes = diffCalendars(estimate, calendar, {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      });
      if (asJson) {
        io.out(json({ year, changes }));
        return;
      }
      const state = (d: DayDescription) =>
        `${d.working ? (locale === 'vi' ? 'làm việc' : 'working') : locale === 'vi' ? 'nghỉ' : 'day off'}${d.name ? ` (${d.name[locale]})` : ''}`;
      io.out(
        locale === 'vi'
          ? `Thay đổi so với lịch ước tính năm ${year}: ${changes.length} ngày`
          : `Changes against the ${year} estimate: ${changes.length} day(s)`,
      );
      io.out(
        table(
          locale === 'vi'
            ? ['ngày', 'thứ', 'ước tính', 'theo thông báo']
            : ['date', 'day', 'estimate', 'announced'],
          changes.map((c) => [c.date, weekday(c.date), state(c.before), state(c.after)]),
        ),
      );
      return;
    }
    const off = daysOff(calendar, year);
    const work = makeUpDays(calendar, year);
    if (asJson) {
      io.out(json({ year, daysOff: off, makeUpDays: work }));
      return;
    }
    const mark = (estimated: boolean) =>
      estimated ? (locale === 'vi' ? ' (ước tính)' : ' (estimated)') : '';
    io.out(
      locale === 'vi' ? `Lịch nghỉ khu vực công năm ${year}` : `Public-sector days off, ${year}`,
    );
    io.out(
      table(
        locale === 'vi'
          ? ['ngày', 'thứ', 'loại', 'tên', 'căn cứ']
          : ['date', 'day', 'kind', 'name', 'source'],
        off.map((d) => [
          d.date,
          weekday(d.date),
          locale === 'vi' ? KIND_VI[d.kind] : d.kind,
          `${d.name[locale]}${mark(d.estimated)}`,
          d.source?.document ?? '–',
        ]),
      ),
    );
    if (work.length > 0) {
      io.out('');
      io.out(locale === 'vi' ? 'Ngày làm bù (làm việc):' : 'Make-up working days:');
      for (const d of work)
        io.out(`  ${d.date} ${weekday(d.date)}  ${d.name[locale]}${mark(d.estimated)}`);
    }
  },
};
