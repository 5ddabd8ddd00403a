/**
 * The CLI on generated files and arguments (issue #13): every command, fed any JSON, JSON Lines of
 * hostile records, broken text or random flags, answers with exit 0, 1 (bad input) or 2 (bad usage),
 * never a crash, a stack trace or a polluted `Object.prototype`. Runs in process through `run`.
 *
 * A longer run is one command away:
 * `MOTCUA_FUZZ_RUNS=500 npx vitest run --project cli packages/cli/src/fuzz.test.ts`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './main';

const RUNS = Number(process.env['MOTCUA_FUZZ_RUNS'] ?? 25);
const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-fuzz-'));
let n = 0;
const file = (text: string) => {
  const path = join(dir, `f${n++}.json`);
  writeFileSync(path, text);
  return path;
};

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'unit');
const instant = fc.oneof(
  fc.constantFrom(
    '2026-02-13T10:00:00+07:00',
    '2026-02-13T10:00:00',
    '13/02/2026 10:00',
    '1800-01-01T00:00:00Z',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.string({ maxLength: 30 }),
);
/** A dossier record: plausible fields, each sometimes replaced by junk. */
const record = fc.record(
  {
    code: fc.oneof(fc.constant('000.00.01.H26-260213-0001'), fc.string({ maxLength: 20 })),
    procedure: fc.oneof(fc.constantFrom('1.000894', '2.000908'), hostileKey, fc.jsonValue()),
    unit: fc.oneof(fc.constantFrom('00235', ''), hostileKey, fc.jsonValue()),
    channel: fc.oneof(fc.constantFrom('direct', 'online'), fc.jsonValue()),
    receivedAt: instant,
    dueAt: instant,
    finishedAt: fc.oneof(instant, fc.constant(null)),
    outcome: fc.oneof(fc.constantFrom('done', 'refused', 'withdrawn'), fc.jsonValue()),
  },
  { requiredKeys: [] },
);
const jsonl = fc
  .array(
    fc.oneof(
      record.map((r) => JSON.stringify(r)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 40 }),
    ),
    {
      maxLength: 8,
    },
  )
  .map((lines) => lines.join('\n'));
const content = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constant(
    '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  ),
  jsonl,
  fc.string({ maxLength: 200 }),
  fc.constant(''),
);
const word = fc.oneof(
  fc.constantFrom(
    '--json',
    '--locale',
    'vi',
    'en',
    '--by',
    'unit,procedure',
    '--to-solar',
    '--leap',
    '--help',
    '2026',
    'diff',
    '--schedule',
    '--from',
    '2026-02',
  ),
  fc.string({ maxLength: 12 }),
);

const commands = (a: string, b: string): fc.Arbitrary<readonly string[]> =>
  fc.oneof(
    fc.constant(['report', a]),
    fc.constant(['report', a, '--by', 'unit,procedure,channel,period', '--json']),
    fc.constant(['validate', a, b]),
    fc.constant(['validate', a, b, '--json', '--locale', 'en']),
    fc.constant(['calendar', '2026', '--schedule', a]),
    fc.constant(['calendar', 'diff', '2026', '--schedule', a, '--json']),
    fc
      .tuple(instant, fc.string({ maxLength: 60 }))
      .map(([r, l]) => ['deadline', '--received', r, '--limit', l]),
    fc.string({ maxLength: 20 }).map((d) => ['lunar', d]),
    fc.array(word, { maxLength: 6 }).map((w) => ['report', ...w]),
    fc.array(word, { maxLength: 6 }).map((w) => ['calendar', ...w]),
    fc.array(word, { maxLength: 6 }).map((w) => ['lunar', ...w]),
  );

describe('the CLI on generated files and arguments', () => {
  it('exits 0, 1 or 2, with a message and never a stack trace or a polluted prototype', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(content, content).chain(([x, y]) => commands(file(x), file(y))),
        async (argv) => {
          const err: string[] = [];
          const code = await run(argv, { out: () => {}, err: (t) => err.push(t) });
          expect([0, 1, 2]).toContain(code);
          const text = err.join('\n');
          if (code !== 0) expect(text.trim(), argv.join(' ')).not.toBe('');
          expect(text).not.toMatch(/TypeError|RangeError|ReferenceError|\n\s+at /);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('received');
        },
      ),
      { numRuns: RUNS },
    );
  });
});
