/**
 * Regenerates `src/lunar/table.generated.ts` from the astronomical algorithm
 * (`src/lunar/astronomy.ts`). Run from the repository root:
 * `tsx --conditions=@motcua/source packages/sla/scripts/gen-lunar-table.ts` (`--check` exits 1 if
 * the committed table differs; `--uncertain` prints the new moons within 10 minutes of local midnight).
 * A unit test (`src/lunar/lunar.test.ts`) does the same comparison.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCivilDate } from '../src/_lib/civil';
import { epochDayOfJd, newMoonsNearMidnight } from '../src/lunar/astronomy';
import { generateTable } from '../src/lunar/encode';

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'lunar',
  'table.generated.ts',
);
if (process.argv.includes('--uncertain')) {
  // The month starts within 10 minutes of local midnight: a markdown table for the lunar guide.
  console.log('| new moon (local day) | minutes from midnight |');
  console.log('| --- | --- |');
  for (const m of newMoonsNearMidnight(10)) {
    const day = formatCivilDate(epochDayOfJd(m.day));
    console.log(`| ${day} | ${m.offset >= 0 ? '+' : '−'}${Math.abs(m.offset).toFixed(1)} |`);
  }
  process.exit(0);
}
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
