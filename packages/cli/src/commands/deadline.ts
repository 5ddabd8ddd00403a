import {
  explainDueDate,
  formatInstant,
  formatProcessingTime,
  parseInstant,
  parseProcessingTime,
  startOfCivilDay,
  vietnamCalendar,
} from '@motcua/sla';
import type { Command } from '../command';
import { json, UsageError } from '../io';

/** `motcua deadline`: received instant + processing time → due instant, with the explanation trace. */
export const deadlineCommand: Command = {
  name: 'deadline',
  summary: 'due instant of a dossier from its receipt and processing time',
  usage:
    'motcua deadline --received <instant> --limit <text> [--convention working-hours|end-of-day] [--locale vi|en] [--json]',
  help: `Compute when a dossier's result is due (the appointment, hẹn trả) on the public-sector calendar,
and explain it: the days skipped and why.

Usage: motcua deadline --received <instant> --limit <text> [options]

  --received    when the dossier was received: ISO 8601 with an offset (2026-02-13T10:00:00+07:00),
                or as clerks write it, read in Việt Nam's time: 13/02/2026, 13/02/2026 10:00, 10:00 13/02/2026
  --limit       the processing time as published ("05 ngày làm việc", "0,5 ngày làm việc", "15 ngày",
                "02 tháng", "Trong thời hạn 24 giờ", "Giải quyết ngay", "Trong ngày; nếu tiếp nhận sau
                15 giờ thì trả kết quả trong ngày làm việc tiếp theo"); alternatives are listed
  --convention  working-hours (default: the clock runs from the receipt, as receipts print) or
                end-of-day (counting starts the next working day; due at its close)
  --locale      language of the explanation: vi (default) or en
  --json        {"due": "<ISO instant UTC>", "dueLocal": …, "start": …, "processingTime": …, "trace": […]}

Example:
  motcua deadline --received 2026-02-13T10:00:00+07:00 --limit "05 ngày làm việc" --json
  → {"due":"2026-02-27T03:00:00.000Z", …}   (Tết 16–20/2 and the weekend are skipped)

Exit codes: 0 success; 1 an instant or a processing time that cannot be read; 2 bad usage.`,
  options: {
    received: { type: 'string' },
    limit: { type: 'string' },
    convention: { type: 'string' },
    locale: { type: 'string' },
  },
  run({ str, positionals, json: asJson }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const received = str('received');
    const limit = str('limit');
    if (typeof received !== 'string') throw new UsageError('--received is required');
    if (typeof limit !== 'string') throw new UsageError('--limit is required');
    const convention = str('convention') ?? 'working-hours';
    if (convention !== 'working-hours' && convention !== 'end-of-day') {
      throw new UsageError(
        `--convention must be working-hours or end-of-day, got '${String(convention)}'`,
      );
    }
    const locale = str('locale') ?? 'vi';
    if (locale !== 'vi' && locale !== 'en')
      throw new UsageError(`--locale must be vi or en, got '${String(locale)}'`);
    // The clerk's dd/mm/yyyy [hh:mm] read in Asia/Ho_Chi_Minh, else the SDK's one instant reader
    // (an ISO 8601 instant with its offset); anything else is bad input (exit 1).
    const receivedAt = readClerkInstant(received) ?? parseInstant(received, { name: '--received' });
    const processingTime = parseProcessingTime(limit);
    // The due date is the standard limit's; the alternatives are listed after the trace.
    const { alternatives: _alternatives, ...standard } = processingTime;
    const calendar = vietnamCalendar();
    const explained = explainDueDate(calendar, receivedAt, processingTime, { convention });
    if (asJson) {
      io.out(
        json({
          due: explained.due.toISOString(),
          received: receivedAt.toISOString(),
          receivedLocal: withOffset(receivedAt),
          start: explained.start.toISOString(),
          processingTime,
          convention,
          trace: explained.trace,
          text: explained.text,
          estimatedYears: explained.estimatedYears,
        }),
      );
      return;
    }
    // As receipts print them, in Việt Nam's time whatever the host's zone.
    const local = (d: Date) => formatInstant(d, { locale, timeZone: calendar.timeZone });
    io.out(
      locale === 'vi'
        ? `Hẹn trả kết quả: ${local(explained.due)}`
        : `Result due: ${local(explained.due)}`,
    );
    io.out(`  (${explained.due.toISOString()})`);
    io.out(
      locale === 'vi'
        ? `Tiếp nhận: ${formatInstant(receivedAt, { style: 'letter' })} (${withOffset(receivedAt)})`
        : `Received: ${formatInstant(receivedAt, { style: 'letter', locale: 'en' })} (${withOffset(receivedAt)})`,
    );
    io.out(
      locale === 'vi'
        ? `Thời hạn: ${formatProcessingTime(standard, 'vi')}; bắt đầu tính: ${local(explained.start)}`
        : `Limit: ${formatProcessingTime(standard, 'en')}; counting from: ${local(explained.start)}`,
    );
    if (explained.trace.length > 0) {
      // Calendar periods count days off; only those at the end moved the deadline.
      const calendarPeriod =
        'days' in processingTime || 'weeks' in processingTime || 'months' in processingTime;
      io.out(
        calendarPeriod
          ? locale === 'vi'
            ? 'Ngày cuối rơi vào ngày nghỉ, hạn chuyển sang ngày làm việc tiếp theo:'
            : 'The last day fell on days off; the deadline moved to the next working day:'
          : locale === 'vi'
            ? 'Ngày không tính:'
            : 'Days not counted:',
      );
      for (const t of explained.trace) {
        const day = formatInstant(startOfCivilDay(t.date), { locale, style: 'date' });
        // A weekly rest day's reason is its weekday, already printed.
        const reason = t.reason[locale];
        io.out(`  ${day}${day.startsWith(reason) ? '' : `: ${reason}`}`);
      }
    }
    if (explained.estimatedYears.length > 0) {
      const years = explained.estimatedYears.join(', ');
      io.out(
        locale === 'vi'
          ? `Lưu ý: ngày nghỉ năm ${years} là ước tính (chưa có thông báo chính thức); ngày hẹn có thể thay đổi khi lịch nghỉ được công bố.`
          : `Note: the days off of ${years} are estimated (no official notice yet); the appointment may change when the schedule is announced.`,
      );
    }
    for (const a of processingTime.alternatives ?? [])
      io.out(
        locale === 'vi'
          ? `Thời hạn khác: ${a.condition}: ${formatProcessingTime(a.limit, 'vi')}`
          : `Other limit: ${a.condition}: ${formatProcessingTime(a.limit, 'en')}`,
      );
  },
};

