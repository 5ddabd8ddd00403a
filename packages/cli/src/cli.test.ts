import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, motcua } from '../test/run';

describe('motcua (the built binary)', () => {
  it('prints help and exits 2 without a command', () => {
    const r = motcua();
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/Usage: motcua <command>/);
    expect(motcua('--help').status).toBe(0);
    expect(motcua('frobnicate').status).toBe(2);
  });
});

describe('motcua deadline', () => {
  it('gives the contract answer as JSON', () => {
    const r = motcua(
      'deadline',
      '--received',
      '2026-02-13T10:00:00+07:00',
      '--limit',
      '05 ngày làm việc',
      '--json',
    );
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as { due: string; trace: { date: string }[] };
    expect(body.due).toBe('2026-02-27T03:00:00.000Z');
    expect(body.trace.map((t) => t.date)).toContain('2026-02-16');
  });

  it('explains in Vietnamese by default, English on request', () => {
    const vi = motcua(
      'deadline',
      '--received',
      '2026-02-13T15:01:00+07:00',
      '--limit',
      'Trong ngày; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    );
    expect(vi.status).toBe(0);
    expect(vi.stdout).toMatch(/Hẹn trả kết quả: .*23.*2.*2026/);
    expect(vi.stdout).toMatch(/Thứ Hai, 16\/02\/2026: Tết Nguyên đán/);
    expect(vi.stdout).toMatch(/^ {2}Thứ Bảy, 21\/02\/2026$/m); // a rest day's weekday is not repeated
    const en = motcua(
      'deadline',
      '--received',
      '2026-02-13T10:00:00+07:00',
      '--limit',
      '5 ngay lam viec',
      '--locale',
      'en',
    );
    expect(en.stdout).toMatch(/Days not counted:/);
  });

  it("reads the clerk's dd/mm/yyyy hh:mm in Asia/Ho_Chi_Minh and echoes it with its offset", () => {
    for (const text of ['12/02/2026 10:00', '10:00 12/02/2026', '12/2/2026 10h00']) {
      const r = motcua('deadline', '--received', text, '--limit', '05 ngày làm việc', '--json');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as { due: string; receivedLocal: string };
      expect(out.due).toBe('2026-02-26T03:00:00.000Z');
      expect(out.receivedLocal).toBe('2026-02-12T10:00:00+07:00');
    }
  });

  it('exit 1 for a limit it cannot read (reason on stderr), 2 for bad usage', () => {
    const bad = motcua(
      'deadline',
      '--received',
      '2026-02-13T10:00:00+07:00',
      '--limit',
      'Theo quy định',
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/PROCESSING_TIME_UNSPECIFIED/);
    expect(motcua('deadline', '--limit', '5 ngày').status).toBe(2);
    // An instant that cannot be read is bad input (exit 1), with the fix on stderr.
    const bare = motcua('deadline', '--received', '2026-02-13T10:00:00', '--limit', '5 ngày');
    expect(bare.status).toBe(1);
    expect(bare.stderr).toMatch(/INVALID_DATE/);
    expect(bare.stderr).toMatch(/\+07:00/);
    expect(motcua('deadline', '--received', 'not-a-date', '--limit', '5 ngày').status).toBe(1);
    expect(motcua('deadline', '--received', '31/02/2026', '--limit', '5 ngày').status).toBe(1);
    expect(
      motcua(
        'deadline',
        '--received',
        '2026-02-13T10:00:00+07:00',
        '--limit',
        '5 ngày',
        '--convention',
        'x',
      ).status,
    ).toBe(2);
  });
});

describe('motcua calendar', () => {
  it('lists a year of days off with sources, and make-up days', () => {
    const r = motcua('calendar', '2025', '--json');
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as {
      daysOff: { date: string; kind: string }[];
      makeUpDays: { date: string }[];
    };
    expect(body.daysOff.find((d) => d.date === '2025-05-02')?.kind).toBe('swapped');
    expect(body.makeUpDays.map((d) => d.date)).toEqual(['2025-04-26']);
    const table = motcua('holidays', '2026');
    expect(table.stdout).toMatch(/2026-02-16 .* Tết Nguyên đán/);
    expect(table.stdout).toMatch(/Ngày làm bù/);
  });

  it('calendar diff shows what an announced schedule changes against the estimate', () => {
    const file = join(tmpdir(), `motcua-notice-2027-${process.pid}.json`);
    const day = (date: string, kind: string, vi: string) => ({ date, kind, name: { vi, en: vi } });
    writeFileSync(
      file,
      JSON.stringify({
        years: [2027],
        source: { document: 'Thông báo thử 2027', confidence: 'high' },
        days: [
          day('2027-01-01', 'holiday', 'Tết Dương lịch'),
          day('2027-02-04', 'tet', 'Tết Nguyên đán'),
          day('2027-02-05', 'tet', 'Tết Nguyên đán'),
          day('2027-02-08', 'tet', 'Tết Nguyên đán'),
          day('2027-02-09', 'tet', 'Tết Nguyên đán'),
          day('2027-02-10', 'tet', 'Tết Nguyên đán'),
          day('2027-02-11', 'swapped', 'Hoán đổi'),
          day('2027-02-20', 'make-up', 'Làm bù'),
        ],
      }),
    );
    const r = motcua('calendar', 'diff', '--schedule', file, '--json');
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as { year: number; changes: { date: string }[] };
    expect(body.year).toBe(2027);
    const dates = body.changes.map((c) => c.date);
    expect(dates).toContain('2027-02-11'); // announced swap
    expect(dates).toContain('2027-02-20'); // announced make-up Saturday
    expect(dates).not.toContain('2027-02-04'); // the estimate already had it off
    const text = motcua('calendar', 'diff', '2027', '--schedule', file);
    expect(text.stdout).toMatch(/2027-02-11 .* làm việc .* nghỉ \(Hoán đổi\)/);
    expect(motcua('calendar', 'diff', '2027').status).toBe(2);
  });

  it('applies a schedule file, and rejects a bad one (exit 1) or a bad year (exit 2)', () => {
    const file = join(tmpdir(), `motcua-schedule-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        source: { document: 'QĐ thử', confidence: 'high' },
        days: [
          {
            date: '2026-10-10',
            kind: 'local',
            name: { vi: 'Giải phóng Thủ đô', en: 'Capital Liberation Day' },
          },
        ],
      }),
    );
    const r = motcua('calendar', '2026', '--schedule', file, '--json');
    expect(
      (JSON.parse(r.stdout) as { daysOff: { date: string }[] }).daysOff.map((d) => d.date),
    ).toContain('2026-10-10');
    writeFileSync(file, '{"days": 3}');
    expect(motcua('calendar', '2026', '--schedule', file).status).toBe(1);
    expect(motcua('calendar', '20x6').status).toBe(2);
  });
});

describe('motcua report', () => {
  it('streams a file larger than its 1 MiB read buffer, multi-byte characters across chunk edges', () => {
    const file = join(tmpdir(), `motcua-stream-${process.pid}.jsonl`);
    const line = (i: number) =>
      JSON.stringify({
        code: `H26-${i}`,
        procedure: '2.000908',
        unit: i % 2 === 0 ? 'Phường Đống Đa' : '__proto__',
        channel: 'online',
        receivedAt: '2026-02-02T09:00:00+07:00',
        note: 'Đề nghị cấp bản sao từ sổ gốc — giấy khai sinh của con',
      });
    writeFileSync(file, Array.from({ length: 9000 }, (_, i) => line(i)).join('\n'));
    const r = motcua(
      'report',
      file,
      '--from',
      '2026-02',
      '--to',
      '2026-03',
      '--by',
      'unit',
      '--json',
    );
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as {
      aggregate: {
        total: { received: number };
        groups: { unit: Record<string, { received: number }> };
      };
    };
    expect(body.aggregate.total.received).toBe(9000);
    expect(body.aggregate.groups.unit['Phường Đống Đa']?.received).toBe(4500);
    expect(
      Object.getOwnPropertyDescriptor(body.aggregate.groups.unit, '__proto__')?.value.received,
    ).toBe(4500);
  });

  it('computes the report and the index from JSON Lines', () => {
    const r = motcua(
      'report',
      examples('dossiers/sample.jsonl'),
      '--from',
      '2026-02-01T00:00:00+07:00',
      '--to',
      '2026-03-01T00:00:00+07:00',
      '--by',
      'unit',
      '--json',
    );
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as {
      report: { total: { counts: { received: number; judged: number; late: number } } };
      index: { indicators: { id: string; computable: boolean }[] };
    };
    expect(body.report.total.counts).toMatchObject({ received: 5, judged: 4, late: 2 });
    expect(body.index.indicators.find((i) => i.id === '2.1')?.computable).toBe(true);
    // Without --from/--to: whole civil months, from the month of the first receipt to the end of
    // the month of the last event (the demo's quarter and `motcua report` count the same).
    const whole = motcua('report', examples('dossiers/sample.jsonl'), '--json');
    const agg = (JSON.parse(whole.stdout) as { aggregate: { from: string; to: string } }).aggregate;
    expect([agg.from, agg.to]).toEqual(['2026-01-31T17:00:00.000Z', '2026-02-28T17:00:00.000Z']);
    // With the unit's procedures, the procedure indicators are computed too (as the demo does).
    const withCatalog = motcua(
      'report',
      examples('dossiers/sample.jsonl'),
      '--catalog',
      'sample',
      '--json',
    );
    const index = (
      JSON.parse(withCatalog.stdout) as {
        index: { indicators: { id: string; computable: boolean }[] };
      }
    ).index;
    expect(index.indicators.find((i) => i.id === '3.1')?.computable).toBe(true);
    expect(
      motcua('report', examples('dossiers/sample.jsonl'), '--catalog', 'no-such.json').status,
    ).toBe(1);
    const human = motcua('report', examples('dossiers/sample.jsonl'), '--locale', 'en');
    expect(human.stdout).toMatch(/on-time rate/);
    expect(human.stdout).toMatch(/Service index/);
    expect(human.stdout).not.toMatch(/\(\)|T\d\d:\d\d/); // no empty band, no UTC instants
    const vi = motcua('report', examples('dossiers/sample.jsonl'));
    expect(vi.stdout).toMatch(
      /^Báo cáo từ [^\n]*\d\d\/\d\d\/\d{4} đến [^\n]*\d\d\/\d\d\/\d{4} \(\d+ hồ sơ\)/,
    );
    expect(vi.stdout).toMatch(/tỷ lệ đúng hạn/);
    expect(vi.stdout).toMatch(/Chỉ số phục vụ \(QĐ 766\)/);
  });

  it('names the line and field of a bad record (exit 1)', () => {
    const file = join(tmpdir(), `motcua-report-${process.pid}.jsonl`);
    writeFileSync(
      file,
      '{"code":"a","procedure":"p","unit":"u","channel":"online","receivedAt":"2026-02-01T08:00:00+07:00"}\n{"code":"b","procedure":"p","unit":"u","channel":"fax","receivedAt":"2026-02-01T08:00:00+07:00"}\n',
    );
    const r = motcua('report', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/:2: field 'channel'/);
    writeFileSync(file, '{not json\n');
    expect(motcua('report', file).stderr).toMatch(/:1: invalid JSON/);
    expect(motcua('report').status).toBe(2);
    expect(motcua('report', file, '--by', 'colour').status).toBe(2);
  });
});

describe('motcua lunar', () => {
  it('converts both ways', () => {
    const r = motcua('lunar', '2026-02-17', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      year: 2026,
      month: 1,
      day: 1,
      leap: false,
      canChi: { year: 'Bính Ngọ' },
    });
    const back = motcua('lunar', '2026-01-01', '--to-solar', '--json');
    expect(JSON.parse(back.stdout)).toMatchObject({ date: '2026-02-17' });
    expect(motcua('lunar', '2026-02-17').stdout).toMatch(/ngày 1 tháng Giêng năm Bính Ngọ/);
  });
  it('exit 1 out of range or for a leap month that does not exist, 2 for bad usage', () => {
    expect(motcua('lunar', '2200-01-01').status).toBe(1);
    expect(motcua('lunar', '2026-05-01', '--to-solar', '--leap').status).toBe(1);
    expect(motcua('lunar').status).toBe(2);
    expect(motcua('lunar', '2026-02-17', '--leap').status).toBe(2);
  });
});

describe('messages a clerk can act on (issue #14)', () => {
  it('bad usage says which flag or command was meant, not Node’s parseArgs text', () => {
    const flag = motcua('deadline', '--recieved', '12/02/2026', '--limit', '5 ngày');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/did you mean --received\?/);
    expect(flag.stderr).not.toMatch(/positional argument/);
    const cmd = motcua('deadlin');
    expect(cmd.status).toBe(2);
    expect(cmd.stderr).toMatch(/did you mean 'deadline'/);
    expect(motcua('deadline', '--received').stderr).toMatch(/--received needs a value/);
  });
  it('bad input is exit 1 with the reason in the chosen language', () => {
    const missing = motcua('report', 'no-such-file.jsonl');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/không tìm thấy tệp: no-such-file\.jsonl/);
    expect(missing.stderr).not.toMatch(/ENOENT/);
    const year = motcua('calendar', '1800');
    expect(year.status).toBe(1);
    const out = motcua('deadline', '--received', '30/12/2199 10:00', '--limit', '05 ngày làm việc');
    expect(out.status).toBe(1);
    // Fully Vietnamese, without the SDK's function names.
    expect(out.stderr).toMatch(/kết quả nằm ngoài khoảng ngày được hỗ trợ/);
    expect(out.stderr).not.toMatch(/addWorkingDays|dueDate|the result/);
    const en = motcua(
      'deadline',
      '--received',
      'not-a-date',
      '--limit',
      '5 ngày',
      '--locale',
      'en',
    );
    expect(en.status).toBe(1);
    expect(en.stderr).toMatch(/INVALID_DATE/);
  });
  it('bad JSON names line and column; swapped arguments are noticed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-json-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "a": 1,,\n}');
    const r = motcua('validate', bad, bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.json:2:10: JSON không hợp lệ/);
    const swapped = motcua(
      'validate',
      examples('forms/birth-registration.valid.json'),
      examples('forms/birth-registration.json'),
    );
    expect(swapped.status).toBe(2);
    expect(swapped.stderr).toMatch(/hai đối số bị đảo/);
  });
  it('the contract: a clerk’s time in, the due instant out, alternatives listed', () => {
    const r = motcua(
      'deadline',
      '--received',
      '12/02/2026 10:00',
      '--limit',
      '05 ngày làm việc',
      '--json',
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).due).toBe('2026-02-26T03:00:00.000Z');
    const days = motcua('deadline', '--received', '12/02/2026 10:00', '--limit', '15 ngày');
    // 27/2 is a working day: the Tết days were counted, so none is listed as "not counted".
    expect(days.stdout).not.toMatch(/Ngày không tính|Tết/);
    const alt = motcua(
      'deadline',
      '--received',
      '12/02/2026 10:00',
      '--limit',
      'Ngay trong ngày; trường hợp cần xác minh thì không quá 05 ngày làm việc',
    );
    expect(alt.stdout).toMatch(/Thời hạn khác: trường hợp cần xác minh: 05 ngày làm việc/);
  });
});

describe('motcua sql', () => {
  it('prints the migration the SQL agreement suite applies (calendar, functions, report)', async () => {
    const r = motcua('sql', '--from', '2019', '--to', '2030');
    expect(r.status).toBe(0);
    const { postgresSql } = await import('@motcua/core');
    expect(r.stdout.trimEnd()).toBe(postgresSql({ from: 2019, to: 2030 }).trimEnd());
    expect(r.stdout).toMatch(/create or replace function motcua\.due_date/);
    expect(r.stdout).toMatch(/create or replace function motcua\.aggregate_dossiers/);
  });

  it('refuses years it cannot hold, and bad usage', () => {
    expect(motcua('sql', '--from', '2031', '--to', '2030').status).toBe(2);
    expect(motcua('sql', '--from', '26').status).toBe(2);
    const out = motcua('sql', '--from', '1800');
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/1990/);
  });
});

describe('motcua report --html', () => {
  it('writes the self-contained page, in English with --locale en, and prints its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-html-'));
    const page = join(dir, 'report.html');
    const r = motcua('report', examples('dossiers/sample.jsonl'), '--html', page, '--locale', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`HTML report: ${page}`);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('On-time rate by unit');
    // The sample's figures: the same as `motcua report --json` computes.
    const report = JSON.parse(
      motcua('report', examples('dossiers/sample.jsonl'), '--json').stdout,
    ) as {
      aggregate: { total: { received: number } };
    };
    expect(html).toContain(`<dt>Received</dt><dd>${report.aggregate.total.received}</dd>`);
  });

  it('shows satisfaction from SIPAS responses with --sipas', async () => {
    const { sampleResponses, sipasSurvey } = await import('@motcua/forms');
    const dir = mkdtempSync(join(tmpdir(), 'motcua-html-'));
    const responses = join(dir, 'sipas.jsonl');
    writeFileSync(
      responses,
      `${sampleResponses(sipasSurvey(), 200, 3)
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
    );
    const page = join(dir, 'r.html');
    const r = motcua(
      'report',
      examples('dossiers/sample.jsonl'),
      '--html',
      page,
      '--sipas',
      responses,
    );
    expect(r.status).toBe(0);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('Mức độ hài lòng: Khảo sát SIPAS');
    expect(html.match(/class="mark" data-element=/g)?.length).toBeGreaterThan(3);
  });

  it('says the survey files go with --html', () => {
    expect(motcua('report', examples('dossiers/sample.jsonl'), '--sipas', 'x.jsonl').status).toBe(
      2,
    );
    expect(
      motcua('report', examples('dossiers/sample.jsonl'), '--html', '/nonexistent/dir/r.html')
        .status,
    ).toBe(1);
  });
});
