#!/usr/bin/env node
// Consumer smoke test: packs the three packages (as `pnpm publish` would), installs the tarballs into
// a throwaway project OUTSIDE the workspace with npm, and proves that ESM `import`, CommonJS
// `require` and TypeScript consumers (moduleResolution node16 and bundler) all work.
// Then it bundles small apps with Rollup (what Vite builds for production with) to prove the
// packages tree-shake: `vn.phone()` does not pull in the administrative-units data, the plain
// helpers do not pull in zod. Finally the browser contract suite (scripts/browser-contract.mjs):
// the bundled packages in headless Chromium under two zones give Node's answers. Requires a prior
// `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { runBrowserContract } from './browser-contract.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'motcua-smoke-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  const tarballs = [];
  for (const pkg of ['errors', 'sla', 'forms', 'core']) {
    run('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', pkg));
  }
  for (const f of readdirSync(work)) if (f.endsWith('.tgz')) tarballs.push(join(work, f));
  if (tarballs.length !== 4) throw new Error(`expected 4 tarballs, got ${tarballs.length}`);

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
  phoneSubpath: vnOnly.phone().parse('+84 912345678'),
  commune: forms.lookupCommune('00235')?.name,
  code: core.formatDossierCode({ agencyId: '000.00.01.H26', date: '2026-02-13', sequence: 42 }),
};
const want = JSON.stringify({ lunar: { year: 2026, month: 1, day: 1, leap: false }, swapped: false, phone: '+84912345678', phoneSubpath: '+84912345678', commune: 'Phường Đống Đa', code: '000.00.01.H26-260213-0042' });
if (JSON.stringify(checks) !== want) { console.error('smoke mismatch', checks); process.exit(1); }
console.log('ok', MODE);
`;
  writeFileSync(
    join(app, 'esm.mjs'),
    body(
      `const MODE = 'esm';\nimport * as sla from '@motcua/sla';\nimport * as forms from '@motcua/forms';\nimport * as core from '@motcua/core';\nimport * as vnOnly from '@motcua/forms/vn';`,
    ),
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    body(
      `const MODE = 'cjs';\nconst sla = require('@motcua/sla');\nconst forms = require('@motcua/forms');\nconst core = require('@motcua/core');\nconst vnOnly = require('@motcua/forms/vn');`,
    ),
  );
  console.log(run('node', ['esm.mjs'], app).trim());
  console.log(run('node', ['cjs.cjs'], app).trim());
  checkEveryExport(app);

  // TypeScript consumers: the published .d.ts/.d.cts must resolve and type-check the public API.
  const ts = `import { vietnamCalendar, isWorkingDay, toLunar, type CivilDate } from '@motcua/sla';
import { vn, lookupCommune, validateForm } from '@motcua/forms';
import { formatDossierCode, parseDossierCode } from '@motcua/core';
import * as vnOnly from '@motcua/forms/vn';
const d: CivilDate = '2026-02-17';
const l: { year: number; month: number; day: number; leap: boolean } = toLunar(d);
const w: boolean = isWorkingDay(vietnamCalendar(), d);
const p: string = vn.phone().parse('0912 345 678');
const p2: string = vnOnly.phone({ locale: 'en' }).parse('0912 345 678');
const c: string | undefined = lookupCommune('00235')?.name;
const code: string = formatDossierCode({ agencyId: '000.00.01.H26', date: d, sequence: 1 });
const parsed: { agencyId: string; date: string; sequence: number } = parseDossierCode(code);
export const all = [l, w, p, p2, c, parsed, validateForm];
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

  await checkTreeShaking(app);
  checkSlaWithoutZod(tarballs);
  // The same packages, bundled for the browser, in headless Chromium under two zones (issue #17).
  console.log(await runBrowserContract(app));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Every JavaScript subpath of every packed package, loaded with `import` and with `require`, and
 * every function it exports called with junk (nothing, `{}`, a string, `null`): each call answers
 * or throws a motcua error, never a `TypeError` from the build (a default import of a CommonJS
 * module read as its namespace once crashed `@motcua/sla/schedule` under `require` only, where the
 * source tests cannot see it). Both module systems must answer the same.
 */
