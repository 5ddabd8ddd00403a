import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs the BUILT `motcua` binary (built once by the global setup) and captures its output. */
export function motcua(...args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const r = spawnSync(process.execPath, [join(pkg, 'dist', 'motcua.js'), ...args], {
    encoding: 'utf8',
    cwd: pkg,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Path of a file under the repository's `examples/`. */
export function examples(path: string): string {
  return join(pkg, '..', '..', 'examples', path);
}
