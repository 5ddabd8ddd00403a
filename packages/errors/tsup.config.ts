import { defineConfig } from 'tsup';
import { libraryConfig } from '../../scripts/tsup-library';

// One output file per source module, imports kept (see scripts/tsup-library.ts): a consumer's
// bundler drops every module it does not use (checked by .size-limit.json and the Rollup step of scripts/smoke-consumer.mjs).
export default defineConfig(libraryConfig());
