/**
 * Regenerates `packages/forms/src/units/data.generated.ts` from the CSV files in
 * `packages/forms/scripts/data/` (copies of the shared administrative-unit lists).
 *
 *     tsx packages/forms/scripts/gen-units.ts          # write the module
 *     tsx packages/forms/scripts/gen-units.ts --check  # fail if the committed module is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildUnitsModule } from './units-codec';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../src/units/data.generated.ts');
const { source, stats } = buildUnitsModule(
  readFileSync(join(here, 'data/admin-units-2025-provinces.csv'), 'utf8'),
  readFileSync(join(here, 'data/admin-units-2025-communes.csv'), 'utf8'),
);
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== source) {
    console.error(`${out} is stale: run tsx packages/forms/scripts/gen-units.ts`);
    process.exit(1);
  }
  console.log('units data up to date', stats);
} else {
  writeFileSync(out, source);
  console.log(`wrote ${out} (${source.length} chars)`, stats);
}
