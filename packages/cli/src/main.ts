/**
 * `motcua`: the command line for the people who run one-stop desks and dashboards.
 *
 * Exit codes: 0 success; 1 bad input (the reason on stderr); 2 bad usage (unknown command or
 * flag, missing argument). `--json` prints machine-readable output on stdout; `--help` on any
 * command prints its usage.
 */
import { parseArgs } from 'node:util';
import { isMotcuaError } from '@motcua/errors';
import type { Command } from './command';
import { calendarCommand } from './commands/calendar';
import { deadlineCommand } from './commands/deadline';
import { lunarCommand } from './commands/lunar';
import { reportCommand } from './commands/report';
import { sqlCommand } from './commands/sql';
import { validateCommand } from './commands/validate';
import { InputError, type Io, UsageError } from './io';

const commands: readonly Command[] = [
  deadlineCommand,
  calendarCommand,
  lunarCommand,

  validateCommand,
  reportCommand,
  sqlCommand,
];

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'motcua: Vietnamese public administrative services from the command line',
    '',
    'Usage: motcua <command> [arguments] [--json] [--help]',
    '',
    'Commands:',
    ...commands.map(
      (c) =>
        `  ${c.name.padEnd(width)}  ${c.summary}${c.aliases ? ` (alias: ${c.aliases.join(', ')})` : ''}`,
    ),
    '',
    "Run `motcua <command> --help` for a command's arguments.",
    'Exit codes: 0 success, 1 bad input (reason on stderr), 2 bad usage.',
  ].join('\n');
}

/** The closest name within an edit distance of 3, for "did you mean". */
function closest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const n of names) {
    const d = distance(name, n);
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(
        cur + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** Node's `parseArgs` errors said as a clerk would understand them, with a hint of the right flag. */
function usageMessage(e: unknown, command: Command): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = e instanceof Error && 'code' in e ? String(e.code) : '';
  const known = [...Object.keys(command.options), 'json', 'help'];
  const flag = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const hint = closest(flag.replace(/^-+/, ''), known);
    return `unknown option ${flag}${hint ? `; did you mean --${hint}?` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `${flag || 'an option'} needs a value (e.g. ${flag || '--option'} "…")`;
  return message;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(__MOTCUA_VERSION__);
    return 0;
  }
  const command = commands.find((c) => c.name === name || c.aliases?.includes(name));
  try {
    if (command === undefined) {
      const hint = closest(
        name,
        commands.map((c) => c.name),
      );
      throw new UsageError(`unknown command '${name}'${hint ? `; did you mean '${hint}'?` : ''}`);
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: {
          ...command.options,
          json: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (e) {
      throw new UsageError(usageMessage(e, command));
    }
    const values = parsed.values as Record<string, unknown>;
    const str = (name: string) => {
      const v = values[name];
      return typeof v === 'string' ? v : undefined;
    };
    const bool = (name: string) => values[name] === true;
    if (bool('help')) {
      io.out(command.help);
      return 0;
    }
    await command.run({ str, bool, positionals: parsed.positionals, json: bool('json') }, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`motcua: ${e.message}`);
      io.err(
        command
          ? `Usage: ${command.usage}\nRun \`motcua ${command.name} --help\` for details.`
          : 'Run `motcua --help` for the commands.',
      );
      return 2;
    }
    // Bad input: the reason on stderr in the chosen language (--locale, Vietnamese by default).
    const en =
      rest.includes('--locale=en') || rest.some((a, i) => a === '--locale' && rest[i + 1] === 'en');
    if (e instanceof InputError) {
      const m = en ? e.message : (e.messageVi ?? e.message);
      if (m !== '') io.err(`motcua: ${m}`);
      return 1;
    }
    // Typed errors of the SDK (SlaError, forms/core errors) are bad input too; the name of the
    // SDK function that raised them means nothing to a clerk, so it is left out.
    if (isMotcuaError(e)) {
      const m = (en ? e.message : e.messageVi).replace(/^[A-Za-z]+: /, '');
      io.err(`motcua: ${m} [${e.code}]`);
      return 1;
    }
    throw e;
  }
}

declare const __MOTCUA_VERSION__: string;