function checkEveryExport(app) {
  const code = (load) => `const { isMotcuaError } = ${load('@motcua/errors')};
const fs = require('node:fs');
const path = require('node:path');
const out = {};
(async () => {
  for (const pkg of ['errors', 'sla', 'forms', 'core']) {
    const dir = path.join(process.cwd(), 'node_modules', '@motcua', pkg);
    const { exports } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    for (const [sub, target] of Object.entries(exports)) {
      if (sub.includes('*') || sub.endsWith('.json') || sub === './package.json') continue;
      if (typeof target !== 'object') continue;
      const name = '@motcua/' + pkg + sub.slice(1);
      const mod = await ${load('name')};
      for (const [key, fn] of Object.entries(mod).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (typeof fn !== 'function' || /^[A-Z]/.test(key)) continue;
        for (const args of [[], [{}], ['x'], [null, null]]) {
          let answer;
          try {
            const r = fn(...args);
            answer = r instanceof Promise ? await r.then(() => 'ok', (e) => (isMotcuaError(e) ? e.code : 'NOT MOTCUA: ' + e)) : 'ok';
          } catch (e) {
            answer = isMotcuaError(e) ? e.code : 'NOT MOTCUA: ' + String(e).slice(0, 200);
          }
          out[name + ' ' + key + '(' + JSON.stringify(args).slice(1, -1) + ')'] = answer;
        }
      }
    }
  }
  console.log(JSON.stringify(out));
})();
`;
  writeFileSync(
    join(app, 'exports.cjs'),
    code((m) => (m === 'name' ? 'Promise.resolve(require(name))' : `require('${m}')`)),
  );
  writeFileSync(
    join(app, 'exports.mjs'),
    `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code(
      (m) => (m === 'name' ? 'import(name)' : `await import('${m}')`),
    )}`,
  );
  const cjs = JSON.parse(run('node', ['exports.cjs'], app));
  const esm = JSON.parse(run('node', ['exports.mjs'], app));
  const crashes = Object.entries({ ...cjs, ...esm }).filter(([, a]) => a.startsWith('NOT MOTCUA'));
  const differ = Object.keys(cjs).filter((k) => cjs[k] !== esm[k]);
  if (
    crashes.length > 0 ||
    differ.length > 0 ||
    Object.keys(cjs).length !== Object.keys(esm).length
  )
    throw new Error(
      `exports: ${crashes.length} calls crashed, ${differ.length} differ between require and import:\n${[
        ...crashes.map(([k, a]) => `${k}: ${a}`),
        ...differ.map((k) => `${k}: cjs ${cjs[k]} / esm ${esm[k]}`),
      ]
        .slice(0, 20)
        .join('\n')}`,
    );
  console.log(
    `ok every export: ${Object.keys(cjs).length} calls with junk, in require and import, each a motcua error or an answer, the same in both`,
  );
}

/**
 * `@motcua/sla` for dates and deadlines needs no zod: installed alone (with `@motcua/errors`) in a
 * project without zod, it imports and computes in ESM and CJS; only `@motcua/sla/schedule`, the
 * JSON schedule loader, asks for zod (an optional peer dependency).
 */
function checkSlaWithoutZod(tarballs) {
  const alone = join(work, 'sla-alone');
  mkdirSync(alone, { recursive: true });
  writeFileSync(join(alone, 'package.json'), JSON.stringify({ name: 'alone', private: true }));
  const mine = tarballs.filter((t) => /motcua-(errors|sla)-/.test(t));
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...mine],
    alone,
  );
  const code = `const due = sla.dueDate(sla.vietnamCalendar(), '2026-02-13T10:00:00+07:00', { workingDays: 5 });
if (due.toISOString() !== '2026-02-27T03:00:00.000Z') { console.error('sla alone: wrong due', due); process.exit(1); }`;
  writeFileSync(
    join(alone, 'a.mjs'),
    `import * as sla from '@motcua/sla';
${code}
console.log('ok sla without zod (esm)');`,
  );
  writeFileSync(
    join(alone, 'a.cjs'),
    `const sla = require('@motcua/sla');
${code}
console.log('ok sla without zod (cjs)');`,
  );
  console.log(run('node', ['a.mjs'], alone).trim());
  console.log(run('node', ['a.cjs'], alone).trim());
  writeFileSync(
    join(alone, 'b.mjs'),
    `try { await import('@motcua/sla/schedule'); process.exit(1); } catch (e) { if (!String(e.message).includes("'zod'")) throw e; console.log('ok @motcua/sla/schedule asks for zod'); }`,
  );
  console.log(run('node', ['b.mjs'], alone).trim());
}

