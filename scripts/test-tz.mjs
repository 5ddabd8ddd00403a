#!/usr/bin/env node
// Runs the whole vitest suite once per host time zone: a library that gives a different deadline on
// a UTC server is wrong, so every test must pass whatever TZ the host has.
// Prints a closing line `tests: N passed, M failed` (N, M summed over the time zones).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const zones = (process.env.MOTCUA_TEST_TZS ?? 'UTC,Asia/Ho_Chi_Minh,America/Los_Angeles').split(
  ',',
);
const out = join(process.cwd(), 'node_modules', '.cache', 'motcua-test');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let ok = true;
for (const tz of zones) {
  const file = join(out, `${tz.replaceAll('/', '_')}.json`);
  console.log(`\n=== vitest run with TZ=${tz} ===`);
  const r = spawnSync(
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...extra],
    { stdio: 'inherit', env: { ...process.env, TZ: tz }, shell: process.platform === 'win32' },
  );
  if (r.status !== 0) ok = false;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numTotalTests === 0) {
      console.error(`no tests ran under TZ=${tz}`);
      ok = false;
    }
  } catch {
    console.error(`no vitest results for TZ=${tz}`);
    ok = false;
  }
}
writeFileSync(join(out, 'summary.json'), JSON.stringify({ passed, failed, zones }));
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
