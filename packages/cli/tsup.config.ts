import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

// The CLI is one self-contained ESM file: the SDK packages (read from source) and their
// dependencies are bundled, so `npx @motcua/cli` needs nothing else and tests can run the built
// binary without building the other packages first.
export default defineConfig({
  entry: { motcua: 'src/bin.ts' },
  define: { __MOTCUA_VERSION__: JSON.stringify(version) },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: [/.*/],
  esbuildOptions(options) {
    options.conditions = ['@motcua/source'];
  },
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
  clean: true,
  dts: false,
  splitting: false,
});
