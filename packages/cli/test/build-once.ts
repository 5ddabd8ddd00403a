import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Builds `dist/motcua.js` once per test run, so the tests exercise the real binary. */
export default function setup(): void {
  const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
  const tsup = join(pkg, '..', '..', 'node_modules', '.bin', 'tsup');
  execFileSync(tsup, [], { cwd: pkg, stdio: 'ignore' });
}
