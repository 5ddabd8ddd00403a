import {
  explainDueDate,
  formatProcessingTime,
  parseProcessingTime,
  vietnamCalendar,
} from '@motcua/sla';
import type { Command } from '../command';
import { json, UsageError } from '../io';

/** `motcua deadline`: received instant + processing time → due instant, with the explanation trace. */
export const deadlineCommand: Command = {
  name: 'deadline',
  summary: 'due instant of a dossier from its receipt and processing time',
  usage:
    'motcua deadline --received <ISO instant> --limit <text> [--convention working-hours|end-of-day] [--locale vi|en] [--json]',
  help: `Compute when a dossier's result is due (the appointment, hẹn trả) on the public-sector calendar,
and explain it: the days skipped and why.

Usage: motcua deadline --received <ISO instant> --limit <text> [options]

  --received    when the dossier was received, ISO 8601 with an offset (2026-02-13T10:00:00+07:00)
  --limit       the processing time as published ("05 ngày làm việc", "03 giờ làm việc", "15 ngày",
                "Trong ngày", "… nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo")
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
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(received)) {
      throw new UsageError(
        `--received must be an ISO 8601 instant with an offset, got '${received}'`,
      );
    }
    const receivedAt = new Date(received);
    const processingTime = parseProcessingTime(limit);
    const calendar = vietnamCalendar();
    const explained = explainDueDate(calendar, receivedAt, processingTime, { convention });
    if (asJson) {
      io.out(
        json({
          due: explained.due.toISOString(),
          received: receivedAt.toISOString(),
          start: explained.start.toISOString(),
          processingTime,
          convention,
          trace: explained.trace,
          text: explained.text,
        }),
      );
      return;
    }
    const local = (d: Date) =>
      new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
        timeZone: calendar.timeZone,
        dateStyle: 'full',
        timeStyle: 'short',
      }).format(d);
    io.out(
      locale === 'vi'
        ? `Hẹn trả kết quả: ${local(explained.due)}`
        : `Result due: ${local(explained.due)}`,
    );
    io.out(`  (${explained.due.toISOString()})`);
    io.out(
      locale === 'vi'
        ? `Thời hạn: ${formatProcessingTime(processingTime, 'vi')}; bắt đầu tính: ${local(explained.start)}`
        : `Limit: ${formatProcessingTime(processingTime, 'en')}; counting from: ${local(explained.start)}`,
    );
    if (explained.trace.length > 0) {
      io.out(locale === 'vi' ? 'Ngày không tính:' : 'Days not counted:');
      for (const t of explained.trace) io.out(`  ${t.date}: ${t.reason[locale]}`);
    }
  },
};
