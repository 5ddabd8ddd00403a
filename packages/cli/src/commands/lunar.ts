import { canChi, formatLunarDate, fromLunar, toLunar } from '@motcua/sla';
import type { Command } from '../command';
import { json, UsageError } from '../io';

/** `motcua lunar <date>`: Gregorian → lunar, or `--to-solar` lunar → Gregorian. */
export const lunarCommand: Command = {
  name: 'lunar',
  summary: 'convert between Gregorian and Vietnamese lunar dates',
  usage: 'motcua lunar <YYYY-MM-DD> [--to-solar] [--leap] [--json]',
  help: `Convert a Gregorian date to the Vietnamese lunar calendar (UTC+7), or back.

Usage: motcua lunar <YYYY-MM-DD> [--json]
       motcua lunar <YYYY-MM-DD lunar> --to-solar [--leap] [--json]

  <YYYY-MM-DD>  a Gregorian civil date (1900–2199), or with --to-solar a lunar date
  --to-solar    read the date as lunar year-month-day and print the Gregorian date
  --leap        with --to-solar: the month is the leap month (tháng nhuận)
  --json        machine-readable output

Examples:
  motcua lunar 2026-02-17 --json             {"year":2026,"month":1,"day":1,"leap":false,…}
  motcua lunar 2033-11-01 --to-solar --leap  the first day of the leap 11th month of 2033

Exit codes: 0 success; 1 a date that does not exist or is out of range; 2 bad usage.`,
  options: { 'to-solar': { type: 'boolean' }, leap: { type: 'boolean' } },
  run({ bool, positionals, json: asJson }, io) {
    const [date, ...extra] = positionals;
    if (date === undefined) throw new UsageError('lunar needs a date YYYY-MM-DD');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    if (bool('leap') && !bool('to-solar')) throw new UsageError('--leap goes with --to-solar');
    if (bool('to-solar')) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      if (!m) throw new UsageError(`expected a lunar date YYYY-MM-DD, got '${date}'`);
      const lunar = {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        leap: bool('leap'),
      };
      const solar = fromLunar(lunar);
      if (asJson) io.out(json({ date: solar, lunar }));
      else io.out(`${solar}  (${formatLunarDate(lunar, 'vi')})`);
      return;
    }
    const lunar = toLunar(date);
    const names = canChi(lunar);
    if (asJson) {
      io.out(
        json({
          ...lunar,
          date,
          canChi: names,
          text: { vi: formatLunarDate(lunar, 'vi'), en: formatLunarDate(lunar, 'en') },
        }),
      );
    } else {
      io.out(`${date}  →  ${formatLunarDate(lunar, 'vi')}`);
      io.out(`            ${formatLunarDate(lunar, 'en')}`);
      io.out(`            năm ${names.year}, tháng ${names.month}, ngày ${names.day}`);
    }
  },
};
