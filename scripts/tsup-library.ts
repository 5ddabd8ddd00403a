/**
 * The tsup configuration every library package shares (`@motcua/sla`, `@motcua/forms`,
 * `@motcua/core`): ESM + CJS + declarations, one output file per source module.
 *
 * Why one file per module, with the imports between them kept: a consumer's bundler can then
 * drop each module it does not use. In particular `export * as vn from './vn/schemas.js'` stays
 * a re-export in `dist/index.js` instead of an object literal that references every factory,
 * so Rollup, Vite and webpack keep only the `vn` factories an app calls (an app that calls
 * `vn.phone()` does not pay for the administrative-units data). esbuild does not shake
 * namespace re-exports; `import * as vn from '@motcua/forms/vn'` is the form it shakes.
 *
 * esbuild only rewrites imports when it bundles, so each relative import is resolved here to
 * its source file and marked external under its output name (`./units/units.js` in the ESM
 * build, `./units/units.cjs` in the CJS build).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

function sourceFile(base: string): string | undefined {
  const candidates = [`${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Marks every relative import external, under the name of the file it compiles to. */
export function preserveModules(): EsbuildPlugin {
  return {
    name: 'motcua-preserve-modules',
    setup(build) {
      const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = sourceFile(resolve(args.resolveDir, args.path));
        if (target === undefined) {
          return { errors: [{ text: `cannot resolve ${args.path} from ${args.importer}` }] };
        }
        let path = relative(dirname(args.importer), target).replace(/\.ts$/, extension);
        if (!path.startsWith('.')) path = `./${path}`;
        return { path: path.split('\\').join('/'), external: true };
      });
    },
  };
}

/** The shared options; `overrides` adds to them. */
export function libraryConfig(overrides: Options = {}): Options {
  return {
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/**/*.test-support.ts',
      '!src/**/*.test-d.ts',
      '!src/**/__fixtures__/**',
    ],
    format: ['esm', 'cjs'],
    esbuildPlugins: [preserveModules()],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    ...overrides,
  };
}
