/**
 * Measures what an app pays, minified and gzipped, for parts of `@motcua/forms`, by bundling tiny
 * entry files against the package sources with esbuild (tsup's own copy), and checks that the
 * administrative-units data stays out of bundles that do not look units up.
 *
 *     tsx packages/forms/scripts/bundle-size.ts          # print the table, exit 1 on a failed check
 *     tsx packages/forms/scripts/bundle-size.ts --json   # the figures as JSON
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('tsup'))('esbuild') as typeof import('esbuild');

interface Case {
  readonly name: string;
  readonly code: string;
  /** Budget in bytes, min+gzip. */
  readonly limit?: number;
  /** Whether the units data may be in the bundle. */
  readonly units: boolean;
}

const cases: Case[] = [
  {
    name: 'parsePhone',
    code: `import { parsePhone } from './src/index'; console.log(parsePhone(''));`,
    limit: 2048,
    units: false,
  },
  {
    name: 'parseCitizenId',
    code: `import { parseCitizenId } from './src/index'; console.log(parseCitizenId(''));`,
    limit: 2048,
    units: false,
  },
  {
    name: 'parseTaxCode',
    code: `import { parseTaxCode } from './src/index'; console.log(parseTaxCode(''));`,
    limit: 2048,
    units: false,
  },
  {
    name: 'parsePersonName',
    code: `import { parsePersonName } from './src/index'; console.log(parsePersonName(''));`,
    limit: 2048,
    units: false,
  },
  {
    name: 'parseVnDate',
    code: `import { parseVnDate } from './src/index'; console.log(parseVnDate(''));`,
    limit: 2048,
    units: false,
  },
  {
    name: 'parseVnd + formatVnd',
    code: `import { parseVnd, formatVnd } from './src/index'; console.log(parseVnd(''), formatVnd(1));`,
    limit: 2048,
    units: false,
  },
  {
    name: 'formatIssueMessage',
    code: `import { formatIssueMessage } from './src/index'; console.log(formatIssueMessage('required'));`,
    units: false,
  },
  // esbuild keeps every member of a namespace re-exported through the index (`export * as vn`):
  // these two carry the units data with esbuild, see the rollup rows below.
  {
    name: 'esbuild: vn.phone() with zod',
    code: `import { vn } from './src/index'; console.log(vn.phone().parse(''));`,
    units: true,
  },
  {
    name: 'esbuild: vn.citizenId() + vn.taxCode() + vn.phone()',
    code: `import { vn } from './src/index'; console.log(vn.citizenId(), vn.taxCode(), vn.phone());`,
    units: true,
  },
  {
    name: 'esbuild: phone() from src/vn/schemas directly',
    code: `import { phone } from './src/vn/schemas'; console.log(phone().parse(''));`,
    units: false,
  },
  {
    name: 'lookupCommune (units data)',
    code: `import { lookupCommune } from './src/index'; console.log(lookupCommune(''));`,
    units: true,
  },
  {
    name: 'searchUnits (units data)',
    code: `import { searchUnits } from './src/index'; console.log(searchUnits('a'));`,
    units: true,
  },
  {
    name: 'vn.adminUnit() with zod',
    code: `import { vn } from './src/index'; console.log(vn.adminUnit());`,
    units: true,
  },
  {
    name: 'validateForm (compiler, no zod)',
    code: `import { validateForm } from './src/index'; console.log(validateForm);`,
    units: true,
  },
  {
    name: 'validateForm + birthRegistrationForm',
    code: `import { validateForm, birthRegistrationForm } from './src/index'; console.log(validateForm(birthRegistrationForm, {}));`,
    units: true,
  },
  {
    name: 'formSchema (compiler + zod)',
    code: `import { formSchema } from './src/index'; console.log(formSchema);`,
    units: true,
  },
  {
    name: 'parseFormDefinition (zod)',
    code: `import { parseFormDefinition } from './src/index'; console.log(parseFormDefinition);`,
    units: false,
  },
  {
    name: 'zod alone (z.string())',
    code: `import * as z from 'zod'; console.log(z.string().transform((s) => s));`,
    units: false,
  },
];

