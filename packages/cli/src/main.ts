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
import { validateCommand } from './commands/validate';
import { InputError, type Io, UsageError } from './io';

const commands: readonly Command[] = [
  deadlineCommand,
  calendarCommand,
  lunarCommand,

  validateCommand,
  reportCommand,
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
    if (command === undefined) throw new UsageError(`unknown command '${name}'`);
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
      throw new UsageError(e instanceof Error ? e.message : String(e));
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
    if (e instanceof InputError) {
      if (e.message !== '') io.err(`motcua: ${e.message}`);
      return 1;
    }
    // Typed errors of the SDK (SlaError, forms/core errors) are bad input too: print both languages.
    if (isMotcuaError(e)) {
      io.err(`motcua: ${e.message} [${e.code}]\n  ${e.messageVi}`);
      return 1;
    }
    throw e;
  }
}

declare const __MOTCUA_VERSION__: string;
