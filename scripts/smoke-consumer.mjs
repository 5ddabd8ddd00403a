#!/usr/bin/env node
// Consumer smoke test: packs the three packages (as `pnpm publish` would), installs the tarballs into
// a throwaway project OUTSIDE the workspace with npm, and proves that ESM `import`, CommonJS
// `require` and TypeScript consumers (moduleResolution node16 and bundler) all work.
// Requires a prior `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'motcua-smoke-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  const tarballs = [];
  for (const pkg of ['sla', 'forms', 'core']) {
    run('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', pkg));
  }
  for (const f of readdirSync(work)) if (f.endsWith('.tgz')) tarballs.push(join(work, f));
  if (tarballs.length !== 3) throw new Error(`expected 3 tarballs, got ${tarballs.length}`);

  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'smoke', private: true, version: '0.0.0' }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...tarballs],
    app,
  );

  // What every consumer must be able to do, in each module system.
  const body = (imp) => `${imp}
const cal = sla.vietnamCalendar();
const checks = {
  lunar: sla.toLunar('2026-02-17'),
  swapped: sla.isWorkingDay(cal, '2025-05-02'),
  phone: forms.vn.phone().parse('0912 345 678'),
  commune: forms.lookupCommune('00235')?.name,
  code: core.formatDossierCode({ agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 }),
};
const want = JSON.stringify({ lunar: { year: 2026, month: 1, day: 1, leap: false }, swapped: false, phone: '+84912345678', commune: 'Phường Đống Đa', code: '000.00.01.H26-260213-0042' });
if (JSON.stringify(checks) !== want) { console.error('smoke mismatch', checks); process.exit(1); }
console.log('ok', MODE);
`;
  writeFileSync(
    join(app, 'esm.mjs'),
    body(
      `const MODE = 'esm';\nimport * as sla from '@motcua/sla';\nimport * as forms from '@motcua/forms';\nimport * as core from '@motcua/core';`,
    ),
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    body(
      `const MODE = 'cjs';\nconst sla = require('@motcua/sla');\nconst forms = require('@motcua/forms');\nconst core = require('@motcua/core');`,
    ),
  );
  console.log(run('node', ['esm.mjs'], app).trim());
  console.log(run('node', ['cjs.cjs'], app).trim());

  // TypeScript consumers: the published .d.ts/.d.cts must resolve and type-check the public API.
  const ts = `import { vietnamCalendar, isWorkingDay, toLunar, type CivilDate } from '@motcua/sla';
import { vn, lookupCommune, validateForm } from '@motcua/forms';
import { formatDossierCode, parseDossierCode } from '@motcua/core';
const d: CivilDate = '2026-02-17';
const l: { year: number; month: number; day: number; leap: boolean } = toLunar(d);
const w: boolean = isWorkingDay(vietnamCalendar(), d);
const p: string = vn.phone().parse('0912 345 678');
const c: string | undefined = lookupCommune('00235')?.name;
const code: string = formatDossierCode({ agencyId: '000.00.01.H26', date: d, sequence: 1 });
const parsed: { agencyId: string; date: string; sequence: number } = parseDossierCode(code);
export const all = [l, w, p, c, parsed, validateForm];
`;
  writeFileSync(join(app, 'consumer.ts'), ts);
  writeFileSync(join(app, 'consumer.mts'), ts);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const common = ['--noEmit', '--strict', '--skipLibCheck', 'false', '--target', 'es2022'];
  for (const [label, opts, file] of [
    ['node16 (ESM)', ['--module', 'node16', '--moduleResolution', 'node16'], 'consumer.mts'],
    ['node16 (CJS)', ['--module', 'node16', '--moduleResolution', 'node16'], 'consumer.ts'],
    ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler'], 'consumer.ts'],
  ]) {
    run('node', [tsc, ...common, ...opts, file], app);
    console.log(`ok typescript ${label}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