const UNITS_MARKER = '01*Hà Nội';
let failed = false;
const rows: { name: string; min: number; gzip: number; units: boolean; limit?: number }[] = [];
for (const c of cases) {
  const out = await esbuild.build({
    stdin: { contents: c.code, resolveDir: pkg, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['@motcua/source'],
    write: false,
    logLevel: 'silent',
    charset: 'utf8',
  });
  const text = out.outputFiles[0]?.text ?? '';
  const gzip = gzipSync(text, { level: 9 }).length;
  const hasUnits = text.includes(UNITS_MARKER);
  if (hasUnits && !c.units) {
    console.error(`FAIL ${c.name}: the units data is in the bundle`);
    failed = true;
  }
  if (c.limit !== undefined && gzip > c.limit) {
    console.error(`FAIL ${c.name}: ${gzip} B > ${c.limit} B`);
    failed = true;
  }
  rows.push({
    name: c.name,
    min: text.length,
    gzip,
    units: hasUnits,
    ...(c.limit ? { limit: c.limit } : {}),
  });
}
// Rollup (Vite ≤ 7, many library builds) tree-shakes the members of `export * as vn` when it reads
// the unbundled sources; esbuild does not, and neither does any bundler reading a dist where the
// namespace was materialised as an object. Measure rollup on the sources when it is installed.
const rollupPath = join(pkg, '../../node_modules/.pnpm/node_modules/rollup/dist/es/rollup.js');
if (existsSync(rollupPath)) {
  const { rollup } = (await import(rollupPath)) as typeof import('rollup');
  for (const c of [
    {
      name: 'rollup, sources: vn.phone()',
      code: `import { vn } from './src/index'; console.log(vn.phone());`,
      units: false,
    },
    {
      name: 'rollup, sources: vn.adminUnit()',
      code: `import { vn } from './src/index'; console.log(vn.adminUnit());`,
      units: true,
    },
  ]) {
    const bundle = await rollup({
      input: 'entry',
      treeshake: { moduleSideEffects: false },
      onwarn: () => {},
      plugins: [
        {
          name: 'ts-sources',
          resolveId(id, importer) {
            if (id === 'entry') return id;
            if (!id.startsWith('.') || importer === undefined) return null;
            const base = join(importer === 'entry' ? pkg : dirname(importer), id);
            for (const file of [`${base}.ts`, join(base, 'index.ts'), base]) {
              if (existsSync(file) && statSync(file).isFile()) return file;
            }
            return null;
          },
          load: (id) => (id === 'entry' ? c.code : null),
          async transform(code, id) {
            if (!id.endsWith('.ts')) return null;
            return (await esbuild.transform(code, { loader: 'ts', format: 'esm' })).code;
          },
        },
        {
          // zod itself, resolved like the package does.
          name: 'zod',
          resolveId: (id) =>
            id === 'zod' ? require.resolve('zod', { paths: [pkg] }).replace(/\.cjs$/, '.js') : null,
        },
      ],
    });
    const { output } = await bundle.generate({ format: 'esm' });
    const code = (await esbuild.transform(output[0]?.code ?? '', { minify: true, charset: 'utf8' }))
      .code;
    const gzip = gzipSync(code, { level: 9 }).length;
    const hasUnits = code.includes(UNITS_MARKER);
    if (hasUnits && !c.units) {
      console.error(`FAIL ${c.name}: the units data is in the bundle`);
      failed = true;
    }
    rows.push({ name: c.name, min: code.length, gzip, units: hasUnits });
  }
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('| bundle | min | min+gzip | units data |');
  console.log('| --- | ---: | ---: | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${(r.min / 1024).toFixed(1)} kB | ${(r.gzip / 1024).toFixed(2)} kB | ${r.units ? 'yes' : 'no'} |`,
    );
  }
}
process.exit(failed ? 1 : 0);
