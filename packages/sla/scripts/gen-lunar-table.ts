/**
 * Regenerates `src/lunar/table.generated.ts` from the astronomical algorithm
 * (`src/lunar/astronomy.ts`). Run from the repository root:
 * `tsx --conditions=@motcua/source packages/sla/scripts/gen-lunar-table.ts` (`--check` exits 1 if
 * the committed table differs). A unit test (`src/lunar/lunar.test.ts`) does the same comparison.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTable } from '../src/lunar/encode';

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'lunar',
  'table.generated.ts',
);
const text = generateTable();
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error(
      `${file} is out of date: run tsx --conditions=@motcua/source packages/sla/scripts/gen-lunar-table.ts`,
    );
    process.exit(1);
  }
  console.log('lunar table up to date');
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
