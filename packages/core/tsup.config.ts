import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per source module (shared code goes to chunks): the output keeps the module
  // boundaries, so a consumer's bundler drops every module it does not use (see .size-limit.json).
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/__fixtures__/**'],
  format: ['esm', 'cjs'],
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
