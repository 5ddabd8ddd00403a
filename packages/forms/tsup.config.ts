import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per topic folder keeps module boundaries, so consumers tree-shake what they do not use.
  entry: ['src/index.ts', 'src/*/index.ts'],
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
