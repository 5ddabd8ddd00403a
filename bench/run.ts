/**
 * `pnpm bench`: runs every case in `bench/cases/`, prints a table per case and rewrites the figures
 * section of `bench/RESULTS.md`.
 *
 * Flags: `--quick` (short runs, for the CI smoke check; does not write RESULTS.md),
 * `--filter <text>` (only cases whose name or file contains the text), `--time <ms>` per task.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import type { BenchCase, BenchTask } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
// The bench measures what users install: the built packages (dist), not the TypeScript source.
for (const pkg of ['errors', 'sla', 'forms', 'core']) {
  const dist = join(here, '..', 'packages', pkg, 'dist', 'index.js');
  if (!existsSync(dist)) {
    console.error(`bench: ${dist} is missing; run \`pnpm build\` first (\`pnpm bench\` does)`);
    process.exit(1);
  }
}
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filterIdx = args.indexOf('--filter');
const filter = filterIdx >= 0 ? (args[filterIdx + 1] ?? '') : '';
const timeIdx = args.indexOf('--time');
const time = timeIdx >= 0 ? Number(args[timeIdx + 1]) : quick ? 30 : 1000;

let sink: unknown;

async function measure(task: BenchTask, iterations?: number): Promise<number> {
  const bench = new Bench({
    time,
    warmupTime: quick ? 10 : 200,
    ...(iterations === undefined ? {} : { iterations, warmupIterations: 1 }),
  });
  bench.add(task.name, () => {
    sink = task.fn();
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (result === undefined || result.state !== 'completed') {
    throw new Error(`benchmark task failed: ${task.name}`);
  }
  return result.throughput.mean;
}

function fmt(ops: number): string {
  if (ops >= 1e6) return `${(ops / 1e6).toFixed(2)} M/s`;
  if (ops >= 1e3) return `${(ops / 1e3).toFixed(1)} k/s`;
  return `${ops.toFixed(1)} /s`;
}

function ratio(a: number, b: number): string {
  const r = a / b;
  return r >= 100 ? `${Math.round(r).toLocaleString('en-US')}×` : `${r.toFixed(2)}×`;
}

const files = readdirSync(join(here, 'cases'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
const isolate = !quick && !filter && !args.includes('--child');
if (isolate) {
  // The recorded run measures each case file in a fresh process (same flags), so that one file's
  // garbage and JIT state do not skew the next; the children print their blocks, collected here.
  const { spawnSync } = await import('node:child_process');
  const blocks: string[] = [];
  for (const file of files) {
    const r = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--child',
        '--filter',
        file,
        '--time',
        String(time),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (r.status !== 0) throw new Error(`benchmark ${file} failed`);
    process.stdout.write(r.stdout);
    blocks.push(r.stdout.trim(), '');
  }
  writeResults(blocks);
  process.exit(0);
}
const lines: string[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, 'cases', file)).href)) as {
    default: readonly BenchCase[];
  };
  for (const c of mod.default) {
    if (filter && !c.name.includes(filter) && !file.includes(filter)) continue;
    c.verify?.();
    const ours = await measure(c.ours, c.iterations);
    const rows = [`| ${c.ours.name} | ${fmt(ours)} | 1× |`];
    for (const other of c.others) {
      const ops = await measure(other, c.iterations);
      rows.push(`| ${other.name} | ${fmt(ops)} | motcua is ${ratio(ours, ops)} |`);
    }
    // A target stated as a rate ("> 500 k/s", "≥ 50 ops/s") is checked: a miss is marked, never
    // shown as met.
    const wanted = targetRate(c.target);
    const missed = wanted !== null && ours < wanted;
    if (missed) console.warn(`⚠ MISSED target: ${c.name}: ${fmt(ours)} < ${c.target}`);
    const block = [
      `### ${c.name} (${file})`,
      ...(c.target
        ? [`Target: ${c.target}${wanted === null ? '' : missed ? ' — **missed**' : ' — met'}`, '']
        : ['']),
      '| task | ops/s | ratio |',
      '| --- | --- | --- |',
      ...rows,
      '',
    ];
    console.log(block.join('\n'));
    lines.push(...block);
  }
}
if (sink === Symbol.for('never')) console.log(sink);

/** The rate a target states ("> 500 k/s", "≥ 50 ops/s", "> 70 corpora/s"), in ops/s, or `null`. */
function targetRate(target: string | undefined): number | null {
  const m = /(?:>|≥|>=)\s*([\d.,]+)\s*(k|M)?\s*(?:ops\/s|\/s|corpora\/s)/.exec(target ?? '');
  if (m === null) return null;
  const n = Number((m[1] as string).replace(/,/g, ''));
  return n * (m[2] === 'M' ? 1e6 : m[2] === 'k' ? 1e3 : 1);
}

function writeResults(lines: readonly string[]): void {
  const path = join(here, 'RESULTS.md');
  const previous = readFileSync(path, 'utf8');
  const marker = '<!-- figures below are written by `pnpm bench` -->';
  const head = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : previous;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const body = [
    marker,
    '',
    `Machine: ${cpu}, ${cpus().length} cores, ${platform()}/${arch()}, Node ${process.version}; ${time} ms per task; each case file in its own process.`,
    '',
    ...lines,
  ].join('\n');
  // The PostgreSQL section (written by postgres.ts) is kept.
  const pg = '<!-- PostgreSQL figures below';
  const tail = previous.includes(pg) ? `\n${previous.slice(previous.indexOf(pg))}` : '';
  writeFileSync(path, `${head}${body}${tail}`);
  console.log(`wrote ${path}`);
}
