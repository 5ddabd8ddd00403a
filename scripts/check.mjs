#!/usr/bin/env node
// `pnpm check`: every gate a contribution must pass, in order, stopping at the first failure.
// This is what README's test command and `.ci/run` run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['lint (biome)', 'biome', ['check', '.']],
  ['typecheck (tsc, strict)', 'pnpm', ['typecheck']],
  ['changesets', 'node', ['scripts/check-changesets.mjs']],
  ['build (tsup: ESM + CJS + d.ts/d.cts)', 'pnpm', ['build']],
  ['package shape (publint --strict, attw)', 'pnpm', ['check:pkg']],
  [
    'consumer smoke test (packed tarballs: import, require, TS node16 + bundler; Rollup tree-shaking; the bundle in headless Chromium)',
    'node',
    ['scripts/smoke-consumer.mjs'],
  ],
  [
    'release dry run (changeset version in a clone: versions, CHANGELOG.md; pnpm publish --dry-run)',
    'node',
    ['scripts/release-dry-run.mjs'],
  ],
  ['bundle size (size-limit)', 'size-limit', []],
  [
    'API docs (typedoc, warnings are errors) + @example on every export + Mermaid rendered + screenshots in Chromium',
    'node',
    ['scripts/check-doc-comments.mjs'],
  ],
  [
    'docs examples (every @example and guide ts block compiled, run, //=> claims asserted)',
    'node',
    ['scripts/doc-examples.mjs'],
  ],
  [
    'benchmarks run (quick smoke on the built packages, figures not recorded)',
    'pnpm',
    ['--filter', '@motcua/bench', 'bench', '--quick'],
  ],
  [
    'tests (vitest under UTC, Asia/Ho_Chi_Minh, America/Los_Angeles)',
    'node',
    ['scripts/test-tz.mjs'],
  ],
];

// Quiet by default: one line per step when it passes; the step's whole output when it fails.
// `--verbose` streams every step's output as it runs. No colour codes unless on a terminal.
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const only = argv.filter((a) => a !== '--verbose');
const tty = process.stdout.isTTY === true;
const env = tty ? process.env : { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
// ESC [ … letter: the colour codes some tools print even when asked not to.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
const started = Date.now();
const summary = 'node_modules/.cache/motcua-test/summary.json';
rmSync(summary, { force: true });
for (const [name, cmd, args] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  const t = Date.now();
  if (verbose) console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, {
    stdio: verbose ? 'inherit' : 'pipe',
    encoding: 'utf8',
    env,
    maxBuffer: 256 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.status !== 0) {
    if (!verbose) {
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
      process.stdout.write(tty ? out : out.replace(ansi, ''));
    }
    console.error(`\n✖ ${name} failed after ${secs}s`);
    process.exit(1);
  }
  // Warnings a passing step printed (a benchmark below its target) are shown, not hidden, and so
  // are the figures a step reports (how many docs examples ran, what the browser suite compared).
  const warnings = verbose
    ? []
    : `${r.stdout ?? ''}${r.stderr ?? ''}`
        .replace(ansi, '')
        .split('\n')
        .filter((l) =>
          /^\s*(?:⚠|warning:|MISSED|docs examples:|browser contract suite:|release dry run:|docs:)/i.test(
            l,
          ),
        );
  console.log(`✔ ${name} (${secs}s)`);
  for (const w of warnings) console.log(`  ${w.trim()}`);
}
console.log(`\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);

if (existsSync(summary)) {
  const { passed, failed } = JSON.parse(readFileSync(summary, 'utf8'));
  console.log(`tests: ${passed} passed, ${failed} failed`);
}
