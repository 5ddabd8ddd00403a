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
import { buildHistoryModule } from './history-codec';
import { buildUnitsModule } from './units-codec';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../src/units/data.generated.ts');
const { source, stats } = buildUnitsModule(
  readFileSync(join(here, 'data/admin-units-2025-provinces.csv'), 'utf8'),
  readFileSync(join(here, 'data/admin-units-2025-communes.csv'), 'utf8'),
);
const communesCsv = readFileSync(join(here, 'data/admin-units-2025-communes.csv'), 'utf8');
const currentCodes = new Set(
  communesCsv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0] ?? ''),
);
const historyOut = join(here, '../src/units/history.generated.ts');
const history = buildHistoryModule(
  readFileSync(join(here, 'data/admin-units-2024-to-2025.csv'), 'utf8'),
  currentCodes,
);
for (const [file, text, counts] of [
  [out, source, stats],
  [historyOut, history.source, history.stats],
] as const) {
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is stale: run tsx packages/forms/scripts/gen-units.ts`);
      process.exit(1);
    }
    console.log('up to date', file, counts);
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file} (${text.length} chars)`, counts);
  }
}
