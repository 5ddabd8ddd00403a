/**
 * Shared plumbing of the `motcua` command: typed failures with the exit codes scripts rely on,
 * output helpers, and reading input files with line-numbered errors.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/** Exit code 1: the input (a file, a date, a processing time…) is bad. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** The message in Vietnamese, when it has one (printed with `--locale vi`, the default). */
  readonly messageVi: string | undefined;
  constructor(message: string, messageVi?: string) {
    super(message);
    this.messageVi = messageVi;
  }
}

/** A file that cannot be read, said in words (not `ENOENT`). */
function fileError(path: string, e: unknown): InputError {
  const code = e instanceof Error && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT')
    return new InputError(`file not found: ${path}`, `không tìm thấy tệp: ${path}`);
  if (code === 'EISDIR')
    return new InputError(`${path} is a folder, not a file`, `${path} là thư mục, không phải tệp`);
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError(`no permission to read ${path}`, `không có quyền đọc tệp ${path}`);
  return new InputError(
    `cannot read ${path} (${code || String(e)})`,
    `không đọc được tệp ${path} (${code || String(e)})`,
  );
}

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/** Exit code 2: the command line itself is wrong (unknown command or flag, missing argument). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Where a command writes. Injected so commands stay testable. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Reads a whole text file, turning a missing or unreadable file into an {@link InputError}. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw fileError(path, e);
  }
}

/** Reads and parses a JSON file; a syntax error names the file, line and column. */
export function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const { line, column } = lineColumn(text, at ? Number(at[1]) : text.length);
    const why = message.replace(/ in JSON at position \d+.*$/, '');
    throw new InputError(
      `${path}:${line}:${column}: invalid JSON (${why})`,
      `${path}:${line}:${column}: JSON không hợp lệ (${why})`,
    );
  }
}

/**
 * Reads a JSON Lines file lazily: yields `{ line, value }` for each non-blank line; a line that is
 * not valid JSON is an {@link InputError} naming the file and line number.
 */
export function* readJsonLines(path: string): Generator<{ line: number; value: unknown }> {
  // Read in 1 MiB chunks: memory stays flat whatever the file's size (a 1 GB export included).
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fileError(path, e);
  }
  try {
    const decoder = new TextDecoder('utf-8');
    const chunk = Buffer.allocUnsafe(1 << 20);
    let rest = '';
    let line = 0;
    const parse = (rawLine: string) => {
      line++;
      const raw = rawLine.trim();
      if (raw === '') return undefined;
      try {
        return { line, value: JSON.parse(raw) as unknown };
      } catch (e) {
        throw new InputError(
          `${path}:${line}: invalid JSON: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    };
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      const text = rest + decoder.decode(chunk.subarray(0, n), { stream: n > 0 });
      const lines = text.split('\n');
      rest = n > 0 ? (lines.pop() ?? '') : '';
      for (const l of lines) {
        const r = parse(l);
        if (r !== undefined) yield r;
      }
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** Pads cells into an aligned plain-text table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** JSON for scripts: Dates as ISO strings, two-space indentation. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