/**
 * Bundles each app with Rollup (node resolution of the installed tarballs, ESM conditions) and
 * checks which of our modules and which dependencies end up in the bundle. Sizes are the
 * bundle minified by esbuild, then brotli (quality 11) and gzip (level 9).
 */
async function checkTreeShaking(app) {
  const cases = [
    {
      name: "vn.phone() via import { vn } from '@motcua/forms' (zod included)",
      code: "import { vn } from '@motcua/forms';\nexport const phone = vn.phone();",
      mustInclude: [/forms\/dist\/vn\/phone\.js$/, /node_modules\/zod\//],
      mustExclude: [/units\/data\.generated\.js$/, /vn\/citizenId\.js$/, /form\/compile\.js$/],
      maxBrotli: 26_000,
    },
    {
      name: "vn.phone() via import * as vn from '@motcua/forms/vn' (zod included)",
      code: "import * as vn from '@motcua/forms/vn';\nexport const phone = vn.phone();",
      mustInclude: [/forms\/dist\/vn\/phone\.js$/, /node_modules\/zod\//],
      mustExclude: [/units\/data\.generated\.js$/, /vn\/citizenId\.js$/],
      maxBrotli: 26_000,
    },
    {
      name: 'safeParsePhone + safeParseTaxCode (plain helpers)',
      code: "export { safeParsePhone, safeParseTaxCode } from '@motcua/forms';",
      mustInclude: [/vn\/phone\.js$/, /vn\/taxCode\.js$/],
      mustExclude: [/node_modules\/zod\//, /units\/data\.generated\.js$/],
      maxBrotli: 2_000,
    },
    {
      name: 'lookupCommune (the units data, no zod)',
      code: "export { lookupCommune } from '@motcua/forms';",
      mustInclude: [/units\/data\.generated\.js$/],
      mustExclude: [/node_modules\/zod\//],
      maxBrotli: 20_000,
    },
    {
      name: 'toLunar (no zod, no working calendar)',
      code: "export { toLunar } from '@motcua/sla';",
      mustInclude: [/lunar\//],
      mustExclude: [/node_modules\/zod\//, /holidays\/officialData\.js$/],
      maxBrotli: 5_000,
    },
    {
      name: 'formatDossierCode (no sla, no forms, no zod)',
      code: "export { formatDossierCode } from '@motcua/core';",
      mustInclude: [/dossier\/code\.js$/],
      mustExclude: [/node_modules\/zod\//, /@motcua\/sla\//, /@motcua\/forms\//],
      maxBrotli: 1_000,
    },
  ];
  const dir = join(app, 'shake');
  mkdirSync(dir, { recursive: true });
  let failed = 0;
  for (const [i, c] of cases.entries()) {
    const entry = join(dir, `case${i}.mjs`);
    writeFileSync(entry, c.code);
    const bundle = await rollup({
      input: entry,
      plugins: [nodeResolve({ exportConditions: ['import', 'module', 'default'] })],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const chunk = output[0];
    const kept = Object.entries(chunk.modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id]) => id.split('\\').join('/'));
    const min = (await transform(chunk.code, { minify: true, format: 'esm' })).code;
    const br = brotliCompressSync(min, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    const gz = gzipSync(min, { level: 9 }).length;
    const problems = [
      ...c.mustInclude.filter((re) => !kept.some((id) => re.test(id))).map((re) => `missing ${re}`),
      ...c.mustExclude
        .flatMap((re) => kept.filter((id) => re.test(id)))
        .map((id) => `should have been dropped: ${id.slice(id.indexOf('node_modules'))}`),
      ...(br > c.maxBrotli ? [`${br} B brotli is over the ${c.maxBrotli} B budget`] : []),
    ];
    const size = `${(br / 1000).toFixed(2)} kB brotli, ${(gz / 1000).toFixed(2)} kB gzip`;
    if (problems.length === 0) console.log(`ok tree-shaking (Rollup) ${c.name}: ${size}`);
    else {
      failed += 1;
      console.error(`✖ tree-shaking (Rollup) ${c.name}: ${size}\n  ${problems.join('\n  ')}`);
    }
  }
  if (failed > 0) throw new Error(`${failed} tree-shaking case(s) failed`);
}
