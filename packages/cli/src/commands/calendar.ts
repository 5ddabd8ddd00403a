import { daysOff, makeUpDays, vietnamCalendar } from '@motcua/sla';
import { safeParseSchedule } from '@motcua/sla/schedule';
import type { Command } from '../command';
import { InputError, json, readJson, table, UsageError } from '../io';

const short = (s: string) => (s.length > 48 ? `${s.slice(0, 47)}…` : s);

/** `motcua calendar [year]`: a year's official days off and make-up working days. */
export const calendarCommand: Command = {
  name: 'calendar',
  aliases: ['holidays'],
  summary: "a year's days off and make-up working days (public sector)",
  usage: 'motcua calendar [YEAR] [--schedule file.json] [--locale vi|en] [--json]',
  help: `Print a year's days off of the public-sector calendar (civil servants, Monday–Friday week):
holidays, Tết, compensatory and swapped days, with the announcing document, and the make-up
working Saturdays. Years without a published schedule are computed from the rules and marked
"estimated".

Usage: motcua calendar [YEAR] [--schedule file.json] [--locale vi|en] [--json]

  YEAR        the year (default: the year of the newest official schedule shipped)
  --schedule  a newer schedule document (JSON, see the guide "Working calendars") to apply
  --locale    language of the names: vi (default) or en
  --json      { year, daysOff: [...], makeUpDays: [...] }

Exit codes: 0 success; 1 bad schedule file or year out of range; 2 bad usage.`,
  options: { schedule: { type: 'string' }, locale: { type: 'string' } },
  run({ str, positionals, json: asJson }, io) {
    const [yearText, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const year = yearText === undefined ? 2026 : Number(yearText);
    if (!Number.isInteger(year) || (yearText !== undefined && !/^\d{4}$/.test(yearText))) {
      throw new UsageError(`YEAR must be a 4-digit year, got '${yearText}'`);
    }
    const locale = str('locale') ?? 'vi';
    if (locale !== 'vi' && locale !== 'en')
      throw new UsageError(`--locale must be vi or en, got '${String(locale)}'`);
    let calendar = vietnamCalendar();
    const schedule = str('schedule');
    if (schedule !== undefined) {
      const parsed = safeParseSchedule(readJson(schedule), { locale });
      if (!parsed.ok) {
        const lines = parsed.issues.map((i) => `  ${i.message}`);
        throw new InputError(`${schedule}: not a valid schedule:\n${lines.join('\n')}`);
      }
      calendar = vietnamCalendar({ schedules: [parsed.value] });
    }
    const off = daysOff(calendar, year);
    const work = makeUpDays(calendar, year);
    if (asJson) {
      io.out(json({ year, daysOff: off, makeUpDays: work }));
      return;
    }
    const weekday = (d: string) =>
      new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
        weekday: 'short',
        timeZone: 'UTC',
      }).format(new Date(`${d}T00:00:00Z`));
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
          d.kind,
          `${d.name[locale]}${mark(d.estimated)}`,
          short(d.source?.document ?? '–'),
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