const CLERK =
  /^\s*(?:(\d{1,2})[:h](\d{2})\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?\s*$/;

/**
 * The way desk clerks write a time: `dd/mm/yyyy`, `hh:mm dd/mm/yyyy` or `dd/mm/yyyy hh:mm` (a
 * missing time is 00:00), read in Asia/Ho_Chi_Minh explicitly; `undefined` when the text is not in
 * that form. A date or time that does not exist is bad input.
 */
export function readClerkInstant(text: string): Date | undefined {
  const m = CLERK.exec(text);
  if (m === null) return undefined;
  const [, h1, mi1, d, mo, y, h2, mi2] = m;
  const hh = Number(h1 ?? h2 ?? 0);
  const mi = Number(mi1 ?? mi2 ?? 0);
  if (h1 !== undefined && h2 !== undefined) return undefined;
  if (hh > 23 || mi > 59) return undefined;
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // startOfCivilDay refuses a date that does not exist (31/02) with INVALID_DATE (exit 1).
  return new Date(startOfCivilDay(date, VIETNAM).getTime() + (hh * 60 + mi) * 60_000);
}

const VIETNAM = 'Asia/Ho_Chi_Minh';

/** An instant as ISO 8601 in Việt Nam's time, with its offset: `2026-02-12T10:00:00+07:00`. */
function withOffset(d: Date): string {
  const local = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}
